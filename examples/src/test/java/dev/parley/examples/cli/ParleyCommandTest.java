package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParleyCommandTest {
  @TempDir Path dir;
  private Path demo;

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  static Run parley(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ParleyCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeEach
  void runTheDemo() {
    demo = dir.resolve("demo");
    Run run = parley("demo", "--out", demo.toString());
    assertThat(run.code()).as(run.err()).isZero();
  }

  private String session(String name) {
    return demo.resolve("sessions").resolve(name).toString();
  }

  @Test
  void demoWritesEveryFormPrintsTheDiffAndTimelineAndSaysWhatNext() throws Exception {
    Run run = parley("demo", "--out", demo.toString());
    assertThat(run.out())
        .contains("from: 10th Japan-EU ICT Strategy Workshop (2020-10-01)")
        .contains("Topic timeline: 9 sessions")
        .contains("9 session files")
        .contains("all 9 sessions read back from each form: equal to those built")
        .contains("== Try next");
    assertThat(Files.list(demo.resolve("sessions"))).hasSize(9);
    assertThat(Files.list(demo.resolve("histories"))).hasSize(6);
    assertThat(demo.resolve("all-sessions.jsonl")).exists();
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(demo.resolve("timeline.svg").toFile());
  }

  @Test
  void theCommittedPictureIsTheOneTheDemoDraws() throws IOException {
    assertThat(Files.readString(demo.resolve("timeline.svg")))
        .isEqualTo(Files.readString(Path.of("timeline.svg")));
  }

  @Test
  void validateAcceptsEveryFileTheDemoWrote() throws IOException {
    List<String> args = new ArrayList<>(List.of("validate"));
    try (var files = Files.list(demo.resolve("sessions"))) {
      files.forEach(f -> args.add(f.toString()));
    }
    args.add(demo.resolve("all-sessions.jsonl").toString());
    Run run = parley(args.toArray(String[]::new));
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("all-sessions.jsonl: ok, 9 sessions");
  }

  @Test
  void validateReportsFileLineColumnPathAndExitsOne() throws IOException {
    Path bad = dir.resolve("bad.json");
    String text = Files.readString(Path.of(session("japan-eu-ict-policy-dialogue-27.json")));
    Files.writeString(bad, text.replace("\"ordinal\": 27", "\"ordinal\": \"27\""));
    Path truncated = dir.resolve("cut.jsonl");
    Files.writeString(
        truncated, Files.readString(demo.resolve("all-sessions.jsonl")).substring(0, 500));
    Run run =
        parley(
            "validate",
            bad.toString(),
            truncated.toString(),
            session("japan-eu-ict-policy-dialogue-27.json"));
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains(bad + ":19:16: $.session.ordinal: expected a whole number, found a string")
        .contains(truncated + ":1:501: ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(run.out()).contains("japan-eu-ict-policy-dialogue-27.json: ok, 1 session");
  }

  @Test
  void diffAsJsonKeysEveryChangeByTopicId() throws IOException {
    Run run =
        parley(
            "diff",
            session("japan-eu-ict-strategy-workshop-10.json"),
            session("japan-eu-ict-policy-dialogue-27.json"),
            "--format",
            "json");
    assertThat(run.code()).isZero();
    JsonNode diff = new ObjectMapper().readTree(run.out());
    assertThat(diff.fieldNames())
        .toIterable()
        .containsExactly(
            "from", "to", "added", "dropped", "continued", "shifted", "moved", "unclassified");
    assertThat(diff.get("added").fieldNames()).toIterable().containsExactly("ict-regulation");
    JsonNode cyber = diff.get("continued").get("cybersecurity");
    assertThat(cyber.get("before").asText()).isEqualTo("reaffirmed");
    assertThat(cyber.get("after").isNull()).isTrue();
    assertThat(cyber.get("direction").asText()).isEqualTo("lowered");
    assertThat(diff.get("dropped").get("ai").get("stillMentioned").asBoolean()).isTrue();
  }

  @Test
  void diffAsTextAndMarkdown() {
    String older = session("japan-eu-ict-strategy-workshop-10.json");
    String newer = session("japan-eu-ict-policy-dialogue-27.json");
    assertThat(parley("diff", older, newer).out()).startsWith("Agenda diff\n");
    assertThat(parley("diff", older, newer, "--format", "markdown").out())
        .startsWith("## Agenda diff");
  }

  @Test
  void timelineOfHistoriesWithAPicture() throws Exception {
    Path svg = dir.resolve("mine.svg");
    List<String> args = new ArrayList<>(List.of("timeline", "--svg", svg.toString()));
    try (var files = Files.list(demo.resolve("histories"))) {
      files.sorted().forEach(f -> args.add(f.toString()));
    }
    Run run = parley(args.toArray(String[]::new));
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Topic timeline: 9 sessions");
    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
    JsonNode json =
        new ObjectMapper()
            .readTree(
                parley(
                        "timeline",
                        demo.resolve("all-sessions.jsonl").toString(),
                        "--format",
                        "json")
                    .out());
    assertThat(json.get("sessions")).hasSize(9);
    assertThat(json.get("topics").get("5g").get("count").asInt()).isEqualTo(6);
  }

  @Test
  void topicsPrintsOneLinePerTitle() {
    Run run = parley("topics", "5G/Beyond 5G (6G)", "Opening");
    assertThat(run.out()).isEqualTo("5G/Beyond 5G (6G)\t5g beyond-5g\nOpening\t-\n");
  }

  @Test
  void aUsersSchemeExtendsTheDefault() throws IOException {
    Path tsv = dir.resolve("mine.tsv");
    Files.writeString(tsv, "vran\tVirtual RAN\tvRAN\topen-networks\n", StandardCharsets.UTF_8);
    assertThat(parley("topics", "--scheme", tsv.toString(), "vRAN and 5G").out())
        .isEqualTo("vRAN and 5G\tvran 5g\n");
    Path json = dir.resolve("mine.json");
    Files.writeString(
        json,
        "{\"topics\":[{\"id\":\"opening\",\"prefLabel\":\"Opening session\",\"altLabels\":[\"Opening\"]}]}");
    assertThat(parley("topics", "--scheme", json.toString(), "Opening").out())
        .isEqualTo("Opening\topening\n");
    Path broken = dir.resolve("broken.tsv");
    Files.writeString(broken, "x\tX\t\tnowhere\n");
    Run run = parley("topics", "--scheme", broken.toString(), "X");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("broader topic 'nowhere' is not in the scheme");
  }

  @Test
  void usageErrorsExitTwoAndEveryCommandHasHelp() {
    assertThat(parley().code()).isEqualTo(2);
    assertThat(parley("diff", "one.json").code()).isEqualTo(2);
    assertThat(parley("frobnicate").code()).isEqualTo(2);
    for (String command : List.of("demo", "validate", "diff", "timeline", "topics")) {
      Run help = parley(command, "--help");
      assertThat(help.code()).isZero();
      assertThat(help.out()).startsWith("Usage: parley " + command);
    }
  }

  @Test
  void aMissingFileIsInvalidInputNotAStackTrace() {
    Run run =
        parley("diff", dir.resolve("none.json").toString(), dir.resolve("none.json").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("none.json: cannot read: java.nio.file.NoSuchFileException");
  }

  @Test
  void siteWritesThePagesOfTheDemosHistoriesAndSaysWhereToOpenThem() throws IOException {
    List<String> args = new ArrayList<>(List.of("site", "--out", dir.resolve("site").toString()));
    try (var files = Files.list(demo.resolve("histories"))) {
      files.sorted().forEach(f -> args.add(f.toString()));
    }
    Run run = parley(args.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("of 9 meetings; open ").contains("index.html");
    assertThat(dir.resolve("site/index.html")).isRegularFile();
  }

  @Test
  void siteRefusesTheSameMeetingTwiceWithExitCode1() {
    Run run =
        parley(
            "site",
            "--out",
            dir.resolve("site").toString(),
            demo.resolve("all-sessions.jsonl").toString(),
            demo.resolve("histories/japan-india-joint-working-group.json").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("ordinal 1 is used more than once");
    assertThat(dir.resolve("site")).doesNotExist();
  }
}
