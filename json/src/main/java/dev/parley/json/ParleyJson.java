package dev.parley.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.Session;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads and writes Parley records as JSON: one session, one dialogue history, or JSON Lines of
 * sessions.
 *
 * <p>Every document names its format version first: {@code {"parley": "1.0", "session": {...}}} or
 * {@code {"parley": "1.0", "history": {"dialogue": {...}, "sessions": [...]}}}. JSON Lines hold one
 * session document per line. Output is canonical: members in a fixed order, absent values and empty
 * lists left out, so writing what was read gives the same bytes.
 *
 * <p>Reading is strict and safe for documents from strangers: anything wrong with a document throws
 * {@link ParleyJsonException} with the JSON path, line and column; nesting deeper than {@link
 * Builder#maxDepth}, strings longer than {@link Builder#maxStringLength} and documents larger than
 * {@link Builder#maxDocumentLength} are refused. Failures of the underlying file or stream throw
 * {@link UncheckedIOException}.
 *
 * <p>Instances are immutable and thread-safe; share one.
 */
public final class ParleyJson {
  /** The version of the format this library writes, and the major version it reads. */
  public static final String FORMAT_VERSION = "1.0";

  private static final int MAJOR = 1;
  private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");
  private static final ParleyJson DEFAULTS = builder().build();

  private final JsonFactory factory;
  private final boolean pretty;
  private final long maxDocumentLength;

  private ParleyJson(Builder b) {
    this.pretty = b.pretty;
    this.maxDocumentLength = b.maxDocumentLength;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(b.maxDepth)
                    .maxStringLength(b.maxStringLength)
                    .maxDocumentLength(b.maxDocumentLength)
                    .maxNumberLength(20)
                    .build())
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();
    factory.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /**
   * Compact output, strict reading and the default limits: depth 64, strings of 1,048,576
   * characters, documents of 1 GiB.
   *
   * @return the shared default instance
   */
  public static ParleyJson defaults() {
    return DEFAULTS;
  }

  /**
   * A builder for the options.
   *
   * @return a builder with the defaults set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Options of a {@link ParleyJson}. */
  public static final class Builder {
    private boolean pretty;
    private int maxDepth = 64;
    private int maxStringLength = 1 << 20;
    private long maxDocumentLength = 1L << 30;

    private Builder() {}

    /**
     * Whether to indent output for people (two spaces, one member per line). Off by default; JSON
     * Lines are always compact.
     *
     * @param pretty true to indent
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * The deepest nesting of objects and arrays a document may have. The format needs 9; the
     * default is 64.
     *
     * @param maxDepth the limit, at least 16
     * @return this builder
     */
    public Builder maxDepth(int maxDepth) {
      if (maxDepth < 16) {
        throw new IllegalArgumentException("maxDepth " + maxDepth + " is below 16");
      }
      this.maxDepth = maxDepth;
      return this;
    }

    /**
     * The longest string a document may contain, in characters; the default is 1,048,576.
     *
     * @param maxStringLength the limit, positive
     * @return this builder
     */
    public Builder maxStringLength(int maxStringLength) {
      if (maxStringLength < 1) {
        throw new IllegalArgumentException("maxStringLength " + maxStringLength + " is below 1");
      }
      this.maxStringLength = maxStringLength;
      return this;
    }

    /**
     * The largest document, in bytes for byte input and characters for text input; for JSON Lines,
     * the longest line. The default is 1 GiB.
     *
     * @param maxDocumentLength the limit, positive
     * @return this builder
     */
    public Builder maxDocumentLength(long maxDocumentLength) {
      if (maxDocumentLength < 1) {
        throw new IllegalArgumentException(
            "maxDocumentLength " + maxDocumentLength + " is below 1");
      }
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    /**
     * Creates the reader and writer.
     *
     * @return the configured instance
     */
    public ParleyJson build() {
      return new ParleyJson(this);
    }
  }

  // ---------------------------------------------------------------- documents

  /** The two document shapes: the payload member's name and how it is read and written. */
  private enum Shape {
    SESSION("session"),
    HISTORY("history");

    final String member;

    Shape(String member) {
      this.member = member;
    }
  }

  private void writeDocument(JsonGenerator g, Shape shape, Object record) throws IOException {
    g.writeStartObject();
    g.writeStringField("parley", FORMAT_VERSION);
    g.writeFieldName(shape.member);
    if (shape == Shape.SESSION) {
      SessionFormat.FORMAT.write(g, (Session) record);
    } else {
      HistoryFormat.write(g, (DialogueHistory) record);
    }
    g.writeEndObject();
  }

  private Object readDocument(JsonParser p, Shape shape) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw Reading.fail(p, "the document is empty");
    }
    Reading.expect(p, JsonToken.START_OBJECT, "a Parley document (an object)");
    if (p.nextToken() != JsonToken.FIELD_NAME || !"parley".equals(p.currentName())) {
      throw Reading.fail(
          p,
          "a Parley document starts with its format version, {\"parley\": \""
              + FORMAT_VERSION
              + "\", ...}");
    }
    p.nextToken();
    checkVersion(p, Reading.string(p));
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      throw Reading.fail(
          p, "the document has no " + (shape == null ? "session or history" : shape.member));
    }
    Shape found =
        Shape.SESSION.member.equals(p.currentName())
            ? Shape.SESSION
            : Shape.HISTORY.member.equals(p.currentName()) ? Shape.HISTORY : null;
    if (found == null || (shape != null && found != shape)) {
      throw Reading.fail(
          p,
          "expected a "
              + (shape == null ? "session or history" : shape.member)
              + " document, found member \""
              + p.currentName()
              + "\"");
    }
    p.nextToken();
    Object record = found == Shape.SESSION ? SessionFormat.FORMAT.read(p) : HistoryFormat.read(p);
    JsonToken end = p.nextToken();
    if (end != JsonToken.END_OBJECT) {
      throw Reading.fail(
          p,
          "unexpected "
              + (end == JsonToken.FIELD_NAME ? "member \"" + p.currentName() + "\"" : "content")
              + " after the "
              + found.member);
    }
    if (p.nextToken() != null) {
      throw Reading.fail(p, "unexpected content after the end of the document");
    }
    return record;
  }

  private static void checkVersion(JsonParser p, String version) {
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      throw Reading.fail(
          p, "format version \"" + version + "\" is not of the form MAJOR.MINOR, such as 1.0");
    }
    int major = Integer.parseInt(m.group(1));
    if (major != MAJOR) {
      throw Reading.fail(
          p,
          "format version "
              + version
              + " is "
              + (major > MAJOR ? "newer than" : "older than")
              + " the version this library reads ("
              + MAJOR
              + ".x)"
              + (major > MAJOR ? "; upgrade Parley to read it" : ""));
    }
  }

  // ---------------------------------------------------------------- writing

  private JsonGenerator configure(JsonGenerator g, boolean indent) {
    if (indent) {
      DefaultIndenter lines = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(lines)
              .withArrayIndenter(lines));
    }
    return g;
  }

  private void write(Shape shape, Object record, Writer out) {
    try (JsonGenerator g = configure(factory.createGenerator(out), pretty)) {
      writeDocument(g, shape, record);
      if (pretty) {
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Shape shape, Object record, OutputStream out) {
    try (JsonGenerator g = configure(factory.createGenerator(out, JsonEncoding.UTF8), pretty)) {
      writeDocument(g, shape, record);
      if (pretty) {
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The session as a document.
   *
   * @param session the session
   * @return the JSON text
   */
  public String write(Session session) {
    StringWriter out = new StringWriter();
    write(Shape.SESSION, session, out);
    return out.toString();
  }

  /**
   * The session as a document, UTF-8.
   *
   * @param session the session
   * @return the bytes
   */
  public byte[] writeBytes(Session session) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(Shape.SESSION, session, out);
    return out.toByteArray();
  }

  /**
   * Writes the session as a document; the writer is flushed, not closed.
   *
   * @param session the session
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(Session session, Writer out) {
    write(Shape.SESSION, session, out);
  }

  /**
   * Writes the session as a UTF-8 document; the stream is flushed, not closed.
   *
   * @param session the session
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(Session session, OutputStream out) {
    write(Shape.SESSION, session, out);
  }

  /**
   * Writes the session as a UTF-8 document to a file, replacing it.
   *
   * @param session the session
   * @param file the file
   * @throws UncheckedIOException if writing fails
   */
  public void write(Session session, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(Shape.SESSION, session, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The history as a document.
   *
   * @param history the history
   * @return the JSON text
   */
  public String write(DialogueHistory history) {
    StringWriter out = new StringWriter();
    write(Shape.HISTORY, history, out);
    return out.toString();
  }

  /**
   * The history as a document, UTF-8.
   *
   * @param history the history
   * @return the bytes
   */
  public byte[] writeBytes(DialogueHistory history) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(Shape.HISTORY, history, out);
    return out.toByteArray();
  }

  /**
   * Writes the history as a document; the writer is flushed, not closed.
   *
   * @param history the history
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(DialogueHistory history, Writer out) {
    write(Shape.HISTORY, history, out);
  }

  /**
   * Writes the history as a UTF-8 document; the stream is flushed, not closed.
   *
   * @param history the history
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(DialogueHistory history, OutputStream out) {
    write(Shape.HISTORY, history, out);
  }

  /**
   * Writes the history as a UTF-8 document to a file, replacing it.
   *
   * @param history the history
   * @param file the file
   * @throws UncheckedIOException if writing fails
   */
  public void write(DialogueHistory history, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(Shape.HISTORY, history, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- reading

  /** Opens a parser on some input. */
  private interface Source {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  /**
   * Reads one document, turning every problem with its content into a ParleyJsonException. Failures
   * of the input itself are UncheckedIOException, unless the input is in memory.
   */
  private Object read(Object input, Source source, Shape shape, boolean inMemory) {
    Objects.requireNonNull(input, "input");
    JsonParser p = null;
    try {
      p = source.open(factory);
      return readDocument(p, shape);
    } catch (JsonProcessingException e) {
      throw translate(p, e);
    } catch (CharConversionException e) {
      throw new ParleyJsonException(
          "$", -1, -1, "the document is not UTF-8 text: " + e.getMessage(), e);
    } catch (IOException e) {
      if (inMemory) {
        throw new ParleyJsonException("$", -1, -1, "the document cannot be read: " + e, e);
      }
      throw new UncheckedIOException(e);
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException e) {
          // Closing an in-memory or caller-owned source: nothing left to report.
        }
      }
    }
  }

  private static ParleyJsonException translate(JsonParser p, JsonProcessingException e) {
    String path = p == null ? "$" : Reading.path(p.getParsingContext());
    return Reading.failAt(
        path,
        e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation(),
        "malformed JSON: " + e.getOriginalMessage(),
        e);
  }

  private static byte[] utf8(byte[] bytes) {
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        throw new ParleyJsonException(
            "$", 1, 1, "the document is not UTF-8 (it looks like UTF-16 or UTF-32)", null);
      }
    }
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw new ParleyJsonException(
          "$", 1, 1, "the document is not UTF-8 (it starts with a UTF-16 byte order mark)", null);
    }
    return bytes;
  }

  private static InputStream utf8(InputStream in) throws IOException {
    PushbackInputStream peek = new PushbackInputStream(in, 4);
    byte[] head = new byte[4];
    int n = peek.readNBytes(head, 0, 4);
    byte[] start = Arrays.copyOf(head, n);
    utf8(start);
    peek.unread(start);
    return peek;
  }

  /**
   * Reads a session document.
   *
   * @param json the document
   * @return the session
   * @throws ParleyJsonException if the document is not a valid session document
   */
  public Session readSession(String json) {
    return (Session) read(json, f -> f.createParser(json), Shape.SESSION, true);
  }

  /**
   * Reads a UTF-8 session document.
   *
   * @param json the document's bytes
   * @return the session
   * @throws ParleyJsonException if the document is not a valid session document
   */
  public Session readSession(byte[] json) {
    return (Session) read(json, f -> f.createParser(utf8(json)), Shape.SESSION, true);
  }

  /**
   * Reads a session document; the reader is not closed.
   *
   * @param json the document
   * @return the session
   * @throws ParleyJsonException if the document is not a valid session document
   * @throws UncheckedIOException if reading fails
   */
  public Session readSession(Reader json) {
    return (Session) read(json, f -> f.createParser(json), Shape.SESSION, false);
  }

  /**
   * Reads a UTF-8 session document; the stream is not closed.
   *
   * @param json the document
   * @return the session
   * @throws ParleyJsonException if the document is not a valid session document
   * @throws UncheckedIOException if reading fails
   */
  public Session readSession(InputStream json) {
    return (Session) read(json, f -> f.createParser(utf8(json)), Shape.SESSION, false);
  }

  /**
   * Reads a UTF-8 session document from a file.
   *
   * @param file the file
   * @return the session
   * @throws ParleyJsonException if the document is not a valid session document
   * @throws UncheckedIOException if the file cannot be read
   */
  public Session readSession(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readSession(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a history document.
   *
   * @param json the document
   * @return the history
   * @throws ParleyJsonException if the document is not a valid history document
   */
  public DialogueHistory readHistory(String json) {
    return (DialogueHistory) read(json, f -> f.createParser(json), Shape.HISTORY, true);
  }

  /**
   * Reads a UTF-8 history document.
   *
   * @param json the document's bytes
   * @return the history
   * @throws ParleyJsonException if the document is not a valid history document
   */
  public DialogueHistory readHistory(byte[] json) {
    return (DialogueHistory) read(json, f -> f.createParser(utf8(json)), Shape.HISTORY, true);
  }

  /**
   * Reads a history document; the reader is not closed.
   *
   * @param json the document
   * @return the history
   * @throws ParleyJsonException if the document is not a valid history document
   * @throws UncheckedIOException if reading fails
   */
  public DialogueHistory readHistory(Reader json) {
    return (DialogueHistory) read(json, f -> f.createParser(json), Shape.HISTORY, false);
  }

  /**
   * Reads a UTF-8 history document; the stream is not closed.
   *
   * @param json the document
   * @return the history
   * @throws ParleyJsonException if the document is not a valid history document
   * @throws UncheckedIOException if reading fails
   */
  public DialogueHistory readHistory(InputStream json) {
    return (DialogueHistory) read(json, f -> f.createParser(utf8(json)), Shape.HISTORY, false);
  }

  /**
   * Reads a UTF-8 history document from a file.
   *
   * @param file the file
   * @return the history
   * @throws ParleyJsonException if the document is not a valid history document
   * @throws UncheckedIOException if the file cannot be read
   */
  public DialogueHistory readHistory(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readHistory(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the sessions of a UTF-8 file that holds either a session document or a history document.
   *
   * @param file the file
   * @return the one session, or the history's sessions in date order
   * @throws ParleyJsonException if the file is neither a valid session nor a valid history document
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<Session> readSessions(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Object record = read(in, f -> f.createParser(utf8(in)), null, false);
      return record instanceof Session
          ? List.of((Session) record)
          : ((DialogueHistory) record).sessions();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- JSON Lines

  /**
   * Writes sessions as JSON Lines: one compact session document per line, each ending in {@code
   * \n}. The writer is flushed, not closed.
   *
   * @param sessions the sessions, read once
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writeLines(Iterable<Session> sessions, Writer out) {
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.setRootValueSeparator(null);
      for (Session s : sessions) {
        writeDocument(g, Shape.SESSION, s);
        g.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes sessions as UTF-8 JSON Lines to a file, replacing it.
   *
   * @param sessions the sessions, read once
   * @param file the file
   * @throws UncheckedIOException if writing fails
   */
  public void writeLines(Iterable<Session> sessions, Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeLines(sessions, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads JSON Lines of session documents lazily: each session is read when the stream reaches it,
   * so a file of any length is processed in constant memory. Blank lines are skipped. Close the
   * stream to close the reader.
   *
   * @param lines the text
   * @return the sessions in file order
   * @throws ParleyJsonException from the stream's operations, if a line is not a valid session
   *     document; its line is the line in the file
   * @throws UncheckedIOException from the stream's operations, if reading fails
   */
  public Stream<Session> readLines(Reader lines) {
    LineSessions iterator = new LineSessions(new BufferedReader(lines, 1 << 16));
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(iterator::close);
  }

  /**
   * Reads UTF-8 JSON Lines of session documents lazily; see {@link #readLines(Reader)}. Bytes that
   * are not UTF-8 are reported as a {@link ParleyJsonException}.
   *
   * @param lines the bytes
   * @return the sessions in order
   */
  public Stream<Session> readLines(InputStream lines) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return readLines(new InputStreamReader(lines, strict));
  }

  /**
   * Reads a UTF-8 JSON Lines file of session documents lazily; see {@link #readLines(Reader)}.
   * Close the stream to close the file.
   *
   * @param file the file
   * @return the sessions in order
   * @throws UncheckedIOException if the file cannot be opened
   */
  public Stream<Session> readLines(Path file) {
    try {
      return readLines(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sessions of JSON Lines, one line at a time. */
  private final class LineSessions implements Iterator<Session> {
    private final BufferedReader in;
    private final StringBuilder line = new StringBuilder();
    private long number;
    private Session next;
    private boolean done;

    LineSessions(BufferedReader in) {
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !done) {
        String text = nextLine();
        if (text == null) {
          done = true;
        } else if (!text.isBlank()) {
          next = parse(text);
        }
      }
      return next != null;
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

    private Session parse(String text) {
      try {
        return readSession(text);
      } catch (ParleyJsonException e) {
        throw new ParleyJsonException(
            e.path(), (int) Math.min(Integer.MAX_VALUE, number), e.column(), e.problem(), e);
      }
    }

    /** The next line without its terminator, or null at the end; refuses over-long lines. */
    private String nextLine() {
      line.setLength(0);
      try {
        int c = in.read();
        if (c < 0) {
          return null;
        }
        number++;
        while (c >= 0 && c != '\n') {
          if (line.length() >= maxDocumentLength) {
            throw new ParleyJsonException(
                "$",
                (int) Math.min(Integer.MAX_VALUE, number),
                line.length() + 1,
                "line is longer than the limit of " + maxDocumentLength + " characters",
                null);
          }
          line.append((char) c);
          c = in.read();
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      } catch (CharConversionException | CharacterCodingException e) {
        throw new ParleyJsonException(
            "$",
            (int) Math.min(Integer.MAX_VALUE, number),
            line.length() + 1,
            "line is not UTF-8 text: " + e,
            e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
