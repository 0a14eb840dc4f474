package dev.parley.json;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.history.TopicTimeline;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.Session;
import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes Parley records as JSON documents: a session, a dialogue's history, a topic
 * scheme, and, for other programs, an agenda diff and a topic timeline. {@link #lines()} reads and
 * writes JSON Lines of sessions.
 *
 * <p>Every document names its format version first: {@code {"parley": "2.0", "session": {...}}}.
 * Output is canonical: members in a fixed order, absent values, empty lists and false flags left
 * out, {@code null} never written, so writing what was read gives the same bytes. Within a session,
 * parties are declared once (the dialogue's parties, then the session's other parties) and named by
 * their code everywhere else. Documents of format 1.x, which repeated every party in full, are
 * still read; {@link #upgrade} rewrites them.
 *
 * <p>Versions: a minor version adds optional members only. A reader reads every document of its
 * major version; a member it does not know in a document of a newer minor version is refused with a
 * message naming both versions, never dropped.
 *
 * <p>Reading is strict and safe for documents from strangers: anything wrong throws {@link
 * ParleyJsonException} with the JSON path, line and column; {@link #validate} returns every problem
 * one pass finds. Nesting, string, document and line lengths are limited ({@link
 * ParleyJsonBuilder}). A failing file or stream throws {@link UncheckedIOException}. Every file is
 * written atomically: on failure the old file is left as it was.
 *
 * <p>Instances are immutable and thread-safe; share one. Nothing outlives a call.
 */
public final class ParleyJson {
  /** The version of the format this library writes; it reads 1.x and this major version. */
  public static final String FORMAT_VERSION = Document.VERSION;

  private static final List<Document<?>> SESSION = List.of(Document.SESSION);
  private static final List<Document<?>> HISTORY = List.of(Document.HISTORY);
  private static final List<Document<?>> EITHER = List.of(Document.SESSION, Document.HISTORY);
  private static final ParleyJson DEFAULTS = builder().build();

  final Codec codec;

  ParleyJson(ParleyJsonBuilder options) {
    this.codec = new Codec(options);
  }

  /**
   * Compact output, strict reading and the default limits of {@link ParleyJsonBuilder}.
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
  public static ParleyJsonBuilder builder() {
    return new ParleyJsonBuilder();
  }

  /**
   * The JSON Schema (draft 2020-12) of every document this version writes, made from the same
   * declarations as the reader and writer; the jar holds it as {@code
   * dev/parley/json/parley.schema.json}.
   *
   * @return the schema as indented JSON
   */
  public static String schema() {
    return Schema.json();
  }

  /**
   * JSON Lines of sessions with this instance's options.
   *
   * @return the reader and writer of JSON Lines
   */
  public JsonLines lines() {
    return new JsonLines(this);
  }

  /**
   * The session as a document.
   *
   * @param session the session
   * @return the JSON text
   */
  public String write(Session session) {
    return new String(writeBytes(session), StandardCharsets.UTF_8);
  }

  /**
   * The session as a UTF-8 document.
   *
   * @param session the session
   * @return the bytes
   */
  public byte[] writeBytes(Session session) {
    return codec.bytes(Document.SESSION, session);
  }

  /**
   * Writes the session as a UTF-8 document; the stream is flushed, not closed.
   *
   * @param session the session
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(Session session, OutputStream out) {
    codec.write(Document.SESSION, session, out);
  }

  /**
   * Writes the session to a file atomically, replacing it.
   *
   * @param session the session
   * @param file the file
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public void write(Session session, Path file) {
    codec.write(Document.SESSION, session, file);
  }

  /**
   * The history as a document.
   *
   * @param history the history
   * @return the JSON text
   */
  public String write(DialogueHistory history) {
    return new String(writeBytes(history), StandardCharsets.UTF_8);
  }

  /**
   * The history as a UTF-8 document.
   *
   * @param history the history
   * @return the bytes
   */
  public byte[] writeBytes(DialogueHistory history) {
    return codec.bytes(Document.HISTORY, history);
  }

  /**
   * Writes the history to a file atomically, replacing it.
   *
   * @param history the history
   * @param file the file
   * @throws UncheckedIOException if writing fails; the file is then as it was
   */
  public void write(DialogueHistory history, Path file) {
    codec.write(Document.HISTORY, history, file);
  }

  /**
   * The topics of a scheme as a scheme document, which {@link #readTopics} reads back.
   *
   * @param scheme the scheme
   * @return the JSON text
   */
  public String write(TopicScheme scheme) {
    return new String(codec.bytes(Document.SCHEME, scheme.topics()), StandardCharsets.UTF_8);
  }

  /**
   * An agenda diff as a document for other programs, {@code {"parley": ..., "diff": {...}}}.
   *
   * @param diff the diff
   * @return the JSON text
   */
  public String write(AgendaDiff diff) {
    return new String(codec.bytes(Document.DIFF, diff), StandardCharsets.UTF_8);
  }

  /**
   * Writes a topic timeline as a document for other programs; the writer is flushed, not closed.
   *
   * @param timeline the timeline
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(TopicTimeline timeline, Writer out) {
    codec.write(Document.TIMELINE, timeline, out);
  }

  /**
   * Reads a session document.
   *
   * @param json the document
   * @return the session
   * @throws ParleyJsonException if the document is not a valid session document
   */
  public Session readSession(String json) {
    return codec.one(codec.text(json), SESSION, true, Session.class);
  }

  /**
   * Reads a UTF-8 session document.
   *
   * @param json the document's bytes
   * @return the session
   * @throws ParleyJsonException if the document is not a valid session document
   */
  public Session readSession(byte[] json) {
    return codec.one(codec.bytes(json), SESSION, true, Session.class);
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
    return codec.one(Codec.stream(json), SESSION, false, Session.class);
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
    return (Session) codec.file(file, SESSION, null);
  }

  /**
   * Reads a history document.
   *
   * @param json the document
   * @return the history
   * @throws ParleyJsonException if the document is not a valid history document
   */
  public DialogueHistory readHistory(String json) {
    return codec.one(codec.text(json), HISTORY, true, DialogueHistory.class);
  }

  /**
   * Reads a UTF-8 history document.
   *
   * @param json the document's bytes
   * @return the history
   * @throws ParleyJsonException if the document is not a valid history document
   */
  public DialogueHistory readHistory(byte[] json) {
    return codec.one(codec.bytes(json), HISTORY, true, DialogueHistory.class);
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
    return (DialogueHistory) codec.file(file, HISTORY, null);
  }

  /**
   * Reads the sessions of a file that holds either a session document or a history document.
   *
   * @param file the file
   * @return the one session, or the history's sessions in date order
   * @throws ParleyJsonException if the file is neither a valid session nor history document
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<Session> readSessions(Path file) {
    Object record = codec.file(file, EITHER, null);
    return record instanceof Session s ? List.of(s) : ((DialogueHistory) record).sessions();
  }

  /**
   * Reads the topics of a scheme document, {@code {"parley": "2.0", "scheme": {"topics": [...]}}},
   * to merge with a {@link TopicScheme}.
   *
   * @param file the file
   * @return the topics in file order
   * @throws ParleyJsonException if the file is not a valid scheme document, or a topic breaks a
   *     rule of topics
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<Topic> readTopics(Path file) {
    return Declarations.topics(codec.file(file, List.of(Document.SCHEME), null));
  }

  /**
   * Checks a session or history document and reports every problem one pass finds, each with its
   * path, line and column, up to {@link ParleyJsonBuilder#maxProblems}.
   *
   * @param file the file
   * @return the problems, and how many sessions were read
   * @throws UncheckedIOException if the file cannot be read
   */
  public Validation validate(Path file) {
    Reading.Problems problems = new Reading.Problems(codec.maxProblems);
    Object record = codec.file(file, EITHER, problems);
    long sessions =
        record == null
            ? 0
            : record instanceof Session ? 1 : ((DialogueHistory) record).sessions().size();
    return new Validation(problems.found(), problems.count(), sessions);
  }

  /**
   * Rewrites a session document, a history document or JSON Lines ({@code .jsonl}) in the current
   * format, in place and atomically; a file already in it is rewritten in canonical form.
   *
   * @param file the file
   * @return the number of sessions rewritten
   * @throws ParleyJsonException if the file is not a valid document; it is then left as it was
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public long upgrade(Path file) {
    if (JsonLines.isLines(file)) {
      return lines().upgrade(file);
    }
    Object record = codec.file(file, EITHER, null);
    if (record instanceof Session s) {
      write(s, file);
      return 1;
    }
    write((DialogueHistory) record, file);
    return ((DialogueHistory) record).sessions().size();
  }
}
