package dev.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of Parley document, {@code {"parley": "2.0", "session": {...}}}: the name of its payload
 * member and the record format that reads and writes the payload. A new kind of document is one
 * constant here and a line in {@link #ALL}.
 *
 * @param <T> the payload's Java type
 */
final class Document<T> {
  /** The format version written: the highest version of any declared member. */
  static final String VERSION = version();

  static final int MAJOR = Integer.parseInt(VERSION.substring(0, VERSION.indexOf('.')));
  static final int MINOR = Integer.parseInt(VERSION.substring(VERSION.indexOf('.') + 1));

  static final Document<dev.parley.core.model.Session> SESSION =
      new Document<>("session", Declarations.SESSION, true);
  static final Document<dev.parley.core.model.DialogueHistory> HISTORY =
      new Document<>("history", Declarations.HISTORY, true);
  static final Document<java.util.List<dev.parley.core.topic.Topic>> SCHEME =
      new Document<>("scheme", Declarations.SCHEME, false);
  static final Document<dev.parley.core.diff.AgendaDiff> DIFF =
      new Document<>("diff", Declarations.DIFF, false);
  static final Document<dev.parley.core.history.TopicTimeline> TIMELINE =
      new Document<>("timeline", Declarations.TIMELINE, false);

  /** Every kind, in the order the schema gives them. */
  static final List<Document<?>> ALL = List.of(SESSION, HISTORY, SCHEME, DIFF, TIMELINE);

  private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

  final String member;
  final RecordFormat<T, ?> format;

  /** Whether format 1.0 had this kind, so that a 1.x document of it is read. */
  final boolean inVersion1;

  private Document(String member, RecordFormat<T, ?> format, boolean inVersion1) {
    this.member = member;
    this.format = format;
    this.inVersion1 = inVersion1;
  }

  private static String version() {
    int highest = 2000;
    for (RecordFormat<?, ?> f : Declarations.ALL) {
      for (Member<?, ?> m : f.members) {
        highest = Math.max(highest, m.since);
      }
    }
    return highest / 1000 + "." + highest % 1000;
  }

  void write(JsonGenerator g, T payload) throws IOException {
    g.writeStartObject();
    g.writeStringField("parley", VERSION);
    g.writeFieldName(member);
    format.write(g, payload);
    g.writeEndObject();
  }

  /**
   * Reads a whole document of one of the expected kinds: version, payload, nothing after it.
   *
   * @return the payload
   */
  static Object read(Reading r, List<Document<?>> expected) throws IOException {
    JsonParser p = r.parser();
    JsonToken first = p.nextToken();
    if (first == null) {
      throw r.fail("the document is empty");
    }
    r.expect(JsonToken.START_OBJECT, "a Parley document (an object)");
    if (p.nextToken() != JsonToken.FIELD_NAME || !"parley".equals(p.currentName())) {
      throw r.fail(
          "a Parley document starts with its format version, {\"parley\": \""
              + VERSION
              + "\", ...}");
    }
    p.nextToken();
    version(r, r.string());
    String kinds = names(expected);
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      throw r.fail("the document has no " + kinds);
    }
    Document<?> found = null;
    for (Document<?> d : expected) {
      if (d.member.equals(p.currentName())) {
        found = d;
      }
    }
    if (found == null) {
      throw r.fail(
          "expected a " + kinds + " document, found member " + Reading.quote(p.currentName()));
    }
    if (r.major() == 1 && !found.inVersion1) {
      throw r.fail("format " + r.version() + " has no " + found.member + " documents");
    }
    p.nextToken();
    Object payload = found.format.read(r);
    JsonToken end = p.nextToken();
    if (end != JsonToken.END_OBJECT) {
      throw r.fail(
          "unexpected "
              + (end == JsonToken.FIELD_NAME
                  ? "member " + Reading.quote(p.currentName())
                  : "content")
              + " after the "
              + found.member);
    }
    if (p.nextToken() != null) {
      throw r.fail("unexpected content after the end of the document");
    }
    return payload;
  }

  private static String names(List<Document<?>> kinds) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < kinds.size(); i++) {
      b.append(i == 0 ? "" : i == kinds.size() - 1 ? " or " : ", ").append(kinds.get(i).member);
    }
    return b.toString();
  }

  /** Checks the version and tells the reading which rules apply: 1.x or this major version. */
  private static void version(Reading r, String version) {
    Matcher m = FORM.matcher(version);
    if (!m.matches()) {
      throw r.fail(
          "format version "
              + Reading.quote(version)
              + " is not of the form MAJOR.MINOR, such as "
              + VERSION);
    }
    int major = Integer.parseInt(m.group(1));
    if (major != MAJOR && major != 1) {
      throw r.fail(
          "format version "
              + version
              + " is "
              + (major > MAJOR ? "newer than" : "older than")
              + " the versions this library reads (1.x and "
              + MAJOR
              + ".x)"
              + (major > MAJOR ? "; upgrade Parley to read it" : ""));
    }
    r.version(major, Integer.parseInt(m.group(2)));
  }
}
