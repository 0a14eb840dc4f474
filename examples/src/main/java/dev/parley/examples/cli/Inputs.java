package dev.parley.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.parley.core.model.Session;
import dev.parley.json.ParleyJson;
import dev.parley.json.ParleyJsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

  /** The file name that means standard input. */
  static final String STANDARD_INPUT = "-";

  /** The most of standard input that is read, which is read whole: 256 MiB. */
  static final int STANDARD_INPUT_LIMIT = 256 << 20;

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

  /** Whether the file is {@code -}, standard input. */
  static boolean isStandardInput(Path file) {
    return file.toString().equals(STANDARD_INPUT);
  }

  /**
   * Refuses what is not a regular file before it is opened: a directory cannot be read as a
   * document, and a FIFO or device would block or never end. Standard input is named {@code -}.
   */
  static void refuseNonRegular(Path file) {
    if (isStandardInput(file) || Files.isRegularFile(file) || !Files.exists(file)) {
      return;
    }
    String what =
        Files.isDirectory(file) ? "a directory" : "not a regular file (a FIFO, socket or device)";
    throw new InvalidInput(
        List.of(file + ": is " + what + "; name a file, or - to read standard input"));
  }

  /**
   * Passes each session of a session document, a history document or a JSON Lines file to the
   * consumer, streaming JSON Lines; {@code -} reads standard input, of any of the three kinds.
   *
   * @return the number of sessions
   */
  static long forEachSession(Path file, Consumer<Session> consumer) {
    return reading(
        file,
        () -> {
          if (isStandardInput(file)) {
            return forEachOfStandardInput(consumer);
          }
          if (isLines(file)) {
            try (Stream<Session> sessions = JSON.lines().read(file)) {
              return count(sessions, consumer);
            }
          }
          List<Session> sessions = JSON.readSessions(file);
          sessions.forEach(consumer);
          return (long) sessions.size();
        });
  }

  static Session session(Path file) {
    return reading(
        file,
        () -> isStandardInput(file) ? JSON.readSession(standardInput()) : JSON.readSession(file));
  }

  private static long count(Stream<Session> sessions, Consumer<Session> consumer) {
    long[] count = {0};
    sessions.forEach(
        s -> {
          count[0]++;
          consumer.accept(s);
        });
    return count[0];
  }

  /** Standard input, read whole: a session or history document, or JSON Lines. */
  private static long forEachOfStandardInput(Consumer<Session> consumer) {
    byte[] bytes = standardInput();
    switch (kind(bytes)) {
      case "lines":
        try (Stream<Session> sessions = JSON.lines().read(new ByteArrayInputStream(bytes))) {
          return count(sessions, consumer);
        }
      case "history":
        List<Session> sessions = JSON.readHistory(bytes).sessions();
        sessions.forEach(consumer);
        return sessions.size();
      default:
        consumer.accept(JSON.readSession(bytes));
        return 1;
    }
  }

  private static byte[] standardInput() {
    try {
      InputStream in = System.in;
      byte[] bytes = in.readNBytes(STANDARD_INPUT_LIMIT + 1);
      if (bytes.length > STANDARD_INPUT_LIMIT) {
        throw new InvalidInput(
            List.of(
                STANDARD_INPUT
                    + ": standard input is longer than "
                    + (STANDARD_INPUT_LIMIT >> 20)
                    + " MiB; give it as a file"));
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What standard input holds, by a look at its top level: several values are JSON Lines, one value
   * with a {@code history} member a history document, anything else is read as a session document
   * (and reported as such if it is not one).
   */
  private static String kind(byte[] bytes) {
    try (JsonParser p = new JsonFactory().createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return "session";
      }
      boolean history = false;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        history |= "history".equals(p.currentName());
        p.nextToken();
        p.skipChildren();
      }
      if (p.nextToken() != null) {
        return "lines";
      }
      return history ? "history" : "session";
    } catch (IOException e) {
      return "session";
    }
  }

  /** Runs a read of the file, turning a bad document or file into {@link InvalidInput}. */
  private static <T> T reading(Path file, Supplier<T> read) {
    refuseNonRegular(file);
    try {
      return read.get();
    } catch (ParleyJsonException e) {
      throw new InvalidInput(List.of(describe(file, e)));
    } catch (UncheckedIOException e) {
      throw new InvalidInput(List.of(describe(file, e)));
    }
  }
}
