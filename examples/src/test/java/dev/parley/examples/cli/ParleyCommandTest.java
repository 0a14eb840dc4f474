package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.io.InputStream;
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
  void diffAsJsonIsAVersionedDocumentThatValidatesAgainstTheShippedSchema() throws IOException {
    Run run =
        parley(
            "diff",
            session("japan-eu-ict-strategy-workshop-10.json"),
            session("japan-eu-ict-policy-dialogue-27.json"),
            "--format",
            "json");
    assertThat(run.code()).isZero();
    JsonNode document = new ObjectMapper().readTree(run.out());
    assertThat(document.get("parley").asText()).isEqualTo(ParleyJson.FORMAT_VERSION);
    assertThat(schema().validate(document)).isEmpty();
    assertThat(run.out()).doesNotContain("null");
    JsonNode diff = document.get("diff");
    assertThat(diff.fieldNames())
        .toIterable()
        .containsExactly("from", "to", "added", "dropped", "continued");
    assertThat(diff.get("added"))
        .extracting(a -> a.get("topic").asText())
        .containsExactly("ict-regulation");
    JsonNode cyber = entry(diff.get("continued"), "cybersecurity");
    assertThat(cyber.get("before").asText()).isEqualTo("reaffirmed");
    assertThat(cyber.has("after")).isFalse();
    assertThat(cyber.get("direction").asText()).isEqualTo("lowered");
    assertThat(entry(diff.get("dropped"), "ai").get("stillMentioned").asBoolean()).isTrue();
  }

  private static JsonNode entry(JsonNode list, String topic) {
    for (JsonNode e : list) {
      if (e.get("topic").asText().equals(topic)) {
        return e;
      }
    }
    throw new AssertionError("no entry for " + topic + " in " + list);
  }

  private static JsonSchema schema() throws IOException {
    try (InputStream in = ParleyJson.class.getResourceAsStream("parley.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(new ObjectMapper().readTree(in));
    }
  }

  @Test
  void validateReportsEveryProblemOfADocumentAtOnce() throws IOException {
    Path bad = dir.resolve("draft.json");
    String text = Files.readString(Path.of(session("japan-eu-ict-policy-dialogue-27.json")));
    Files.writeString(
        bad,
        text.replace("\"ordinal\": 27", "\"ordinal\": \"27\"")
            .replace("\"agreed-to-cooperate\"", "\"agreed\"")
            .replace(
                "\"level\": \"director-general\"",
                "\"level\": \"director-general\", \"chair\": 1"));
    Run run = parley("validate", bad.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines())
        .filteredOn(l -> l.startsWith(bad.toString()))
        .hasSizeGreaterThanOrEqualTo(3)
        .anyMatch(l -> l.contains("$.session.ordinal: expected a whole number"))
        .anyMatch(l -> l.contains("unknown member \"chair\" in Dialogue"))
        .anyMatch(l -> l.contains("unknown Commitment \"agreed\""));
    Run capped = parley("validate", "--max-problems", "1", bad.toString());
    assertThat(capped.err().lines().filter(l -> l.startsWith(bad + ":")).count()).isEqualTo(2);
    assertThat(capped.err())
        .containsPattern("draft.json: [0-9]+ more problems? \\(--max-problems\\)");
  }

  @Test
  void validateReportsEveryBadLineOfJsonLinesAtItsLine() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(demo.resolve("all-sessions.jsonl")));
    lines.set(2, lines.get(2).replace("\"ordinal\":", "\"ordinal\":\"x\",\"y\":"));
    lines.set(6, "\uFEFF{");
    Path file = dir.resolve("some-bad.jsonl");
    Files.write(file, lines);
    Run run = parley("validate", file.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(file + ":3:").contains(file + ":7:");
    Path bom = dir.resolve("bom.jsonl");
    Files.write(
        bom,
        ("\uFEFF" + String.join("\n", lines.subList(0, 2)) + "\n")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(parley("validate", bom.toString()).out()).contains("bom.jsonl: ok, 2 sessions");
  }

  @Test
  void upgradeRewritesFormatOneFilesInPlace() throws IOException {
    Path golden = Path.of("src/test/resources/golden/1.0");
    Path session =
        Files.copy(golden.resolve("002-japan-eu-dialogue-27.json"), dir.resolve("s.json"));
    Path history =
        Files.copy(golden.resolve("004-japan-india-jwg.history.json"), dir.resolve("h.json"));
    Path lines = dir.resolve("l.jsonl");
    Files.writeString(
        lines,
        new ObjectMapper().readTree(session.toFile()).toString() + "\n",
        StandardCharsets.UTF_8);
    Run run = parley("upgrade", session.toString(), history.toString(), lines.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(session + ": format 2.0, 1 session")
        .contains(history + ": format 2.0, 4 sessions")
        .contains(lines + ": format 2.0, 1 session");
    assertThat(Files.readString(session)).startsWith("{\"parley\":\"2.0\"");
    assertThat(Files.readString(lines)).startsWith("{\"parley\":\"2.0\"");
    assertThat(parley("validate", session.toString(), history.toString(), lines.toString()).code())
        .isZero();
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"parley\":\"1.0\",\"session\":{");
    Run bad = parley("upgrade", broken.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(Files.readString(broken)).isEqualTo("{\"parley\":\"1.0\",\"session\":{");
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
    assertThat(schema().validate(json)).isEmpty();
    assertThat(json.get("timeline").get("sessions")).hasSize(9);
    assertThat(entry(json.get("timeline").get("topics"), "5g").get("count").asInt()).isEqualTo(6);
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
        "{\"parley\":\"2.0\",\"scheme\":{\"topics\":[{\"id\":\"opening\",\"prefLabel\":\"Opening"
            + " session\",\"altLabels\":[\"Opening\"]}]}}");
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
    for (String command : List.of("demo", "validate", "diff", "timeline", "topics", "upgrade")) {
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
