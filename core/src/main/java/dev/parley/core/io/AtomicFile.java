package dev.parley.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes a file so that whoever reads it sees either its old content or the whole new content,
 * never a part: the content goes to a temporary file in the target's directory, which is flushed
 * and synced to the disk, then moved over the target in one step. If anything fails (a full disk,
 * an exception while the content is produced) the target is left as it was and the temporary file
 * is removed. Every file that Parley and the {@code parley} command write goes through here.
 */
public final class AtomicFile {

  /** What to write: the whole new content of a file, produced onto a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content. The stream is buffered by the caller's choice only; it is closed for you.
     *
     * @param out the stream of the temporary file
     * @throws IOException if writing fails; the target is then left untouched
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /**
   * Replaces the content of {@code target} (or creates it) with what {@code content} writes.
   *
   * @param target the file to write; its directory must exist
   * @param content the new content
   * @throws UncheckedIOException if the content cannot be written, synced or moved into place; the
   *     target then keeps its old content and no temporary file is left behind
   * @throws RuntimeException whatever {@code content} throws, after the same clean-up
   */
  public static void write(Path target, Content content) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary;
    try {
      temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file beside " + target, e);
    }
    boolean moved = false;
    try {
      try (FileChannel channel =
          FileChannel.open(
              temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        OutputStream out = Channels.newOutputStream(channel);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      move(temporary, absolute);
      moved = true;
      syncDirectory(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The write has already failed; that failure is the one to report.
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Makes the rename itself durable where the platform allows a directory to be synced. */
  private static void syncDirectory(Path directory) {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every platform can sync a directory (Windows cannot); the file itself is synced.
    }
  }
}
