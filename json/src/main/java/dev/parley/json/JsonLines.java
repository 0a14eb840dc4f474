package dev.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.parley.core.io.AtomicFile;
import dev.parley.core.model.Session;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * JSON Lines of sessions, from {@link ParleyJson#lines()}: one compact session document per line,
 * each ending in {@code \n}. Reading is lazy, one line at a time, so a file of any length is read
 * in memory bounded by the longest line, which may be at most {@link
 * ParleyJsonBuilder#maxLineLength} (8 MiB by default); the limit is enforced while the line is
 * read, before it is held. Blank lines are skipped; a UTF-8 byte order mark at the start is
 * accepted, as in a {@code .json} file. Every problem names the line in the file, and its column
 * from 1.
 */
public final class JsonLines {
  private static final List<Document<?>> SESSION = List.of(Document.SESSION);

  private final Codec codec;

  JsonLines(ParleyJson json) {
    this.codec = json.codec;
  }

  static boolean isLines(Path file) {
    return file.getFileName().toString().endsWith(".jsonl");
  }

  /** The problem as found on the given line of the file. */
  static ParleyJsonException onLine(ParleyJsonException e, long line) {
    return new ParleyJsonException(
        e.path(), (int) Math.min(Integer.MAX_VALUE, line), e.column(), e.problem(), e);
  }

  /**
   * Writes sessions as UTF-8 JSON Lines; the stream is flushed, not closed.
   *
   * @param sessions the sessions, read once
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(Iterable<Session> sessions, OutputStream out) {
    try (JsonGenerator g = codec.factory.createGenerator(out)) {
      write(sessions, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes sessions as JSON Lines; the writer is flushed, not closed.
   *
   * @param sessions the sessions, read once
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(Iterable<Session> sessions, Writer out) {
    try (JsonGenerator g = codec.factory.createGenerator(out)) {
      write(sessions, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Iterable<Session> sessions, JsonGenerator g) throws IOException {
    g.setRootValueSeparator(null);
    for (Session s : sessions) {
      Document.SESSION.write(g, s);
      g.writeRaw('\n');
    }
  }

  /**
   * Writes sessions as UTF-8 JSON Lines to a file atomically: readers see the old file or the whole
   * new one, never an empty or cut file.
   *
   * @param sessions the sessions, read once
   * @param file the file
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public void write(Iterable<Session> sessions, Path file) {
    AtomicFile.write(file, out -> write(sessions, out));
  }

  /**
   * Reads UTF-8 JSON Lines of sessions lazily. Close the stream to close the input.
   *
   * @param lines the bytes
   * @return the sessions in order
   * @throws ParleyJsonException from the stream's operations, at the first bad line
   * @throws UncheckedIOException from the stream's operations, if reading fails
   */
  public Stream<Session> read(InputStream lines) {
    return stream(new ByteLines(lines, codec.maxLineLength));
  }

  /**
   * Reads JSON Lines of sessions lazily. Close the stream to close the reader.
   *
   * @param lines the text
   * @return the sessions in order
   * @throws ParleyJsonException from the stream's operations, at the first bad line
   * @throws UncheckedIOException from the stream's operations, if reading fails
   */
  public Stream<Session> read(Reader lines) {
    return stream(new CharLines(lines, codec.maxLineLength));
  }

  /**
   * Reads a UTF-8 JSON Lines file of sessions lazily. Close the stream to close the file.
   *
   * @param file the file
   * @return the sessions in order
   * @throws UncheckedIOException if the file cannot be opened
   */
  public Stream<Session> read(Path file) {
    try {
      return read(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks every line of a UTF-8 JSON Lines file and reports every problem one pass finds, up to
   * {@link ParleyJsonBuilder#maxProblems}, each bad line with its line number; beyond the limit,
   * bad lines are counted. A line longer than the limit ends the check there.
   *
   * @param file the file
   * @return the problems, and how many sessions were read without one
   * @throws UncheckedIOException if the file cannot be read
   */
  public Validation validate(Path file) {
    Reading.Problems problems = new Reading.Problems(codec.maxProblems);
    long sessions = 0;
    Reading.Interner interner = Reading.Interner.forStream();
    try (Lines lines = new ByteLines(Files.newInputStream(file), codec.maxLineLength)) {
      while (lines.next()) {
        if (!lines.blank()) {
          problems.line(lines.number);
          sessions += codec.read(lines.source(), SESSION, true, interner, problems) == null ? 0 : 1;
        }
      }
    } catch (ParleyJsonException tooLong) {
      problems.line(0);
      problems.add(tooLong);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Validation(problems.found(), problems.count(), sessions);
  }

  /** Rewrites a JSON Lines file in the current format, atomically; returns the sessions. */
  long upgrade(Path file) {
    long[] count = {0};
    AtomicFile.write(
        file,
        out -> {
          try (Stream<Session> sessions = read(file)) {
            write(() -> sessions.peek(s -> count[0]++).iterator(), out);
          }
        });
    return count[0];
  }

  private Stream<Session> stream(Lines lines) {
    Iterator<Session> sessions =
        new Iterator<>() {
          private final Reading.Interner interner = Reading.Interner.forStream();
          private Session next;

          @Override
          public boolean hasNext() {
            try {
              while (next == null && lines.next()) {
                if (!lines.blank()) {
                  next = read();
                }
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            return next != null;
          }

          private Session read() {
            try {
              return (Session) codec.read(lines.source(), SESSION, true, interner, null);
            } catch (ParleyJsonException e) {
              throw onLine(e, lines.number);
            }
          }

          @Override
          public Session next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Session s = next;
            next = null;
            return s;
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                sessions, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                lines.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** The lines of an input, one at a time, each at most the limit long. */
  private abstract static class Lines implements Closeable {
    final int limit;
    long number;

    Lines(int limit) {
      this.limit = limit;
    }

    /** Moves to the next line; false at the end. A line beyond the limit fails as it is read. */
    abstract boolean next() throws IOException;

    abstract boolean blank();

    abstract Codec.Source source();

    ParleyJsonException tooLong(String unit) {
      return new ParleyJsonException(
          "$",
          (int) Math.min(Integer.MAX_VALUE, number + 1),
          limit + 1 > 0 ? limit + 1 : limit,
          "the line is longer than the limit of " + limit + " " + unit + " (maxLineLength)",
          null);
    }

    static boolean space(int c) {
      return c == ' ' || c == '\t' || c == '\r';
    }
  }

  /** Lines of UTF-8 bytes, split at {@code \n} bytes: no decoding before the parser's. */
  private static final class ByteLines extends Lines {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int end;
    private byte[] line = new byte[256];
    private int length;

    ByteLines(InputStream in, int limit) {
      super(limit);
      this.in = in;
    }

    @Override
    boolean next() throws IOException {
      length = 0;
      boolean any = false;
      while (true) {
        if (position == end) {
          end = Math.max(0, in.read(buffer));
          position = 0;
          if (end == 0) {
            if (!any) {
              return false;
            }
            break;
          }
        }
        any = true;
        int newline = position;
        while (newline < end && buffer[newline] != '\n') {
          newline++;
        }
        int n = newline - position;
        if (length + (long) n > limit) {
          throw tooLong("bytes");
        }
        if (length + n > line.length) {
          line = Arrays.copyOf(line, (int) Math.min(limit, Math.max(length + n, 2L * line.length)));
        }
        System.arraycopy(buffer, position, line, length, n);
        length += n;
        position = newline;
        if (newline < end) {
          position++;
          break;
        }
      }
      number++;
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      return true;
    }

    @Override
    boolean blank() {
      for (int i = 0; i < length; i++) {
        if (!space(line[i])) {
          return false;
        }
      }
      return true;
    }

    @Override
    Codec.Source source() {
      byte[] bytes = line;
      int n = length;
      return f -> {
        Codec.utf8(Arrays.copyOf(bytes, Math.min(n, 4)));
        return f.createParser(bytes, 0, n);
      };
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Lines of text, split at {@code \n}; a byte order mark at the start is dropped. */
  private static final class CharLines extends Lines {
    private final Reader in;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int end;
    private char[] line = new char[256];
    private int length;
    private int start;

    CharLines(Reader in, int limit) {
      super(limit);
      this.in = in;
    }

    @Override
    boolean next() throws IOException {
      length = 0;
      boolean any = false;
      while (true) {
        if (position == end) {
          end = Math.max(0, in.read(buffer));
          position = 0;
          if (end == 0) {
            if (!any) {
              return false;
            }
            break;
          }
        }
        any = true;
        int newline = position;
        while (newline < end && buffer[newline] != '\n') {
          newline++;
        }
        int n = newline - position;
        if (length + (long) n > limit) {
          throw tooLong("characters");
        }
        if (length + n > line.length) {
          line = Arrays.copyOf(line, (int) Math.min(limit, Math.max(length + n, 2L * line.length)));
        }
        System.arraycopy(buffer, position, line, length, n);
        length += n;
        position = newline;
        if (newline < end) {
          position++;
          break;
        }
      }
      number++;
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      start = number == 1 && length > 0 && line[0] == '\uFEFF' ? 1 : 0;
      return true;
    }

    @Override
    boolean blank() {
      for (int i = start; i < length; i++) {
        if (!space(line[i])) {
          return false;
        }
      }
      return true;
    }

    @Override
    Codec.Source source() {
      char[] chars = line;
      int from = start;
      int n = length - start;
      return f -> f.createParser(chars, from, n);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
