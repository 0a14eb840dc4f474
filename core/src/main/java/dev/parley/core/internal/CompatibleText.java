package dev.parley.core.internal;

import java.text.Normalizer;

/**
 * Unicode compatibility normalization (NFKC) in time linear in the text, for every step that reads
 * words out of published text (topic matching, commitment suggestion). A run of combining marks is
 * cut to its first {@value #MAX_MARKS} marks before normalizing (the bound of Unicode's stream-safe
 * text format, UAX #15), so that canonical reordering never sorts a long run. Text made only of the
 * characters that agenda titles and outcomes are mostly written in (ASCII, kana, the common kanji,
 * Japanese punctuation, full-width ASCII and the ideographic space; see {@link #simple}) is folded
 * character by character in one pass, without the general normalizer, with the same result. Not
 * part of the API.
 */
public final class CompatibleText {
  /** The longest run of combining marks that is kept; further marks of the run are dropped. */
  public static final int MAX_MARKS = 30;

  /** What {@link #simple} answers for a character that needs the general normalizer. */
  public static final int NOT_SIMPLE = -1;

  private CompatibleText() {}

  /**
   * The text in NFKC, with runs of combining marks cut to {@link #MAX_MARKS}. Linear in the length
   * of the text: one pass when every character is {@linkplain #simple simple} (the text itself is
   * returned when none changes), otherwise one pass to cut runs of marks and one normalization.
   *
   * @param text any text
   * @return the normalized text
   */
  public static String of(String text) {
    char[] folded = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int f = simple(c);
      if (f == NOT_SIMPLE) {
        return general(text);
      }
      if (f != c) {
        if (folded == null) {
          folded = text.toCharArray();
        }
        folded[i] = (char) f;
      }
    }
    return folded == null ? text : new String(folded);
  }

  /**
   * The NFKC form of a character that normalizes on its own, whatever surrounds it: ASCII, hiragana
   * and katakana without combining sound marks, the CJK unified ideographs of the basic block,
   * Japanese punctuation and brackets (、。・「」『』【】〜 and the like), which NFKC keeps, and the
   * full-width forms of ASCII and the ideographic space, which it folds to ASCII. None of these is
   * a combining mark or combines with the character before it, so text made only of them is in NFKC
   * once each is folded. Every other character, {@link #NOT_SIMPLE}.
   *
   * @param c a UTF-16 code unit
   * @return its NFKC form, one code unit, or {@link #NOT_SIMPLE}
   */
  public static int simple(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c >= 0x4E00 && c <= 0x9FEF) {
      return c;
    }
    if (c >= 0x3041 && c <= 0x3096) {
      return c;
    }
    if (c >= 0x30A1 && c <= 0x30FC) {
      return c;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) {
      return c - 0xFEE0;
    }
    if (c == 0x3000) {
      return ' ';
    }
    if ((c >= 0x3001 && c <= 0x3003) || (c >= 0x3005 && c <= 0x3011) || c == 0x301C) {
      return c;
    }
    return NOT_SIMPLE;
  }

  private static String general(String text) {
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
