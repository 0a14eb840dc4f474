package dev.parley.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void createsAFileWithTheWholeContent() throws IOException {
    Path file = dir.resolve("a.json");
    AtomicFile.write(file, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(file)).isEqualTo("{}");
    assertThat(entries()).containsExactly(file);
  }

  @Test
  void replacesAnExistingFile() throws IOException {
    Path file = dir.resolve("a.json");
    Files.writeString(file, "old content that is longer");
    AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(file)).isEqualTo("new");
  }

  @Test
  void aFailingWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("a.json");
    Files.writeString(file, "old");
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    file,
                    out -> {
                      out.write(new byte[12_288]);
                      throw new IOException("No space left on device");
                    }))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("No space left on device");
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(entries()).containsExactly(file);
  }

  @Test
  void aContentThatThrowsAnUncheckedExceptionLeavesNoTrace() throws IOException {
    Path file = dir.resolve("new.json");
    assertThatThrownBy(
            () ->
                AtomicFile.write(
                    file,
                    out -> {
                      out.write(1);
                      throw new IllegalArgumentException("bad record");
                    }))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(entries()).isEmpty();
  }

  @Test
  void aMissingDirectoryIsReportedAsAnIoFailure() {
    Path file = dir.resolve("missing").resolve("a.json");
    assertThatThrownBy(() -> AtomicFile.write(file, out -> out.write(1)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(file.toString());
  }

  private java.util.List<Path> entries() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }
}
