package dev.parley.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import dev.parley.core.model.Coded;
import dev.parley.core.model.InvalidRecordException;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Party;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one read: the parser, the document's format version, the parties the session
 * declares, the values shared so far, and, when validating, the problems found. Made per call (or
 * per JSON Lines stream), never shared between threads, and dropped when the read ends.
 */
final class Reading {
  /** How long a value may be in a message before it is cut. */
  static final int QUOTE_LIMIT = 100;

  /**
   * Thrown up to the enclosing record or list once a problem inside it has been reported, so that
   * the read goes on with the next member without reporting the consequences again.
   */
  static final class Broken extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Broken INSTANCE = new Broken();

    private Broken() {
      super(null, null, false, false);
    }
  }

  /** Thrown when the problems found reach the limit: the read stops. */
  static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Full INSTANCE = new Full();

    private Full() {
      super(null, null, false, false);
    }
  }

  private final JsonParser p;
  private final Interner interner;
  private final Problems problems;
  private final Map<String, Party> parties = new LinkedHashMap<>();
  private int major = Document.MAJOR;
  private int minor = Document.MINOR;

  /**
   * A read with the parser, sharing values through the interner; with problems, every problem is
   * collected instead of the first being thrown.
   */
  Reading(JsonParser p, Interner interner, Problems problems) {
    this.p = p;
    this.interner = interner;
    this.problems = problems;
  }

  JsonParser parser() {
    return p;
  }

  int major() {
    return major;
  }

  void version(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /** Whether the document is of a newer minor version than this library writes. */
  boolean newerMinor() {
    return major == Document.MAJOR && minor > Document.MINOR || major == 1 && minor > 0;
  }

  String version() {
    return major + "." + minor;
  }

  /** Reports a problem: throws it, or when validating, records it and goes on. */
  void report(ParleyJsonException problem) {
    if (problems == null) {
      throw problem;
    }
    if (!problems.add(problem)) {
      throw Full.INSTANCE;
    }
  }

  <T> T intern(T value) {
    return interner == null ? value : interner.intern(value);
  }

  // ---------------------------------------------------------------- parties

  /** The dialogue of a session begins the session's declarations: its parties come first. */
  void declareDialogueParties(List<Party> dialogueParties) {
    parties.clear();
    dialogueParties.forEach(party -> parties.put(party.code(), party));
  }

  /** One of the session's other parties. */
  void declareParty(Party party) {
    Party before = parties.putIfAbsent(party.code(), party);
    if (before != null) {
      throw fail("party \"" + party.code() + "\" is declared twice");
    }
  }

  Party party(String code) {
    Party party = parties.get(code);
    if (party == null) {
      throw fail(
          "unknown party "
              + quote(code)
              + (parties.isEmpty()
                  ? "; no party is declared before it"
                  : "; the parties declared are " + String.join(", ", parties.keySet()))
              + " (a session declares its parties in \"dialogue\" and \"parties\", before their"
              + " first use)");
    }
    return party;
  }

  // ---------------------------------------------------------------- problems

  ParleyJsonException fail(String problem) {
    return failAt(path(p.getParsingContext()), p.currentTokenLocation(), problem, null);
  }

  /**
   * Where the current token starts, as {@link #at(long)} unpacks it: line and column in one long,
   * so that a record can remember where it began without allocating a {@link JsonLocation}.
   * Jackson's parser base reports the token's column one past the location's; the test of this
   * class pins that the two agree on every object's start.
   */
  long tokenStart() {
    if (p instanceof ParserBase) {
      ParserBase b = (ParserBase) p;
      return pack(b.getTokenLineNr(), b.getTokenColumnNr() - 1);
    }
    JsonLocation l = p.currentTokenLocation();
    return pack(l.getLineNr(), l.getColumnNr());
  }

  private static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  /** A problem at a position that {@link #tokenStart()} gave. */
  static ParleyJsonException failAt(String path, long start, String problem, Throwable cause) {
    int line = (int) (start >> 32);
    int column = (int) start;
    return new ParleyJsonException(path, Math.max(1, line), Math.max(1, column), problem, cause);
  }

  static ParleyJsonException failAt(
      String path, JsonLocation where, String problem, Throwable cause) {
    int line = where == null ? -1 : Math.max(1, where.getLineNr());
    int column = where == null ? -1 : Math.max(1, where.getColumnNr());
    return new ParleyJsonException(path, line, column, problem, cause);
  }

  /** A record's rule was broken: keep the model's message, point at the record and the field. */
  static ParleyJsonException invalid(String path, long start, InvalidRecordException e) {
    return failAt(path + "." + e.field(), start, e.getMessage(), e);
  }

  /**
   * A value for a message: quoted, and if longer than {@value #QUOTE_LIMIT} characters cut there,
   * the cut marked with its full length.
   */
  static String quote(String value) {
    if (value.length() <= QUOTE_LIMIT) {
      return "\"" + value + "\"";
    }
    int end = QUOTE_LIMIT;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return "\"" + value.substring(0, end) + "\"... (cut; " + value.length() + " characters)";
  }

  /** The JSON path of the parser's current position: {@code $.session.segments[1].title}. */
  static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        String name = c.getCurrentName();
        parts.push(
            "." + (name.length() > QUOTE_LIMIT ? name.substring(0, QUOTE_LIMIT) + "..." : name));
      }
    }
    StringBuilder path = new StringBuilder("$");
    parts.forEach(path::append);
    return path.toString();
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  // ---------------------------------------------------------------- scalars

  /** Fails unless the current token is {@code expected}; names what was found instead. */
  void expect(JsonToken expected, String what) {
    JsonToken t = p.currentToken();
    if (t == expected) {
      return;
    }
    if (t == JsonToken.VALUE_NULL) {
      throw fail("null is not allowed here; expected " + what + " (leave optional members out)");
    }
    throw fail("expected " + what + ", found " + describe(t));
  }

  /**
   * The current string. Through the interner, a short string equal to one read before in the same
   * document (or stream) is that same instance, taken from the parser's characters without a new
   * copy: a session names "jp" and its ministry dozens of times.
   */
  String string() throws IOException {
    expect(JsonToken.VALUE_STRING, "a string");
    return interner == null || !(p instanceof ParserBase) ? p.getText() : interner.text(p);
  }

  int integer() throws IOException {
    expect(JsonToken.VALUE_NUMBER_INT, "a whole number");
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw fail("number " + quote(p.getText()) + " is out of range");
    }
    return p.getIntValue();
  }

  boolean bool() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    expect(JsonToken.VALUE_TRUE, "true or false");
    return false;
  }

  LocalDate localDate() throws IOException {
    String text = string();
    if (text.length() != 10) {
      throw fail("date " + quote(text) + " is not of the form YYYY-MM-DD");
    }
    try {
      return PartialDate.parse(text).toLocalDate().orElseThrow();
    } catch (InvalidRecordException e) {
      throw fail(e.rule());
    }
  }

  PartialDate partialDate() throws IOException {
    String text = string();
    if (text.length() > 10) {
      throw fail("date " + quote(text) + " is not of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }
    try {
      return PartialDate.parse(text);
    } catch (InvalidRecordException e) {
      throw fail(e.rule());
    }
  }

  URI uri() throws IOException {
    String text = string();
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw fail(quote(text) + " is not a URI: " + e.getReason());
    }
  }

  /** One of the codes, the constants of {@code type} given once by the caller. */
  <E extends Enum<E> & Coded> E coded(Class<E> type, E[] constants) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING && p instanceof ParserBase) {
      char[] chars = p.getTextCharacters();
      int offset = p.getTextOffset();
      int length = p.getTextLength();
      for (E e : constants) {
        if (Interner.sameText(e.code(), chars, offset, length)) {
          return e;
        }
      }
    }
    String code = string();
    for (E e : constants) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    StringBuilder codes = new StringBuilder();
    for (E e : constants) {
      codes.append(codes.length() == 0 ? "" : ", ").append(e.code());
    }
    throw fail(
        "unknown " + type.getSimpleName() + " " + quote(code) + "; expected one of " + codes);
  }

  /**
   * The values read so far that are shared, so that equal parties, dialogues, organizations and
   * places become one instance, and the short strings read so far, so that a repeated name or code
   * is one string. Bounded: at most {@value #MAX_VALUES} values, held in an open-addressing table
   * of at most {@value #MAX_SLOTS} slots, and {@value #TEXTS} strings of at most {@value #MAX_TEXT}
   * characters, each in the slot of its length and a few of its characters (a newer string takes
   * the slot of an older one). The interner of a JSON Lines stream outlives each document, so it
   * keeps only values of at most {@value #MAX_WEIGHT} characters as text and holds at most a few
   * MiB however long the stream; the interner of one document lives as long as the read, and every
   * value it holds is part of the document read, so it keeps them without weighing them. Each
   * look-up hashes the value once; a string is hashed in constant time and compared once, linear in
   * its length (at most {@value #MAX_TEXT} characters).
   */
  static final class Interner {
    static final int MAX_VALUES = 1_024;
    static final int MAX_SLOTS = 2 * MAX_VALUES;
    static final int MAX_WEIGHT = 4_096;
    static final int TEXTS = 64;
    static final int MAX_TEXT = 100;

    private final boolean weighed;
    private Object[] values = new Object[16];
    private int size;
    private final String[] texts = new String[TEXTS];

    private Interner(boolean weighed) {
      this.weighed = weighed;
    }

    /** The interner of one document's read. */
    static Interner forDocument() {
      return new Interner(false);
    }

    /** The interner of a stream of documents, which weighs the values it keeps. */
    static Interner forStream() {
      return new Interner(true);
    }

    @SuppressWarnings("unchecked")
    <T> T intern(T value) {
      Object[] table = values;
      int mask = table.length - 1;
      int i = spread(value.hashCode()) & mask;
      for (Object shared; (shared = table[i]) != null; i = (i + 1) & mask) {
        if (shared.equals(value)) {
          return (T) shared;
        }
      }
      if (size < MAX_VALUES && (!weighed || value.toString().length() <= MAX_WEIGHT)) {
        table[i] = value;
        if (++size * 2 > table.length) {
          grow();
        }
      }
      return value;
    }

    /** Doubles the table, at most to {@value #MAX_SLOTS} slots, so it stays at most half full. */
    private void grow() {
      Object[] old = values;
      Object[] table = new Object[old.length * 2];
      int mask = table.length - 1;
      for (Object value : old) {
        if (value != null) {
          int i = spread(value.hashCode()) & mask;
          while (table[i] != null) {
            i = (i + 1) & mask;
          }
          table[i] = value;
        }
      }
      values = table;
    }

    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }

    /** The parser's current string, the instance read before if it is short and was. */
    String text(JsonParser p) throws IOException {
      int length = p.getTextLength();
      if (length > MAX_TEXT) {
        return p.getText();
      }
      char[] chars = p.getTextCharacters();
      int offset = p.getTextOffset();
      int slot = slot(chars, offset, length);
      String seen = texts[slot];
      if (seen != null && sameText(seen, chars, offset, length)) {
        return seen;
      }
      String text = new String(chars, offset, length);
      texts[slot] = text;
      return text;
    }

    /**
     * The slot of a string: from its length and its first, middle and last two characters, so that
     * the look-up costs the same for every string; strings alike there share a slot and take it
     * from each other, which costs a copy, never a wrong string.
     */
    private static int slot(char[] chars, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      int last = offset + length - 1;
      int hash = length;
      hash = 31 * hash + chars[offset];
      hash = 31 * hash + chars[offset + (length >> 1)];
      hash = 31 * hash + chars[last];
      hash = 31 * hash + chars[last - (length > 1 ? 1 : 0)];
      return spread(hash * 0x9E3779B9) & (TEXTS - 1);
    }

    /** Whether the text is the characters given; linear in the text's length. */
    static boolean sameText(String text, char[] chars, int offset, int length) {
      if (text.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (text.charAt(i) != chars[offset + i]) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The problems of a validation: the first ones up to a limit, and how many were found. Lines of
   * JSON Lines are read one at a time, so {@link #line} tells the line in the file.
   */
  static final class Problems {
    private final int limit;
    private final java.util.ArrayList<ParleyJsonException> found = new java.util.ArrayList<>();
    private long count;
    private long line;

    Problems(int limit) {
      this.limit = limit;
    }

    /** The line in the file of the document now read, or 0 if the document is the file. */
    void line(long line) {
      this.line = line;
    }

    /**
     * Records a problem, or only counts it beyond the limit; false for the first problem beyond the
     * limit, when the read of this document stops.
     */
    boolean add(ParleyJsonException problem) {
      count++;
      if (found.size() < limit) {
        found.add(line == 0 ? problem : JsonLines.onLine(problem, line));
        return true;
      }
      return false;
    }

    List<ParleyJsonException> found() {
      return List.copyOf(found);
    }

    long count() {
      return count;
    }
  }
}
