package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {
  private static final ParleyJson JSON = ParleyJson.defaults();
  private static final String GOOD = JSON.write(ParleyJsonTest.sample());

  private static byte[] lines(int count, int bad, byte[] badLine) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 1; i <= count; i++) {
      out.writeBytes(i == bad ? badLine : GOOD.getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static ParleyJsonException firstProblem(byte[] bytes) {
    try (Stream<Session> s = JSON.lines().read(new ByteArrayInputStream(bytes))) {
      s.forEach(x -> {});
    } catch (ParleyJsonException e) {
      return e;
    }
    throw new AssertionError("no problem reported");
  }

  @Test
  void invalidUtf8IsReportedAtItsOwnLine() {
    byte[] bad = {'{', '"', 'p', (byte) 0xC3, '(', '"', '}'};
    assertThat(firstProblem(lines(12, 10, bad)).line()).isEqualTo(10);
    ParleyJsonException far = firstProblem(lines(5_002, 5_001, bad));
    assertThat(far.line()).isEqualTo(5_001);
    assertThat(far.column()).isGreaterThanOrEqualTo(1);
    assertThat(far.problem()).contains("UTF-8").doesNotContain("Source:");
  }

  @Test
  void validationReportsEveryBadLineWithItsLineAndCountsThoseBeyondTheLimit(@TempDir Path dir)
      throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      text.append(i % 3 == 0 ? GOOD.replace("\"ordinal\":11", "\"ordinal\":0") : GOOD).append('\n');
    }
    Path file = dir.resolve("s.jsonl");
    Files.writeString(file, text);
    Validation all = JSON.lines().validate(file);
    assertThat(all.problems())
        .extracting(ParleyJsonException::line)
        .containsExactly(3, 6, 9, 12, 15, 18, 21, 24, 27, 30);
    assertThat(all.sessions()).isEqualTo(20);
    Validation capped = ParleyJson.builder().maxProblems(4).build().lines().validate(file);
    assertThat(capped.problems()).hasSize(4);
    assertThat(capped.problemCount()).isEqualTo(10);
    assertThat(capped.isValid()).isFalse();
  }

  @Test
  void aByteOrderMarkIsAcceptedInJsonLinesAsInADocument(@TempDir Path dir) throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path lines = dir.resolve("bom.jsonl");
    Path document = dir.resolve("bom.json");
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.writeBytes(bom);
    both.writeBytes((GOOD + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(lines, both.toByteArray());
    Files.write(document, concat(bom, GOOD));
    try (Stream<Session> s = JSON.lines().read(lines)) {
      assertThat(s.count()).isEqualTo(2);
    }
    assertThat(JSON.readSession(document)).isEqualTo(ParleyJsonTest.sample());
    assertThat(JSON.lines().validate(lines).sessions()).isEqualTo(2);
    try (Stream<Session> s = JSON.lines().read(new java.io.StringReader("\uFEFF" + GOOD))) {
      assertThat(s.count()).isEqualTo(1);
    }
  }

  private static byte[] concat(byte[] head, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head);
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void aLineWithoutEndIsRefusedAtTheLimitWithinBoundedMemory(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("zeros.jsonl");
    Files.write(file, new byte[3 << 20]);
    Validation v = ParleyJson.builder().maxLineLength(1 << 20).build().lines().validate(file);
    assertThat(v.problems()).hasSize(1);
    assertThat(v.problems().get(0).getMessage())
        .isEqualTo(
            "$ (line 1, column 1048577): the line is longer than the limit of 1048576 bytes"
                + " (maxLineLength)");
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("s.jsonl");
    JSON.lines().write(List.of(ParleyJsonTest.sample()), file);
    byte[] before = Files.readAllBytes(file);
    Iterable<Session> failing =
        () ->
            new Iterator<>() {
              int n;

              @Override
              public boolean hasNext() {
                return true;
              }

              @Override
              public Session next() {
                if (n++ == 3) {
                  throw new UncheckedIOException(new IOException("disk full"));
                }
                return ParleyJsonTest.sample();
              }
            };
    assertThatThrownBy(() -> JSON.lines().write(failing, file))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(file);
    }
  }

  @Test
  void valuesAreSharedWithinAStreamNotBeyondIt() {
    String text = GOOD + "\n" + GOOD + "\n";
    List<Session> first;
    List<Session> second;
    try (Stream<Session> s = JSON.lines().read(new java.io.StringReader(text))) {
      first = s.toList();
    }
    try (Stream<Session> s = JSON.lines().read(new java.io.StringReader(text))) {
      second = s.toList();
    }
    assertThat(first.get(1).dialogue()).isSameAs(first.get(0).dialogue());
    assertThat(second.get(0).dialogue()).isEqualTo(first.get(0).dialogue());
    assertThat(second.get(0).dialogue()).isNotSameAs(first.get(0).dialogue());
  }
}
