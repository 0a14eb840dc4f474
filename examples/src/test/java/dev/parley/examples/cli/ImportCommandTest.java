package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.core.model.Session;
import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportCommandTest {
  @TempDir Path dir;

  private static ParleyCommandTest.Run parley(String... args) {
    return ParleyCommandTest.parley(args);
  }

  static final String RELEASE =
      String.join(
          "\n",
          "February 7, 2022 Result of 27th Japan-EU ICT Policy Dialogue",
          "",
          "MIC and the European Commission held the 27th Japan-EU ICT Policy Dialogue in a"
              + " web-conference style on Thursday, February 3, 2022.",
          "",
          "Major achievements",
          "",
          "1. 5G/Beyond 5G (6G)",
          "",
          "Japan explained its efforts for Beyond 5G. Japan and the EU also decided to promote"
              + " cooperation in joint research.",
          "",
          "2. Cybersecurity",
          "",
          "The EU introduced its cybersecurity strategy.",
          "");

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void printsTheDraftAsASessionDocumentThatValidates() throws IOException {
    Path release = write("release.txt", RELEASE);
    ParleyCommandTest.Run run = parley("import", release.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Session s = ParleyJson.defaults().readSession(run.out());
    assertThat(s.dialogue().id()).isEqualTo("japan-eu-ict-policy-dialogue");
    assertThat(s.ordinal()).hasValue(27);
    assertThat(s.agendaItems()).hasSize(2);
    Path saved = write("draft.json", run.out());
    assertThat(parley("validate", saved.toString()).code()).isZero();
  }

  @Test
  void theReviewListGoesToStandardErrorWithTheLineItRestsOn() throws IOException {
    Path release = write("release.txt", RELEASE);
    ParleyCommandTest.Run run = parley("import", release.toString());
    assertThat(run.err())
        .contains(release + ":3: mode online, from \"Policy Dialogue in a web-conference style\"");
  }

  @Test
  void withOutEachSessionIsWrittenToItsOwnFile() throws IOException {
    Path release = write("release.txt", RELEASE);
    Path out = dir.resolve("drafts");
    ParleyCommandTest.Run run = parley("import", release.toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Path file = out.resolve("japan-eu-ict-policy-dialogue-27.json");
    assertThat(run.out().trim()).isEqualTo(file.toString());
    assertThat(ParleyJson.defaults().readSession(file).start().toString()).isEqualTo("2022-02-03");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void severalSessionsArePrintedAsJsonLines() throws IOException {
    Path a = write("a.txt", RELEASE);
    Path b = write("b.txt", RELEASE.replace("27th", "28th").replace("2022", "2023"));
    ParleyCommandTest.Run run = parley("import", a.toString(), b.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(2);
  }

  @Test
  void anHtmlReleaseIsReducedToItsTextBlockByBlock() throws IOException {
    String html =
        "<html><body><p>February 7, 2022 Result of 27th Japan-EU ICT Policy Dialogue</p>"
            + "<p>MIC and the European Commission held the 27th Japan-EU ICT Policy Dialogue in a"
            + " web-conference style on Thursday, <b>February 3, 2022</b>.</p>"
            + "<h3>1. 5G</h3><p>Both sides will continue exchanging opinions.</p>"
            + "<h3>2. AI</h3><div>Japan explained its AI guidelines.</div></body></html>";
    ParleyCommandTest.Run run = parley("import", write("release.html", html).toString());
    assertThat(run.code()).as(run.err()).isZero();
    Session s = ParleyJson.defaults().readSession(run.out());
    assertThat(s.agendaItems()).extracting(i -> i.title()).containsExactly("5G", "AI");
    assertThat(s.start().toString()).isEqualTo("2022-02-03");
  }

  @Test
  void aCatalogueFileNamesASeriesTheDefaultDoesNotKnow() throws IOException {
    Path release =
        write(
            "it.txt",
            "May 2, 2024 Results of 3rd Japan-Italy ICT Dialogue\n\n"
                + "MIC held the 3rd Japan-Italy ICT Dialogue in Rome on April 30, 2024.\n");
    Path catalogue =
        write(
            "dialogues.tsv",
            "japan-italy-ict\tministerial\tjp=Japan;it=Italy\tJapan-Italy ICT Dialogue|日伊ICT対話\n");
    ParleyCommandTest.Run run =
        parley("import", release.toString(), "--dialogues", catalogue.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(ParleyJson.defaults().readSession(run.out()).dialogue().id())
        .isEqualTo("japan-italy-ict");
    ParleyCommandTest.Run bad =
        parley("import", release.toString(), "--dialogues", write("bad.tsv", "x\n").toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("bad.tsv:1: expected 4 tab-separated columns");
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndExitOneNeverAStackTrace() throws IOException {
    Path empty = write("empty.txt", "");
    Path note = write("note.txt", "Shopping list\n\nEggs, milk and bread.\n");
    Path binary = dir.resolve("data.bin");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3});
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[ImportCommand.MAX_BYTES + 1]);
    for (Path file : new Path[] {empty, note, binary, big, dir}) {
      ParleyCommandTest.Run run = parley("import", file.toString());
      assertThat(run.code()).as(file.toString()).isEqualTo(1);
      assertThat(run.err())
          .startsWith(file.toString())
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void controlCharactersFromTheReleaseAreShownEscapedNeverRaw() throws IOException {
    Path release =
        write(
            "esc\u001b[31m.txt",
            RELEASE.replace("web-conference", "web-conference\u001b]0;x\u0007"));
    ParleyCommandTest.Run run = parley("import", release.toString());
    assertThat(run.err()).doesNotContain("\u001b").doesNotContain("\u0007").contains("\\u001b");
    assertThat(run.out()).doesNotContain("\u001b");
  }

  @Test
  void aMissingFileOrOptionIsAUsageErrorOrAClearMessage() {
    assertThat(parley("import").code()).isEqualTo(2);
    ParleyCommandTest.Run missing = parley("import", dir.resolve("nothing.txt").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("nothing.txt: not a meeting release: cannot read the file");
  }

  /**
   * The hand-built records of the seeds, as the golden files hold them, by the release's prefix;
   * the 4th Japan-India meeting is in a history and is compared in {@code SeedImportTest}.
   */
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void eachSeedImportsToDraftsThatValidateAndDiffAgainstTheRecordWithNoTopicAddedOrDropped(
      String prefix) throws IOException {
    Path seeds =
        Stream.of("/work/shared/seeds", "../shared/seeds", "../../shared/seeds")
            .map(Path::of)
            .filter(Files::isDirectory)
            .findFirst()
            .orElse(null);
    assumeTrue(seeds != null, "seed texts not present (../shared/seeds); seed import skipped");
    Path release;
    try (Stream<Path> files = Files.list(seeds)) {
      release =
          files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().get();
    }
    Path out = dir.resolve("drafts-" + prefix);
    ParleyCommandTest.Run run = parley("import", release.toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    List<String> drafts = run.out().lines().toList();
    assertThat(drafts).hasSize(prefix.equals("004") ? 2 : 1);
    for (String draft : drafts) {
      ParleyCommandTest.Run valid = parley("validate", draft);
      assertThat(valid.code()).as(draft + ": " + valid.out() + valid.err()).isZero();
    }
    Path record;
    try (Stream<Path> files = Files.list(GOLDEN)) {
      record =
          files
              .filter(f -> f.getFileName().toString().startsWith(prefix + "-"))
              .filter(f -> !f.getFileName().toString().endsWith(".history.json"))
              .findFirst()
              .get();
    }
    String id = ParleyJson.defaults().readSession(record).dialogue().id();
    String draft = drafts.stream().filter(d -> d.contains(id)).findFirst().orElseThrow();
    ParleyCommandTest.Run diff = parley("diff", record.toString(), draft, "--format", "json");
    assertThat(diff.code()).as(diff.err()).isZero();
    assertThat(diff.out())
        .contains("\"continued\"")
        .doesNotContain("\"added\"")
        .doesNotContain("\"dropped\"");
  }
}
