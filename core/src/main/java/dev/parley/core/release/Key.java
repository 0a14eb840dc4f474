package dev.parley.core.release;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A text folded for matching names ("Japan-EU ICT Policy Dialogue", "日EU・ICT政策対話"): width folded
 * (NFKC), lower case, without spaces, hyphens, dashes, middle dots and full stops, and with the
 * position in the original text of every folded character. Linear in the text's length.
 */
final class Key {
  final String folded;
  private final int[] origin;

  private Key(String folded, int[] origin) {
    this.folded = folded;
    this.origin = origin;
  }

  static Key of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int[] origin = new int[text.length() + 1];
    int[][] grow = {origin};
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (skipped(c)) {
        continue;
      }
      String n =
          c < 0x80
              ? String.valueOf(c)
              : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      for (int k = 0; k < n.length(); k++) {
        char d = n.charAt(k);
        if (skipped(d)) {
          continue;
        }
        if (out.length() + 1 >= grow[0].length) {
          grow[0] = java.util.Arrays.copyOf(grow[0], grow[0].length * 2 + 2);
        }
        grow[0][out.length()] = i;
        out.append(Character.toLowerCase(d));
      }
    }
    grow[0][out.length()] = text.length();
    return new Key(out.toString(), grow[0]);
  }

  /** The folded form of a name, for a catalogue. */
  static String fold(String name) {
    return of(name).folded.toLowerCase(Locale.ROOT);
  }

  private static boolean skipped(char c) {
    return Character.isWhitespace(c)
        || c == '\u00a0'
        || c == '\u3000'
        || c == '-'
        || c == '\u2010'
        || c == '\u2011'
        || c == '\u2012'
        || c == '\u2013'
        || c == '\u2014'
        || c == '\u30fb'
        || c == '\u00b7'
        || c == '\uff65'
        || c == '.';
  }

  /** The position in the original text of the folded character at {@code index}. */
  int origin(int index) {
    return origin[index];
  }
}
