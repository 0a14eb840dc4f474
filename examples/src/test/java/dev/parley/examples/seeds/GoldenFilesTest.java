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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed records as committed JSON files: writing each record gives exactly its file, and reading
 * the file gives back the record built in code. A change to the format or to a seed record shows up
 * here as a diff to review.
 */
class GoldenFilesTest {
  private static final ParleyJson JSON = ParleyJson.builder().pretty(true).build();
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

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

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessions")
  void sessionWritesExactlyItsGoldenFileAndReadsBack(String file, Supplier<Session> record)
      throws IOException {
    String golden = Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8);
    assertThat(JSON.write(record.get())).isEqualTo(golden);
    assertThat(JSON.readSession(GOLDEN.resolve(file))).isEqualTo(record.get());
  }

  @Test
  void japanIndiaHistoryWritesExactlyItsGoldenFileAndReadsBack() throws IOException {
    Path file = GOLDEN.resolve("004-japan-india-jwg.history.json");
    DialogueHistory history = DialogueHistory.of(JapanIndiaJointWorkingGroup.sessions());
    assertThat(JSON.write(history)).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    DialogueHistory back = JSON.readHistory(file);
    assertThat(back.dialogue()).isEqualTo(history.dialogue());
    assertThat(back.sessions()).isEqualTo(history.sessions());
  }
}
