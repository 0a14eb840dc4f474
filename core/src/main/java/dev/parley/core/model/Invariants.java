package dev.parley.core.model;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** The rules shared by several record types, each failing with a message that names the field. */
final class Invariants {
  private Invariants() {}

  static InvalidRecordException violation(Supplier<String> subject, String field, String rule) {
    return new InvalidRecordException(subject.get(), field, rule);
  }

  /**
   * A published text: not blank, without surrounding blank characters, without control characters
   * other than tab and line feed, and valid Unicode (no unpaired surrogate), so that it can be
   * encoded in every form Parley writes. Blank is meant in Unicode's sense: a character is blank if
   * {@link Character#isWhitespace}, {@link Character#isSpaceChar}, a format character ({@code Cf},
   * such as U+200B ZERO WIDTH SPACE and U+FEFF) or a control character; a title of only U+200B,
   * U+0000, U+00A0 or U+FEFF is blank. One pass over the text.
   *
   * @throws InvalidRecordException naming the field and the rule broken
   */
  static void text(Supplier<String> subject, String field, String value) {
    String problem = textProblem(field, value);
    if (problem != null) {
      throw violation(subject, field, problem);
    }
  }

  /**
   * What is wrong with a published text under the rule of {@link #text(String, String, String)}, or
   * null if nothing is: the one statement of that rule, for every caller that checks text.
   *
   * @param field the field's name, which starts the sentence returned
   * @param value the text
   * @return the broken rule, as a sentence naming the field, or null
   */
  static String textProblem(String field, String value) {
    int n = value.length();
    if (n > 0
        && !isBlank(value.codePointAt(0))
        && !isBlank(value.codePointBefore(n))
        && hasNoControlNorLoneSurrogate(value)) {
      return null;
    }
    return problemOf(field, value);
  }

  /**
   * The usual text in one tight pass: whether no character is a control character (but tab and line
   * feed) or an unpaired surrogate. Blank characters inside a text are allowed, so with both ends
   * visible this is the whole rule.
   */
  private static boolean hasNoControlNorLoneSurrogate(String value) {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x7f || c >= 0xa0 && c < 0xd800) {
        continue;
      }
      if (c < 0x20 ? c != '\t' && c != '\n' : c >= 0x7f && c <= 0x9f) {
        return false;
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      }
    }
    return true;
  }

  /** The problem of a text that the quick pass did not clear, found in one full pass. */
  private static String problemOf(String field, String value) {
    int n = value.length();
    int firstVisible = -1;
    int lastVisibleEnd = -1;
    int control = -1;
    for (int i = 0; i < n; ) {
      char c = value.charAt(i);
      int cp = c;
      int width = 1;
      if (c > 0x20 && c < 0x7f || c >= 0x3001 && c <= 0x9fff || c >= 0xff01 && c <= 0xffef) {
        // Printable ASCII, CJK punctuation, kana and ideographs, full-width forms: the usual
        // characters, none of them blank, so the Unicode tables are not asked.
      } else if (c == ' ') {
        i++;
        continue;
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          cp = Character.toCodePoint(c, value.charAt(i + 1));
          width = 2;
        } else {
          return field
              + " has an unpaired surrogate at index "
              + i
              + "; text must be valid Unicode";
        }
      } else if (isBlank(cp)) {
        if (control < 0 && Character.getType(cp) == Character.CONTROL && c != '\t' && c != '\n') {
          control = i;
        }
        i += width;
        continue;
      }
      if (firstVisible < 0) {
        firstVisible = i;
      }
      lastVisibleEnd = i + width;
      i += width;
    }
    if (firstVisible < 0) {
      return field + " is blank";
    }
    if (control >= 0) {
      return field
          + " has the control character U+"
          + String.format("%04X", (int) value.charAt(control))
          + " at index "
          + control
          + "; text may hold no control character but tab and line feed";
    }
    if (firstVisible > 0 || lastVisibleEnd < n) {
      return field + " " + quotedValue(value) + " has leading or trailing white space";
    }
    return null;
  }

  /**
   * Whether the code point is blank in Unicode's sense: white space, a space separator, a format
   * character or a control character.
   */
  static boolean isBlank(int cp) {
    if (cp > 0x20 && cp < 0x7f || cp >= 0x3001 && cp <= 0x9fff || cp >= 0xff01 && cp <= 0xffef) {
      return false;
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.FORMAT || type == Character.CONTROL;
  }

  /**
   * A URL: its text obeys the text rule (no control character, valid Unicode), so that it can be
   * written wherever it was read.
   */
  static void url(Supplier<String> subject, String field, URI url) {
    String problem = textProblem(field, url.toString());
    if (problem != null) {
      throw violation(subject, field, problem);
    }
  }

  /** The longest stretch of a value that a message quotes; the rest is cut and counted. */
  static final int QUOTED_LIMIT = 120;

  /** A value in double quotes for a message, cut at {@link #QUOTED_LIMIT} characters. */
  static String quotedValue(String value) {
    return "\"" + cut(value) + "\"";
  }

  private static String cut(String value) {
    if (value.length() <= QUOTED_LIMIT) {
      return value;
    }
    int end = QUOTED_LIMIT;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end) + "…(" + (value.length() - end) + " more characters)";
  }

  static void text(Supplier<String> subject, String field, Optional<String> value) {
    if (value.isPresent()) {
      text(subject, field, value.get());
    }
  }

  static void texts(Supplier<String> subject, String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (textProblem(field, values.get(i)) != null) {
        text(subject, field + "[" + i + "]", values.get(i));
      }
    }
  }

  static void slug(Supplier<String> subject, String field, String value) {
    if (!isSlug(value)) {
      throw violation(
          subject, field, field + " " + quotedValue(value) + " must be " + Rules.SLUG_RULE);
    }
  }

  /**
   * Whether the value is a slug: 1 to 64 lowercase letters, digits and single hyphens, neither
   * starting nor ending with a hyphen ({@code [a-z0-9]+(-[a-z0-9]+)*}).
   */
  static boolean isSlug(String value) {
    int n = value.length();
    if (n == 0 || n > 64 || value.charAt(0) == '-' || value.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
      if (!ok || (c == '-' && value.charAt(i - 1) == '-')) {
        return false;
      }
    }
    return true;
  }

  static void positive(Supplier<String> subject, String field, OptionalInt value) {
    if (value.isPresent() && value.getAsInt() < 1) {
      throw violation(subject, field, field + " " + value.getAsInt() + " is less than 1");
    }
  }

  static void notEmpty(Supplier<String> subject, String field, List<?> values) {
    if (values.isEmpty()) {
      throw violation(subject, field, field + " is empty; at least one is required");
    }
  }

  static <T> void distinct(
      Supplier<String> subject, String field, List<T> values, Function<T, ?> key) {
    int n = values.size();
    if (n < 2) {
      return;
    }
    if (n <= 8) {
      // Short lists, the usual case: compare pairs rather than allocate a set.
      for (int i = 1; i < n; i++) {
        Object k = key.apply(values.get(i));
        for (int j = 0; j < i; j++) {
          if (k.equals(key.apply(values.get(j)))) {
            throw violation(subject, field, field + " names " + k + " more than once");
          }
        }
      }
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Object k = key.apply(values.get(i));
      if (!seen.add(k)) {
        throw violation(subject, field, field + " names " + k + " more than once");
      }
    }
  }

  /** A title in single quotes for a subject or message, cut at {@link #QUOTED_LIMIT} characters. */
  static String quoted(String title) {
    return "'" + cut(title) + "'";
  }

  /** The parties who speak or are bound: at least one, each once. */
  static void parties(Supplier<String> subject, List<Party> parties) {
    notEmpty(subject, "parties", parties);
    distinct(subject, "parties", parties, Party::code);
  }

  /**
   * An IETF BCP 47 language tag as sources need it: a primary language of 2 or 3 lowercase letters,
   * then subtags of 1 to 8 letters or digits after single hyphens ({@code en}, {@code ja}, {@code
   * zh-Hant}). One pass over the tag.
   */
  static void languageTag(Supplier<String> subject, String field, String value) {
    int n = value.length();
    int primary = 0;
    while (primary < n && value.charAt(primary) >= 'a' && value.charAt(primary) <= 'z') {
      primary++;
    }
    boolean ok = primary >= 2 && primary <= 3 && n <= 35;
    int run = 0;
    for (int i = primary; ok && i < n; i++) {
      char c = value.charAt(i);
      if (c == '-') {
        ok = i + 1 < n && (i == primary || run > 0);
        run = 0;
      } else {
        ok = i > primary && (Character.isLetterOrDigit(c) && c < 128) && ++run <= 8;
      }
    }
    if (!ok) {
      throw violation(
          subject,
          field,
          field
              + " \""
              + value
              + "\" is not a language tag such as en, ja or zh-Hant (BCP 47: 2 or 3 lowercase"
              + " letters, then subtags of 1 to 8 letters or digits)");
    }
  }

  /** An index into the sources of the session that holds the record: 0 or more. */
  static void sourceIndex(Supplier<String> subject, String field, int value) {
    if (value < 0) {
      throw violation(
          subject,
          field,
          field + " " + value + " is negative; it is the index of a source of the session, from 0");
    }
  }

  /** A published label beside a number, such as ア, ii. or (1): a short text. */
  static void label(Supplier<String> subject, String field, Optional<String> value) {
    text(subject, field, value);
    value
        .filter(v -> v.codePointCount(0, v.length()) > 16)
        .ifPresent(
            v -> {
              throw violation(
                  subject,
                  field,
                  field
                      + " \""
                      + v
                      + "\" is longer than 16 characters; a label is a number as published");
            });
  }
}
