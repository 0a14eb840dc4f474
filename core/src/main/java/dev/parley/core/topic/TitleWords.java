package dev.parley.core.topic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a title as topic matching sees them: Unicode-compatible (NFKC) and lowercase;
 * punctuation, slashes, parentheses and hyphens separate words; apostrophes vanish; the word "and"
 * is dropped. "5G/Beyond 5G (6G)" and "5G and Beyond-5G, 6G" give the same words.
 */
final class TitleWords {
  private TitleWords() {}

  static List<String> of(String text) {
    String s = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = s.toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        word.appendCodePoint(c);
      } else if (c == '\'' || c == '\u2019') {
        continue;
      } else if (word.length() > 0) {
        add(words, word);
      }
    }
    if (word.length() > 0) {
      add(words, word);
    }
    return words;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The normalized form of a whole label or title: its words joined by single spaces. */
  static String key(String text) {
    return String.join(" ", of(text));
  }

  private static void add(List<String> words, StringBuilder word) {
    String w = word.toString();
    word.setLength(0);
    if (!w.equals("and")) {
      words.add(w);
    }
  }
}
