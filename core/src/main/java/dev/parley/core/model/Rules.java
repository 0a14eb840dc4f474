package dev.parley.core.model;

/**
 * The rules for identifiers and published text that every record, the topic vocabulary and the JSON
 * Schema of the format share, in one public place: a check for each, and the pattern the schema
 * states for it. A test keeps each pattern and its check in agreement.
 */
public final class Rules {
  /** The longest slug, in characters. */
  public static final int SLUG_MAX_LENGTH = 64;

  /**
   * A slug as a regular expression (ECMA-262 and {@link java.util.regex.Pattern} alike), with
   * {@link #SLUG_MAX_LENGTH} on top.
   */
  public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

  /** The slug rule in words, as messages give it. */
  public static final String SLUG_RULE = "1 to 64 lowercase letters, digits and single hyphens";

  /**
   * Published text as a regular expression: at least one character, none of white space at either
   * end. {@link #isText} also refuses text that is not valid Unicode, which a pattern cannot say.
   */
  public static final String TEXT_PATTERN = "^\\S([\\s\\S]*\\S)?$";

  private Rules() {}

  /**
   * Whether the value is a slug, the form of dialogue ids, party codes and topic ids: 1 to 64
   * lowercase letters, digits and single hyphens, neither starting nor ending with a hyphen, such
   * as {@code japan-eu-ict-policy-dialogue}. One pass over the value.
   *
   * @param value the candidate
   * @return true if it is a slug
   */
  public static boolean isSlug(String value) {
    return Invariants.isSlug(value);
  }

  /**
   * Whether the value is acceptable as published text (a title, a name, a statement): not blank in
   * Unicode's sense (white space, space separators, format characters such as U+200B and U+FEFF,
   * and control characters are blank; a text of only U+200B, U+0000, U+00A0 or U+FEFF is blank),
   * without a blank character at either end, with no control character but tab and line feed, and
   * valid Unicode (no unpaired surrogate). One pass over the value.
   *
   * @param value the candidate
   * @return true if records accept it as text
   */
  public static boolean isText(String value) {
    return Invariants.textProblem("text", value) == null;
  }
}
