package dev.parley.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.Session;
import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed records as committed JSON files: writing each record gives exactly its file in {@code
 * golden/}, and reading the file gives back the record built in code. {@code golden/1.0/} holds the
 * same records as the previous release wrote them, in format 1.0: they still read as the same
 * records, and {@link ParleyJson#upgrade} turns each into exactly its current file. A change to the
 * format or to a seed record shows up here as a diff to review; after reviewing it, run this test
 * with {@code -Dgolden.write=true} to rewrite the current files.
 */
class GoldenFilesTest {
  private static final ParleyJson JSON = ParleyJson.builder().pretty(true).build();
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path OLD = GOLDEN.resolve("1.0");

  static Stream<Arguments> sessions() {
    return Stream.of(
        Arguments.of(
            "000-japan-germany-4.json", (Supplier<Session>) JapanGermanyPolicyDialogue::fourth),
        Arguments.of(
            "001-japan-eu-workshop-10.json", (Supplier<Session>) JapanEuStrategyWorkshop::tenth),
        Arguments.of(
            "002-japan-eu-dialogue-27.json",
            (Supplier<Session>) JapanEuPolicyDialogue::twentySeventh),
        Arguments.of(
            "003-japan-us-11.json", (Supplier<Session>) JapanUsInternetEconomyDialogue::eleventh),
        Arguments.of(
            "004-eu-japan-brt-19.json", (Supplier<Session>) EuJapanBusinessRoundTable::nineteenth));
  }

  private static String golden(String file, String written) throws IOException {
    if (Boolean.getBoolean("golden.write")) {
      Files.writeString(GOLDEN.resolve(file), written, StandardCharsets.UTF_8);
    }
    return Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessions")
  void sessionWritesExactlyItsGoldenFileAndReadsBack(String file, Supplier<Session> record)
      throws IOException {
    String written = JSON.write(record.get());
    assertThat(written).isEqualTo(golden(file, written));
    assertThat(written).startsWith("{\n  \"parley\": \"" + ParleyJson.FORMAT_VERSION + "\"");
    assertThat(JSON.readSession(GOLDEN.resolve(file))).isEqualTo(record.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessions")
  void theFileThePreviousReleaseWroteReadsAndUpgradesToTheGoldenFile(
      String file, Supplier<Session> record, @TempDir Path dir) throws IOException {
    assertThat(Files.readString(OLD.resolve(file), StandardCharsets.UTF_8))
        .startsWith("{\n  \"parley\": \"1.0\"");
    assertThat(JSON.readSession(OLD.resolve(file))).isEqualTo(record.get());
    Path copy = Files.copy(OLD.resolve(file), dir.resolve(file));
    assertThat(JSON.upgrade(copy)).isEqualTo(1);
    assertThat(Files.readString(copy, StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8));
  }

  @Test
  void japanIndiaHistoryWritesExactlyItsGoldenFileAndReadsBack(@TempDir Path dir)
      throws IOException {
    String name = "004-japan-india-jwg.history.json";
    DialogueHistory history = DialogueHistory.of(JapanIndiaJointWorkingGroup.sessions());
    String written = JSON.write(history);
    assertThat(written).isEqualTo(golden(name, written));
    assertThat(JSON.readHistory(GOLDEN.resolve(name))).isEqualTo(history);
    assertThat(JSON.readHistory(OLD.resolve(name))).isEqualTo(history);
    Path copy = Files.copy(OLD.resolve(name), dir.resolve(name));
    assertThat(JSON.upgrade(copy)).isEqualTo(4);
    assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(written);
  }

  @Test
  void partiesAreWrittenOnceAndNamedByCode() throws IOException {
    String brt =
        Files.readString(GOLDEN.resolve("004-eu-japan-brt-19.json"), StandardCharsets.UTF_8);
    String old = Files.readString(OLD.resolve("004-eu-japan-brt-19.json"), StandardCharsets.UTF_8);
    assertThat(count(old, "\"code\":")).isGreaterThan(40);
    assertThat(count(brt, "\"code\":")).isLessThanOrEqualTo(4);
    assertThat(brt.lines().count()).isLessThan(old.lines().count() * 3 / 4);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
