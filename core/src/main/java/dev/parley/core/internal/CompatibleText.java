package dev.parley.core.internal;

import java.text.Normalizer;

/**
 * Unicode compatibility normalization (NFKC) in time linear in the text, for every step that reads
 * words out of published text (topic matching, commitment suggestion). A run of combining marks is
 * cut to its first {@value #MAX_MARKS} marks before normalizing (the bound of Unicode's stream-safe
 * text format, UAX #15), so that canonical reordering never sorts a long run. Not part of the API.
 */
public final class CompatibleText {
  /** The longest run of combining marks that is kept; further marks of the run are dropped. */
  public static final int MAX_MARKS = 30;

  private CompatibleText() {}

  /**
   * The text in NFKC, with runs of combining marks cut to {@link #MAX_MARKS}.
   *
   * @param text any text
   * @return the normalized text
   */
  public static String of(String text) {
    StringBuilder safe = null;
    int run = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int n = Character.charCount(c);
      run = isMark(c) ? run + 1 : 0;
      if (run > MAX_MARKS) {
        if (safe == null) {
          safe = new StringBuilder(text.length());
          safe.append(text, 0, i);
        }
      } else if (safe != null) {
        safe.appendCodePoint(c);
      }
      i += n;
    }
    return Normalizer.normalize(safe == null ? text : safe, Normalizer.Form.NFKC);
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
