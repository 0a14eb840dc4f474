package dev.parley.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/** The rules shared by several record types, each failing with a message that names the field. */
final class Invariants {
  private Invariants() {}

  static InvalidRecordException violation(String subject, String field, String rule) {
    return new InvalidRecordException(subject, field, rule);
  }

  /**
   * A published text: not blank, without surrounding white space, and valid Unicode (no unpaired
   * surrogate). One pass over the text.
   */
  static void text(String subject, String field, String value) {
    int n = value.length();
    if (n == 0 || value.isBlank()) {
      throw violation(subject, field, field + " is blank");
    }
    if (Character.isWhitespace(value.codePointAt(0))
        || Character.isWhitespace(value.codePointBefore(n))) {
      throw violation(
          subject, field, field + " \"" + value + "\" has leading or trailing white space");
    }
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < Character.MIN_SURROGATE) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw violation(
            subject,
            field,
            field + " has an unpaired surrogate at index " + i + "; text must be valid Unicode");
      }
    }
  }

  static void text(String subject, String field, Optional<String> value) {
    value.ifPresent(v -> text(subject, field, v));
  }

  static void texts(String subject, String field, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      text(subject, field + "[" + i + "]", values.get(i));
    }
  }

  static void slug(String subject, String field, String value) {
    if (!isSlug(value)) {
      throw violation(subject, field, field + " \"" + value + "\" must be " + Rules.SLUG_RULE);
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

  static void positive(String subject, String field, OptionalInt value) {
    if (value.isPresent() && value.getAsInt() < 1) {
      throw violation(subject, field, field + " " + value.getAsInt() + " is less than 1");
    }
  }

  static void notEmpty(String subject, String field, List<?> values) {
    if (values.isEmpty()) {
      throw violation(subject, field, field + " is empty; at least one is required");
    }
  }

  static <T> void distinct(String subject, String field, List<T> values, Function<T, ?> key) {
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
    for (T value : values) {
      Object k = key.apply(value);
      if (!seen.add(k)) {
        throw violation(subject, field, field + " names " + k + " more than once");
      }
    }
  }

  static String quoted(String title) {
    return "'" + title + "'";
  }

  /** The parties who speak or are bound: at least one, each once. */
  static void parties(String subject, List<Party> parties) {
    notEmpty(subject, "parties", parties);
    distinct(subject, "parties", parties, Party::code);
  }
}
