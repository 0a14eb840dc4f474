package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  // ---------------------------------------------------------------- hostile input and faults

  /** The Japan-EU 27th session document with one change made to its JSON. */
  private Path edited(String name, java.util.function.Consumer<ObjectNode> edit)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root =
        (ObjectNode)
            mapper.readTree(Path.of(session("japan-eu-ict-policy-dialogue-27.json")).toFile());
    edit.accept((ObjectNode) root.get("session"));
    Path file = dir.resolve(name);
    mapper.writeValue(file.toFile(), root);
    return file;
  }

  private static ObjectNode firstItem(ObjectNode session) {
    return (ObjectNode) session.get("segments").get(0).get("agenda").get(0);
  }

  private static void assertNothingActsOnATerminal(Run run) {
    for (String printed : List.of(run.out(), run.err())) {
      assertThat(printed.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7f))
          .as("control characters printed in %s", printed)
          .isEmpty();
    }
  }

  @Test
  void aBadValueWithEscapeSequencesAndANewlineCannotClearTheScreenOrForgeAnOkLineInValidate()
      throws IOException {
    Path bad =
        edited("bad.json", s -> s.put("mode", "\u001b[2J\u001b[H\nother.json: ok, 1 session"));
    Run run = parley("validate", bad.toString());
    assertThat(run.code()).isEqualTo(1);
    assertNothingActsOnATerminal(run);
    assertThat((run.out() + run.err()).lines()).noneMatch(l -> l.startsWith("other.json"));
    assertThat(run.err())
        .contains(
            "$.session.mode: unknown MeetingMode \"\\u001b[2J\\u001b[H\\nother.json: ok, 1 session\"");
  }

  @Test
  void diffOfATitleWithOscAndColourSequencesPrintsThemEscapedAndRefusesTheRecord()
      throws IOException {
    Path osc =
        edited(
            "osc.json",
            s -> firstItem(s).put("title", "AI \u001b]0;pwned\u0007 \u001b[31mred\u001b[0m"));
    Run run = parley("diff", session("japan-eu-ict-policy-dialogue-27.json"), osc.toString());
    assertThat(run.code()).isEqualTo(1);
    assertNothingActsOnATerminal(run);
    assertThat(run.err()).contains("title has the control character U+001B at index 3");
    // A valid title may hold a bidirectional override; the report shows it escaped.
    Path rlo = edited("rlo.json", s -> firstItem(s).put("title", "AI and \u202edecnava"));
    Run valid = parley("diff", session("japan-eu-ict-policy-dialogue-27.json"), rlo.toString());
    assertThat(valid.code()).as(valid.err()).isZero();
    assertThat(valid.out()).contains("AI and \\u202edecnava").doesNotContain("\u202e");
  }

  @Test
  void topicsEchoesItsArgumentsEscaped() {
    Run run = parley("topics", "5G\u001b[2J\nforged\tline\u009b");
    assertNothingActsOnATerminal(run);
    assertThat(run.out()).isEqualTo("5G\\u001b[2J\\nforged\\tline\\u009b\t5g\n");
  }

  @Test
  void aValueOfAMebibyteIsCutInTheErrorLineWithTheCutMarked() throws IOException {
    Path big = edited("big.json", s -> s.put("mode", "x".repeat(1 << 20)));
    Run run = parley("validate", big.toString());
    assertThat(run.code()).isEqualTo(1);
    String line =
        run.err().lines().filter(l -> l.contains("$.session.mode")).findFirst().orElseThrow();
    // The JSON reader already cuts quoted values; what reaches the terminal is short and says so.
    assertThat(line)
        .hasSizeLessThan(TerminalText.ERROR_LIMIT + 60)
        .contains("(cut; 1048576 characters)");
  }

  @Test
  void anUnknownTopicIdThatCannotBeATopicIsTheSameLocatedErrorInValidateDiffAndTimeline()
      throws IOException {
    Path and = edited("and.json", s -> firstItem(s).putArray("topics").add("and"));
    String expected =
        and
            + ": Session 27: segments[0].agenda[0].topics[0]: topic id \"and\" is in no scheme and"
            + " cannot stand for a topic of its own";
    String other = session("japan-eu-ict-policy-dialogue-27.json");
    for (Run run :
        List.of(
            parley("validate", and.toString()),
            parley("diff", other, and.toString()),
            parley("timeline", other, and.toString()))) {
      assertThat(run.code()).as(run.err()).isEqualTo(1);
      assertThat(run.err()).contains(expected).doesNotContain("TopicSchemeException");
      assertThat(run.out()).doesNotContain("and.json: ok");
    }
  }

  @Test
  void anUnknownTopicIdThatCanBeATopicIsTheSameLocatedWarningInValidateDiffAndTimeline()
      throws IOException {
    Path quantum =
        edited("quantum.json", s -> firstItem(s).putArray("topics").add("quantum-networks"));
    String expected =
        "warning: "
            + quantum
            + ": Session 27: segments[0].agenda[0].topics[0]: topic id \"quantum-networks\" is in"
            + " no scheme; it counts as a topic of its own";
    // An earlier meeting: the same session twice with different topics is refused by timeline.
    String other = session("japan-eu-ict-strategy-workshop-10.json");
    for (Run run :
        List.of(
            parley("validate", quantum.toString()),
            parley("diff", other, quantum.toString()),
            parley("timeline", other, quantum.toString()))) {
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.err()).contains(expected);
    }
  }

  @Test
  void aFifoWithNoWriterIsRefusedInsteadOfWaitedOn() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    Run run = parley("validate", fifo.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains(fifo + ": is not a regular file (a FIFO, socket or device); name a file, or -");
  }

  @Test
  void aDirectoryIsRefusedWithAClearMessage() {
    Run run = parley("timeline", demo.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains(demo + ": is a directory; name a file, or - to read standard input");
  }

  @Test
  void aDashReadsStandardInputOfEveryKind() throws IOException {
    java.io.InputStream stdin = System.in;
    try {
      for (Path file :
          List.of(
              demo.resolve("all-sessions.jsonl"),
              demo.resolve("histories").resolve("japan-india-joint-working-group.json"),
              Path.of(session("japan-eu-ict-policy-dialogue-27.json")))) {
        System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(file)));
        Run run = parley("validate", "-");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).matches("-: ok, [0-9]+ sessions?\n");
      }
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void anArgumentStartingWithAtIsAFileNameNotAFileOfArguments() throws IOException {
    Path list = dir.resolve("list");
    Files.writeString(list, session("japan-eu-ict-policy-dialogue-27.json") + "\n");
    Path cwdRelative = Path.of("@" + list);
    Run run = parley("validate", "@" + list);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains(cwdRelative + ": cannot read: java.nio.file.NoSuchFileException");
    assertThat(run.out()).doesNotContain("ok, 1 session");
  }

  @Test
  void timelineToAFailingStandardOutputExitsOneAndSaysSo() {
    java.io.Writer full =
        new java.io.Writer() {
          @Override
          public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void close() {}
        };
    StringWriter err = new StringWriter();
    int code =
        ParleyCommand.run(full, err, "timeline", demo.resolve("all-sessions.jsonl").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("parley: cannot write to standard output: No space left on device");
  }

  /** The command as a process of its own, with the test's class path. */
  private static ProcessBuilder command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ParleyCommand.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  @Test
  void timelineRedirectedToDevFullExitsOne() throws Exception {
    Path devFull = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull), "/dev/full exists");
    Process p =
        command("timeline", demo.resolve("all-sessions.jsonl").toString())
            .redirectOutput(devFull.toFile())
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isEqualTo(1);
    assertThat(err).contains("parley: cannot write to standard output");
  }

  @Test
  void theSvgOfTimelineOnAFullDiskLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
    Process probe = new ProcessBuilder("unshare", "-m", "true").start();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        probe.waitFor() == 0, "a private mount namespace (unshare -m) is allowed");
    Path disk = dir.resolve("disk");
    Files.createDirectories(disk);
    List<String> java =
        command(
                "timeline",
                demo.resolve("all-sessions.jsonl").toString(),
                "--svg",
                disk.resolve("old.svg").toString())
            .command();
    String script =
        "mount -t tmpfs -o size=64k tmpfs \"$1\" && printf old > \"$1/old.svg\""
            + " && (dd if=/dev/zero of=\"$1/fill\" bs=4k count=64 2>/dev/null; true)"
            + " && shift && \"$@\" >/dev/null; code=$?;"
            + " echo \"exit=$code\"; echo \"old=$(cat \"$2/old.svg\")\"; ls -a \"$2\"";
    List<String> shell =
        new ArrayList<>(List.of("unshare", "-m", "--propagation", "private", "sh", "-c"));
    shell.add(script.replace("$2", "$DISK"));
    shell.add("sh");
    shell.add(disk.toString());
    shell.addAll(java);
    ProcessBuilder pb = new ProcessBuilder(shell).redirectErrorStream(true);
    pb.environment().put("DISK", disk.toString());
    Process p = pb.start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    assertThat(printed)
        .contains("cannot write")
        .contains("the file is unchanged")
        .contains("exit=1")
        .contains("old=old")
        .doesNotContain(".tmp");
  }

  @Test
  void topicsResolvesJapaneseTitles() {
    assertThat(parley("topics", "（２）５Ｇセキュリティ・オープンRAN").out())
        .isEqualTo("（２）５Ｇセキュリティ・オープンRAN\t5g cybersecurity open-networks\n");
  }

  @Test
  void topicsListsTheSchemeInALanguage() {
    Run ja = parley("topics", "--list", "--lang", "ja");
    assertThat(ja.code()).isZero();
    assertThat(ja.out()).contains("\nopen-networks\tオープンRAN\tOpen RAN | O-RAN");
    assertThat(ja.out()).contains("\niot-security\tIoTセキュリティ\t");
    Run en = parley("topics", "--list");
    assertThat(en.out()).startsWith("5g\t5G\t");
    assertThat(en.out().lines().count()).isEqualTo(ja.out().lines().count());
    assertThat(parley("topics", "--list", "Opening").code()).isEqualTo(2);
    assertThat(parley("topics").code()).isEqualTo(2);
  }

  @Test
  void topicsEchoesNoControlCharacters() {
    assertThat(parley("topics", "\u001b[2J AI").out()).isEqualTo("\\u001b[2J AI\tai\n");
  }

  @Test
  void aBadSchemeFileIsNamedOnce() throws IOException {
    Path broken = dir.resolve("short.tsv");
    Files.writeString(broken, "# mine\nonly-an-id\n");
    Run run = parley("topics", "--scheme", broken.toString(), "X");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(broken + ":2: expected 2 to 5 tab-separated columns");
    assertThat(run.err()).doesNotContain(broken + ": " + broken);
  }

  @Test
  void timelineCountsASessionGivenTwiceOnce() throws IOException {
    List<String> args =
        new ArrayList<>(List.of("timeline", demo.resolve("all-sessions.jsonl").toString()));
    try (var files = Files.list(demo.resolve("histories"))) {
      files.sorted().forEach(f -> args.add(f.toString()));
    }
    Run run = parley(args.toArray(String[]::new));
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("Topic timeline: 9 sessions");
    assertThat(run.err()).contains("note: 9 sessions were given twice and counted once");
  }

  @Test
  void timelineRefusesTwoDifferentSessionsOfOneOrdinal() throws IOException {
    String original = Files.readString(Path.of(session("japan-eu-ict-policy-dialogue-27.json")));
    Path changed = dir.resolve("changed.json");
    Files.writeString(changed, original.replaceFirst("\"title\": \"", "\"title\": \"Changed "));
    Run run =
        parley("timeline", session("japan-eu-ict-policy-dialogue-27.json"), changed.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains(changed.toString())
        .contains("japan-eu-ict-policy-dialogue-27.json")
        .contains("different content");
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
  void siteCountsAMeetingGivenTwiceOnceAsTheTimelineDoes() throws IOException {
    List<String> args = new ArrayList<>(List.of(demo.resolve("all-sessions.jsonl").toString()));
    try (var files = Files.list(demo.resolve("histories"))) {
      files.sorted().forEach(f -> args.add(f.toString()));
    }
    List<String> site = new ArrayList<>(List.of("site", "--out", dir.resolve("site").toString()));
    site.addAll(args);
    Run run = parley(site.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    // The demo's nine meetings, each in the JSON Lines file and in its dialogue's history.
    assertThat(run.out()).contains("of 9 meetings; open ");
    assertThat(run.err()).contains("note: 9 sessions were given twice and counted once");
    List<String> timeline = new ArrayList<>(List.of("timeline"));
    timeline.addAll(args);
    assertThat(parley(timeline.toArray(String[]::new)).err())
        .contains("note: 9 sessions were given twice and counted once");
    assertThat(dir.resolve("site/index.html")).isRegularFile();
  }

  @Test
  void siteRefusesTwoDifferentSessionsOfOneOrdinalNamingBothFiles() throws IOException {
    String first = session("japan-eu-ict-policy-dialogue-27.json");
    Path changed = dir.resolve("changed.json");
    Files.writeString(
        changed,
        Files.readString(Path.of(first)).replaceFirst("\"title\": \"", "\"title\": \"Changed "));
    Run run = parley("site", "--out", dir.resolve("site").toString(), first, changed.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains(changed + ": session japan-eu-ict-policy-dialogue #27 conflicts")
        .contains(first)
        .contains("different content");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void aJsonSchemeGivesLabelsInOtherLanguages() throws IOException {
    Path json = dir.resolve("mine-ja.json");
    Files.writeString(
        json,
        "{\"parley\":\"2.0\",\"scheme\":{\"topics\":[{\"id\":\"opening\","
            + "\"prefLabel\":\"Opening session\",\"localLabels\":["
            + "{\"language\":\"ja\",\"text\":\"開会\",\"preferred\":true},"
            + "{\"language\":\"ja\",\"text\":\"冒頭挨拶\"}]}]}}",
        StandardCharsets.UTF_8);
    assertThat(parley("topics", "--scheme", json.toString(), "冒頭挨拶", "開会").out())
        .isEqualTo("冒頭挨拶\topening\n開会\topening\n");
    Files.writeString(
        json,
        "{\"parley\":\"2.0\",\"scheme\":{\"topics\":[{\"id\":\"o\",\"prefLabel\":\"O\","
            + "\"localLabels\":[{\"language\":\"ja\"}]}]}}");
    Run run = parley("topics", "--scheme", json.toString(), "X");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("$.scheme.topics[0].localLabels[0]").contains("text");
  }
}
