package dev.parley.examples.cli;

import dev.parley.core.model.Session;
import dev.parley.json.ParleyJson;
import dev.parley.json.ParleyJsonException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Reading the files a command is given, with problems as {@code FILE:LINE:COLUMN} lines. */
final class Inputs {
  static final ParleyJson JSON = ParleyJson.defaults();

  /** The indented documents the commands print for other programs. */
  static final ParleyJson PRETTY = ParleyJson.builder().pretty(true).build();

  private Inputs() {}

  /** How a bad document is reported: {@code FILE:LINE:COLUMN: JSON-PATH: message}. */
  static String describe(Path file, ParleyJsonException e) {
    return file + ":" + e.line() + ":" + e.column() + ": " + e.path() + ": " + e.problem();
  }

  static String describe(Path file, UncheckedIOException e) {
    return file + ": cannot read: " + e.getCause();
  }

  /** Whether a file holds JSON Lines, by its name. */
  static boolean isLines(Path file) {
    return file.getFileName().toString().endsWith(".jsonl");
  }

  /**
   * Passes each session of a session document, a history document or a JSON Lines file to the
   * consumer, streaming JSON Lines.
   *
   * @return the number of sessions
   */
  static long forEachSession(Path file, Consumer<Session> consumer) {
    return reading(
        file,
        () -> {
          if (isLines(file)) {
            long[] count = {0};
            try (Stream<Session> sessions = JSON.lines().read(file)) {
              sessions.forEach(
                  s -> {
                    count[0]++;
                    consumer.accept(s);
                  });
            }
            return count[0];
          }
          List<Session> sessions = JSON.readSessions(file);
          sessions.forEach(consumer);
          return (long) sessions.size();
        });
  }

  static Session session(Path file) {
    return reading(file, () -> JSON.readSession(file));
  }

  /** Runs a read of the file, turning a bad document or file into {@link InvalidInput}. */
  private static <T> T reading(Path file, Supplier<T> read) {
    try {
      return read.get();
    } catch (ParleyJsonException e) {
      throw new InvalidInput(List.of(describe(file, e)));
    } catch (UncheckedIOException e) {
      throw new InvalidInput(List.of(describe(file, e)));
    }
  }
}
