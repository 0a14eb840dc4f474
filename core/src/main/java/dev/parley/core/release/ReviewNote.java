package dev.parley.core.release;

import java.util.Objects;

/**
 * One entry of an import's review list: a value that was inferred rather than read, a value that
 * was not found, or a contradiction in the release, with the line it rests on and the words it was
 * read from. {@link #toString()} gives the form the {@code parley import} command prints: {@code
 * release.txt:14: mode online, from "web-conference style"}.
 *
 * <p>The evidence is the release's own text: whoever prints it to a terminal must escape it.
 */
public final class ReviewNote {
  /** What sort of entry a note is. */
  public enum Kind {
    /** The value was inferred from wording that does not state it outright. */
    INFERRED,
    /** The release does not state the value; the draft leaves it out. */
    NOT_FOUND,
    /** The release contradicts itself, or a stated weekday does not match its date. */
    CONTRADICTION
  }

  private final String source;
  private final int line;
  private final Kind kind;
  private final String field;
  private final String value;
  private final String evidence;

  private ReviewNote(
      String source, int line, Kind kind, String field, String value, String evidence) {
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.field = Objects.requireNonNull(field, "field");
    this.value = Objects.requireNonNull(value, "value");
    this.evidence = Objects.requireNonNull(evidence, "evidence");
  }

  /**
   * A note.
   *
   * @param source the name of the release, such as its file name
   * @param line the 1-based line the value rests on, 0 when it rests on no line
   * @param kind what sort of note
   * @param field the record's field, such as {@code mode} or {@code segments[0].agenda[2].topics}
   * @param value the value as the draft holds it, or a description of what is missing
   * @param evidence the release's words the value was read from; empty if none
   * @return the note
   * @throws IllegalArgumentException if the line is negative
   */
  public static ReviewNote of(
      String source, int line, Kind kind, String field, String value, String evidence) {
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " is negative");
    }
    return new ReviewNote(source, line, kind, field, value, evidence);
  }

  /**
   * The name of the release.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * The line of the release the note rests on.
   *
   * @return the 1-based line, or 0
   */
  public int line() {
    return line;
  }

  /**
   * What sort of note this is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The field of the draft the note is about.
   *
   * @return the field
   */
  public String field() {
    return field;
  }

  /**
   * The value as the draft holds it, or what is missing.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  /**
   * The release's words the value was read from.
   *
   * @return the evidence, possibly empty
   */
  public String evidence() {
    return evidence;
  }

  /**
   * The note as one line: {@code SOURCE:LINE: FIELD VALUE, from "EVIDENCE"}; {@code not found}
   * notes read {@code SOURCE:LINE: FIELD not found: VALUE}.
   *
   * @return the line; not escaped
   */
  @Override
  public String toString() {
    String where = source + ":" + line + ": ";
    switch (kind) {
      case NOT_FOUND:
        return where + field + " not found: " + value;
      case CONTRADICTION:
        return where
            + field
            + " "
            + value
            + (evidence.isEmpty() ? "" : ", in \"" + evidence + "\"");
      default:
        return where
            + field
            + " "
            + value
            + (evidence.isEmpty() ? "" : ", from \"" + evidence + "\"");
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReviewNote)) {
      return false;
    }
    ReviewNote n = (ReviewNote) o;
    return line == n.line
        && kind == n.kind
        && source.equals(n.source)
        && field.equals(n.field)
        && value.equals(n.value)
        && evidence.equals(n.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, kind, field, value, evidence);
  }
}
