package dev.parley.core.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A term of one of Parley's closed vocabularies (a commitment level, a kind of segment) with a
 * stable lowercase code, such as {@code agreed-to-cooperate}. The code, not the Java constant's
 * name, is what documents and reports use, so renaming a constant never changes a file.
 */
public interface Coded {
  /**
   * The stable code of this term: lowercase letters and hyphens.
   *
   * @return the code
   */
  String code();

  /**
   * Finds the term of an enumeration whose code is {@code code}.
   *
   * @param type the vocabulary, an enumeration of coded terms
   * @param code the code to look up, exactly as written in a document
   * @param <E> the vocabulary's type
   * @return the term with that code
   * @throws IllegalArgumentException if no term has that code; the message lists the codes
   */
  static <E extends Enum<E> & Coded> E parse(Class<E> type, String code) {
    for (E term : type.getEnumConstants()) {
      if (term.code().equals(code)) {
        return term;
      }
    }
    throw new IllegalArgumentException(
        "unknown "
            + type.getSimpleName()
            + " \""
            + code
            + "\"; expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Coded::code)
                .collect(Collectors.joining(", ")));
  }
}
