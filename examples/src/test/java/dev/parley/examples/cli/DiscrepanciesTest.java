package dev.parley.examples.cli;

import static dev.parley.examples.cli.ParleyCommandTest.parley;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.examples.seeds.JapanEuPolicyDialogue;
import dev.parley.examples.seeds.JapanEuTwentyEighth;
import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} warns of facts the sources disagree on; {@code diff} shows partial records. */
class DiscrepanciesTest {
  @TempDir Path dir;

  private Path write(String name, dev.parley.core.model.Session session) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, ParleyJson.defaults().write(session), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void validateWarnsOfADiscrepancyAndStillAcceptsTheFile() throws IOException {
    Path file = write("28.json", JapanEuTwentyEighth.session());
    ParleyCommandTest.Run run = parley("validate", file.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("28.json: ok, 1 session");
    assertThat(run.err())
        .contains(
            "warning: "
                + file
                + ": Session 28: discrepancies[0]: the sources disagree on outcomes[0].commitment:"
                + " 'agreed-to-cooperate' (sources[0] 'Results of 28th Japan-EU ICT Policy"
                + " Dialogue'), 'continue-dialogue' (sources[1] '日EU・ICT政策対話(第28回)の結果');"
                + " the record follows sources[1]");
  }

  @Test
  void diffAsJsonListsTopicsThePartialRecordDoesNotShow() throws IOException {
    Path older = write("27.json", JapanEuPolicyDialogue.twentySeventh());
    Path newer = write("28.json", JapanEuTwentyEighth.session());
    ParleyCommandTest.Run run =
        parley("diff", older.toString(), newer.toString(), "--format", "json");
    assertThat(run.code()).isZero();
    String json = run.out().replaceAll("\\s+", "");
    assertThat(json)
        .doesNotContain("\"dropped\"")
        .contains("\"notReported\":[{\"topic\":\"ict-regulation\"")
        .contains("\"missingFrom\":\"newer\"")
        .contains("\"direction\":\"unknown\"");
  }

  @Test
  void timelineAsJsonListsWhereATopicIsUnknown() throws IOException {
    Path workshop = write("9.json", dev.parley.examples.seeds.JapanEuDecember2019.ninthWorkshop());
    Path tenth = write("10.json", dev.parley.examples.seeds.JapanEuStrategyWorkshop.tenth());
    ParleyCommandTest.Run run =
        parley("timeline", workshop.toString(), tenth.toString(), "--format", "json");
    assertThat(run.code()).isZero();
    String json = run.out().replaceAll("\\s+", "");
    assertThat(json)
        .contains("\"start\":\"2019-12-11\",\"partial\":true}")
        .contains("\"unknownIn\":[1]");
  }
}
