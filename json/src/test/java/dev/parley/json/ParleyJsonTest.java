package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.Party;
import dev.parley.core.model.Segment;
import dev.parley.core.model.Session;
import dev.parley.testing.SampleSessions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParleyJsonTest {
  private static final ParleyJson JSON = ParleyJson.defaults();

  /** The 11th meeting with one agenda item and one outcome. */
  static Session sample() {
    Session s = SampleSessions.meeting(11, "2020-09-17", "5G, B5G, and Cybersecurity");
    Segment seg = s.segments().get(0);
    AgendaItem item =
        seg.agenda()
            .get(0)
            .withOutcomes(
                Outcome.builder()
                    .addParty(Party.of("jp", "Japan"))
                    .addParty(Party.of("us", "United States"))
                    .commitment(Commitment.AGREED_TO_COOPERATE)
                    .text("The two countries intend to strengthen cooperation.")
                    .build());
    return s.withSegments(seg.withAgenda(item));
  }

  private static ParleyJsonException failure(String json) {
    return catchThrowableOfType(ParleyJsonException.class, () -> JSON.readSession(json));
  }

  @Test
  void writesTheVersionFirstAndMembersInTheirFixedOrder() {
    String json = JSON.write(sample());
    assertThat(json)
        .startsWith("{\"parley\":\"2.0\",\"session\":{\"dialogue\":{\"id\":\"japan-us\"")
        .contains("\"parties\":[{\"code\":\"jp\",\"name\":\"Japan\"}")
        .contains("{\"parties\":[\"jp\",\"us\"],\"commitment\"")
        .contains("\"ordinal\":11,\"title\":\"11th meeting\",\"start\":\"2020-09-17\"")
        .contains("\"commitment\":\"agreed-to-cooperate\"")
        .doesNotContain("\"end\"")
        .doesNotContain("\"notes\"")
        .doesNotContain("null");
  }

  @Test
  void prettyOutputIndentsWithTwoSpacesAndEndsWithANewline() {
    String json = ParleyJson.builder().pretty(true).build().write(sample());
    assertThat(json).startsWith("{\n  \"parley\": \"2.0\",\n  \"session\": {\n    \"dialogue\": {");
    assertThat(json).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void readsAndWritesFiles(@TempDir Path dir) {
    Path file = dir.resolve("session.json");
    JSON.write(sample(), file);
    assertThat(JSON.readSession(file)).isEqualTo(sample());
    DialogueHistory history = DialogueHistory.of(List.of(sample()));
    Path historyFile = dir.resolve("history.json");
    JSON.write(history, historyFile);
    assertThat(JSON.readHistory(historyFile).sessions()).containsExactly(sample());
    Path lines = dir.resolve("sessions.jsonl");
    JSON.lines().write(List.of(sample(), sample()), lines);
    try (Stream<Session> back = JSON.lines().read(lines)) {
      assertThat(back).containsExactly(sample(), sample());
    }
  }

  @Test
  void readsTheSessionsOfEitherKindOfDocument(@TempDir Path dir) {
    Path one = dir.resolve("one.json");
    JSON.write(sample(), one);
    assertThat(JSON.readSessions(one)).containsExactly(sample());
    Path many = dir.resolve("many.json");
    JSON.write(DialogueHistory.of(List.of(sample(), sample().withOrdinal(12))), many);
    assertThat(JSON.readSessions(many)).hasSize(2);
  }

  @Test
  void aMissingFileIsAnIoProblemNotADocumentProblem(@TempDir Path dir) {
    assertThatThrownBy(() -> JSON.readSession(dir.resolve("missing.json")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    ParleyJsonException e = failure("{\"parley\": \"1.0\",\n \"session\": {\"title\" \"x\"}}");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isGreaterThan(1);
    assertThat(e.problem()).startsWith("malformed JSON: Unexpected character");
  }

  @Test
  void truncatedInput() {
    String json = JSON.write(sample());
    ParleyJsonException e = failure(json.substring(0, json.length() / 2));
    assertThat(e.problem()).contains("malformed JSON").contains("end-of-input");
  }

  @Test
  void emptyInput() {
    assertThat(failure("").problem()).isEqualTo("the document is empty");
    assertThat(failure("   ").problem()).isEqualTo("the document is empty");
  }

  @Test
  void wrongTypeNamesThePathAndWhatWasFound() {
    String json = JSON.write(sample()).replace("\"ordinal\":11", "\"ordinal\":\"11\"");
    ParleyJsonException e = failure(json);
    assertThat(e.path()).isEqualTo("$.session.ordinal");
    assertThat(e.problem()).isEqualTo("expected a whole number, found a string");
    assertThat(e.getMessage())
        .isEqualTo(
            "$.session.ordinal (line 1, column "
                + e.column()
                + "): expected a whole number, found a string");
  }

  @Test
  void nullIsNeverAValue() {
    String json = JSON.write(sample()).replace("\"title\":\"11th meeting\"", "\"title\":null");
    ParleyJsonException e = failure(json);
    assertThat(e.path()).isEqualTo("$.session.title");
    assertThat(e.problem()).startsWith("null is not allowed here; expected a string");
  }

  @Test
  void missingRequiredMember() {
    String json = JSON.write(sample()).replace("\"title\":\"11th meeting\",", "");
    ParleyJsonException e = failure(json);
    assertThat(e.path()).isEqualTo("$.session");
    assertThat(e.problem()).isEqualTo("missing required member \"title\" in Session");
  }

  @Test
  void unknownEnumValueNamesTheFullPath() {
    String json =
        JSON.write(sample())
            .replace("\"commitment\":\"agreed-to-cooperate\"", "\"commitment\":\"agreed\"");
    ParleyJsonException e = failure(json);
    assertThat(e.path()).isEqualTo("$.session.segments[0].agenda[0].outcomes[0].commitment");
    assertThat(e.problem())
        .startsWith("unknown Commitment \"agreed\"; expected one of informed, shared-view");
  }

  @Test
  void invalidDates() {
    ParleyJsonException e =
        failure(
            JSON.write(sample()).replace("\"start\":\"2020-09-17\"", "\"start\":\"2020-02-30\""));
    assertThat(e.path()).isEqualTo("$.session.start");
    assertThat(e.problem()).contains("\"2020-02-30\" does not exist");
    assertThat(
            failure(
                    JSON.write(sample())
                        .replace("\"start\":\"2020-09-17\"", "\"start\":\"Sept 17\""))
                .problem())
        .contains("is not of the form YYYY, YYYY-MM or YYYY-MM-DD");
  }

  @Test
  void aBrokenRuleOfTheModelKeepsTheModelsMessage() {
    String json =
        JSON.write(sample())
            .replace("\"start\":\"2020-09-17\"", "\"start\":\"2020-09-17\",\"end\":\"2020-09-01\"");
    ParleyJsonException e = failure(json);
    assertThat(e.path()).isEqualTo("$.session.end");
    assertThat(e.problem())
        .isEqualTo("Session 11: end date 2020-09-01 is before start date 2020-09-17");
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void unknownMembersAreRejectedNotDropped() {
    String json =
        JSON.write(sample()).replace("\"ordinal\":11", "\"ordinal\":11,\"venue\":\"Tokyo\"");
    ParleyJsonException e = failure(json);
    assertThat(e.path()).isEqualTo("$.session.venue");
    assertThat(e.problem())
        .startsWith(
            "unknown member \"venue\" in Session; its members are dialogue, parties, ordinal");
  }

  @Test
  void duplicateMembersAreRejected() {
    String json = JSON.write(sample()).replace("\"ordinal\":11", "\"ordinal\":11,\"ordinal\":12");
    ParleyJsonException e = failure(json);
    assertThat(e.path()).isEqualTo("$.session.ordinal");
    assertThat(e.problem()).isEqualTo("member \"ordinal\" appears more than once");
  }

  @Test
  void trailingContentIsRejected() {
    assertThat(failure(JSON.write(sample()) + " {}").problem())
        .isEqualTo("unexpected content after the end of the document");
    assertThat(failure(JSON.write(sample()) + "x").problem()).startsWith("malformed JSON");
    String extra = JSON.write(sample());
    extra = extra.substring(0, extra.length() - 1) + ",\"more\":1}";
    assertThat(failure(extra).problem()).isEqualTo("unexpected member \"more\" after the session");
  }

  @Test
  void nestingDeeperThanTheLimitIsRejectedWithoutStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String json = JSON.write(sample()).replace("\"ordinal\":11", "\"ordinal\":" + deep);
    ParleyJsonException e = failure(json);
    assertThat(e.problem()).startsWith("expected a whole number, found an array");
    ParleyJsonException deeper =
        failure("{\"parley\":\"1.0\",\"session\":" + "[".repeat(70) + "]".repeat(70) + "}");
    assertThat(deeper.problem()).contains("expected an object (Session), found an array");
    ParleyJsonException limit =
        catchThrowableOfType(
            ParleyJsonException.class,
            () -> ParleyJson.defaults().readSession("[".repeat(100) + "]".repeat(100)));
    assertThat(limit.problem()).contains("expected a Parley document");
  }

  @Test
  void stringsAndDocumentsBeyondTheLimitsAreRejected() {
    ParleyJson small = ParleyJson.builder().maxStringLength(100).maxDocumentLength(5_000).build();
    String json = JSON.write(sample()).replace("11th meeting", "x".repeat(160));
    assertThatThrownBy(() -> small.readSession(json))
        .isInstanceOf(ParleyJsonException.class)
        .hasMessageContaining("String value length (160) exceeds the maximum allowed (100");
    String big = JSON.write(sample().withNotes("y".repeat(40), "z".repeat(40)));
    String padded = big + " ".repeat(6_000);
    assertThatThrownBy(() -> small.readSession(padded.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ParleyJsonException.class)
        .hasMessageContaining("beyond the limit of 5000 (maxDocumentLength)");
    assertThatThrownBy(
            () ->
                small.readSession(
                    new ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(ParleyJsonException.class)
        .hasMessageContaining("5000");
  }

  @Test
  void newerMajorVersionSaysWhichWasFoundAndWhichIsRead() {
    String json = JSON.write(sample()).replace("\"parley\":\"2.0\"", "\"parley\":\"3.1\"");
    ParleyJsonException e = failure(json);
    assertThat(e.path()).isEqualTo("$.parley");
    assertThat(e.problem())
        .isEqualTo(
            "format version 3.1 is newer than the versions this library reads (1.x and 2.x);"
                + " upgrade Parley to read it");
    assertThat(failure(json.replace("3.1", "one")).problem())
        .isEqualTo("format version \"one\" is not of the form MAJOR.MINOR, such as 2.0");
  }

  @Test
  void aNewerMinorVersionIsReadWhenItHoldsOnlyKnownMembers() {
    String json = JSON.write(sample()).replace("\"parley\":\"2.0\"", "\"parley\":\"2.7\"");
    assertThat(JSON.readSession(json)).isEqualTo(sample());
  }

  @Test
  void aMemberOfANewerMinorVersionIsRefusedNamingBothVersions() {
    String json =
        JSON.write(sample())
            .replace("\"parley\":\"2.0\"", "\"parley\":\"2.1\"")
            .replace("\"ordinal\":11", "\"ordinal\":11,\"language\":\"en\"");
    ParleyJsonException e = failure(json);
    assertThat(e.path()).isEqualTo("$.session.language");
    assertThat(e.problem())
        .isEqualTo(
            "unknown member \"language\" in Session: the document is format 2.1, newer than the"
                + " format 2.0 this library reads; upgrade Parley to read it");
  }

  @Test
  void partiesAreNamedByTheCodesTheSessionDeclares() {
    String json = JSON.write(sample()).replace("[\"jp\",\"us\"]", "[\"jp\",\"xx\"]");
    ParleyJsonException e = failure(json);
    assertThat(e.path()).isEqualTo("$.session.segments[0].agenda[0].outcomes[0].parties[1]");
    assertThat(e.problem())
        .startsWith("unknown party \"xx\"; the parties declared are jp, us (a session declares");
  }

  @Test
  void aPartyIsDeclaredOnce() {
    String json =
        JSON.write(sample())
            .replace(
                "\"level\":\"director-general\"},",
                "\"level\":\"director-general\"},\"parties\":[{\"code\":\"jp\",\"name\":\"J\"}],");
    assertThat(failure(json).problem()).isEqualTo("party \"jp\" is declared twice");
  }

  @Test
  void theVersionComesFirst() {
    assertThat(failure("{\"session\":{},\"parley\":\"2.0\"}").problem())
        .startsWith("a Parley document starts with its format version");
  }

  @Test
  void aHistoryIsNotASession() {
    String history = JSON.write(DialogueHistory.of(List.of(sample())));
    assertThat(failure(history).problem())
        .isEqualTo("expected a session document, found member \"history\"");
  }

  @Test
  void bytesThatAreNotUtf8() {
    byte[] utf16 = JSON.write(sample()).getBytes(StandardCharsets.UTF_16BE);
    assertThatThrownBy(() -> JSON.readSession(utf16))
        .isInstanceOf(ParleyJsonException.class)
        .hasMessageContaining("not UTF-8");
    byte[] utf32ish = {0, 0, 0, '{'};
    assertThatThrownBy(() -> JSON.readSession(utf32ish)).isInstanceOf(ParleyJsonException.class);
    byte[] badByte = JSON.writeBytes(sample());
    badByte[30] = (byte) 0xC3;
    badByte[31] = (byte) 0x28;
    assertThatThrownBy(() -> JSON.readSession(badByte)).isInstanceOf(ParleyJsonException.class);
    assertThatThrownBy(() -> JSON.readSession(new ByteArrayInputStream(utf16)))
        .isInstanceOf(ParleyJsonException.class);
  }

  @Test
  void historyRulesAreCheckedOnRead() {
    Session other = sample().withOrdinal(12);
    String json = JSON.write(DialogueHistory.of(List.of(sample(), other)));
    String broken = json.replace("\"ordinal\":12", "\"ordinal\":11");
    assertThatThrownBy(() -> JSON.readHistory(broken))
        .isInstanceOfSatisfying(
            ParleyJsonException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.history.sessions");
              assertThat(e.problem())
                  .isEqualTo("Dialogue history 'japan-us': ordinal 11 is used more than once");
            });
  }

  @Test
  void jsonLinesErrorsNameTheLineInTheFile() {
    String good = JSON.write(sample());
    String lines =
        good + "\n\n" + good + "\n" + good.replace("\"ordinal\":11", "\"ordinal\":\"x\"") + "\n";
    try (Stream<Session> s = JSON.lines().read(new StringReader(lines))) {
      assertThatThrownBy(() -> s.forEach(x -> {}))
          .isInstanceOfSatisfying(
              ParleyJsonException.class,
              e -> {
                assertThat(e.line()).isEqualTo(4);
                assertThat(e.path()).isEqualTo("$.session.ordinal");
              });
    }
  }

  @Test
  void jsonLinesRefuseOverlongLinesAsTheyAreRead() {
    ParleyJson small = ParleyJson.builder().maxLineLength(100).build();
    try (Stream<Session> s = small.lines().read(new StringReader("x".repeat(500) + "\n"))) {
      assertThatThrownBy(() -> s.forEach(x -> {}))
          .isInstanceOf(ParleyJsonException.class)
          .hasMessage(
              "$ (line 1, column 101): the line is longer than the limit of 100 characters"
                  + " (maxLineLength)");
    }
    InputStream endlessZeros =
        new InputStream() {
          @Override
          public int read() {
            return 0;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            return len;
          }
        };
    try (Stream<Session> s = small.lines().read(endlessZeros)) {
      assertThatThrownBy(() -> s.forEach(x -> {}))
          .isInstanceOf(ParleyJsonException.class)
          .hasMessageContaining("longer than the limit of 100 bytes");
    }
  }

  @Test
  void jsonLinesAreReadLazily() throws IOException {
    String good = JSON.write(sample());
    String lines = good + "\n" + "not json\n";
    try (Stream<Session> s = JSON.lines().read(new StringReader(lines))) {
      assertThat(s.findFirst()).contains(sample());
    }
    try (Stream<Session> s =
        JSON.lines().read(new ByteArrayInputStream(new byte[] {'{', (byte) 0xFF, '}', '\n'}))) {
      assertThatThrownBy(() -> s.forEach(x -> {}))
          .isInstanceOf(ParleyJsonException.class)
          .hasMessageContaining("Invalid UTF-8 start byte 0xff");
    }
    Files.size(Path.of("pom.xml"));
  }

  @Test
  void limitsMustBeSensible() {
    assertThatThrownBy(() -> ParleyJson.builder().maxDepth(3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParleyJson.builder().maxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validationReportsEveryProblemOfADocumentWithItsPlace(@TempDir Path dir) throws IOException {
    String json =
        JSON.write(sample())
            .replace("\"ordinal\":11", "\"ordinal\":\"11\",\"venue\":1,\"venue\":2")
            .replace("\"agreed-to-cooperate\"", "\"agreed\"")
            .replace("[\"jp\",\"us\"]", "[\"jp\",\"xx\"]");
    Path file = dir.resolve("draft.json");
    Files.writeString(file, json);
    Validation v = JSON.validate(file);
    assertThat(v.problems())
        .extracting(ParleyJsonException::path)
        .containsExactly(
            "$.session.ordinal",
            "$.session.venue",
            "$.session.venue",
            "$.session.segments[0].agenda[0].outcomes[0].parties[1]",
            "$.session.segments[0].agenda[0].outcomes[0].commitment");
    assertThat(v.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
    assertThat(v.problemCount()).isEqualTo(5);
    assertThat(v.sessions()).isZero();
    ParleyJsonException first = failure(json);
    assertThat(first.path()).isEqualTo("$.session.ordinal");
    Files.writeString(file, JSON.write(sample()));
    assertThat(JSON.validate(file).isValid()).isTrue();
    assertThat(JSON.validate(file).sessions()).isEqualTo(1);
  }

  @Test
  void anEmptyDocumentIsReportedAtLineOneColumnOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("empty.json");
    Files.write(file, new byte[0]);
    for (ParleyJsonException e :
        List.of(
            failure(""),
            catchThrowableOfType(ParleyJsonException.class, () -> JSON.readSession(file)))) {
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(1);
      assertThat(e.problem()).isEqualTo("the document is empty");
    }
  }

  @Test
  void aTruncatedDocumentsMessageHasNoParserInternals() {
    String json = JSON.write(sample());
    ParleyJsonException e =
        catchThrowableOfType(
            ParleyJsonException.class,
            () ->
                JSON.readSession(
                    new ByteArrayInputStream(
                        json.substring(0, 40).getBytes(StandardCharsets.UTF_8))));
    assertThat(e.getMessage()).doesNotContain("Source").doesNotContain("PushbackInputStream");
    assertThat(e.problem()).startsWith("malformed JSON: Unexpected end-of-input");
  }

  @Test
  void aHugeValueIsCutInTheMessageAndTheCutMarked() {
    String code = "x".repeat(1 << 20);
    ParleyJsonException e =
        failure(JSON.write(sample()).replace("\"agreed-to-cooperate\"", "\"" + code + "\""));
    assertThat(e.getMessage().length()).isLessThan(600);
    assertThat(e.problem())
        .startsWith("unknown Commitment \"" + "x".repeat(100) + "\"... (cut; 1048576 characters)");
  }

  @Test
  void aFailedWriteLeavesTheOldFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("s.json");
    JSON.write(sample(), file);
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> JSON.write((Session) null, file))
        .isInstanceOf(NullPointerException.class);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void formatOneDocumentsAreRead() throws IOException {
    String v1 =
        JSON.write(sample())
            .replace("\"parley\":\"2.0\"", "\"parley\":\"1.0\"")
            .replace(
                "\"parties\":[\"jp\",\"us\"]",
                "\"parties\":[{\"code\":\"jp\",\"name\":\"Japan\"},{\"code\":\"us\",\"name\":\"United States\"}]");
    assertThat(JSON.readSession(v1)).isEqualTo(sample());
    assertThat(
            failure(v1.replace("{\"code\":\"us\",\"name\":\"United States\"}", "\"us\"")).problem())
        .isEqualTo("expected an object (Party), found a string");
  }
}
