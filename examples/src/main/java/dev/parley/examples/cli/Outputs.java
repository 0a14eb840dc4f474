package dev.parley.examples.cli;

import dev.parley.core.io.AtomicFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * The files a command writes: each through {@link AtomicFile}, so a failure (a full disk) leaves
 * the old file as it was and no temporary file behind. A target that exists and is not a regular
 * file (a directory, a FIFO, a device such as {@code /dev/null}) is refused rather than replaced.
 */
final class Outputs {
  private Outputs() {}

  /**
   * Replaces the file with the text, in UTF-8.
   *
   * @throws InvalidInput if the target is not a regular file or the write fails
   */
  static void write(Path file, String text) {
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new InvalidInput(
          List.of(file + ": cannot write: it exists and is not a regular file; name a new file"));
    }
    try {
      AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    } catch (UncheckedIOException e) {
      throw new InvalidInput(
          List.of(
              file + ": cannot write: " + e.getCause().getMessage() + "; the file is unchanged"));
    }
  }
}
