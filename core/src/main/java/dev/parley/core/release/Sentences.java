package dev.parley.core.release;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph into sentences: after {@code 。}, and after {@code .}, {@code !} or {@code ?}
 * followed by a space and a capital letter or a quote, unless the full stop ends an abbreviation
 * ("Mr.", "U.S.", "G. K."). One pass over the paragraph: linear in its length.
 */
final class Sentences {
  private static final String[] ABBREVIATIONS = {
    "Mr", "Ms", "Mrs", "Dr", "Prof", "St", "No", "Nos", "Vol", "e.g", "i.e", "U.S", "U.K", "Jan",
        "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "Co", "Inc", "Ltd",
        "D.C"
  };

  private Sentences() {}

  static List<String> of(String paragraph) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = paragraph.length();
    for (int i = 0; i < n; i++) {
      char c = paragraph.charAt(i);
      if (c == '。') {
        add(out, paragraph.substring(start, i + 1));
        start = i + 1;
      } else if ((c == '.' || c == '!' || c == '?')
          && i + 2 < n
          && paragraph.charAt(i + 1) == ' ') {
        char next = paragraph.charAt(i + 2);
        boolean opens =
            Character.isUpperCase(next)
                || next == '"'
                || next == '“'
                || next == '('
                || Character.isDigit(next)
                || next >= '\u3000';
        if (opens && !(c == '.' && abbreviation(paragraph, i))) {
          add(out, paragraph.substring(start, i + 1));
          start = i + 2;
        }
      }
    }
    add(out, paragraph.substring(start));
    return out;
  }

  private static void add(List<String> out, String sentence) {
    String s = sentence.trim();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }

  /** Whether the full stop at {@code dot} ends an abbreviation or an initial. */
  private static boolean abbreviation(String text, int dot) {
    int w = dot;
    while (w > 0 && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
      w--;
    }
    String word = text.substring(w, dot);
    int dash = word.lastIndexOf('-');
    if (dash >= 0) {
      word = word.substring(dash + 1);
    }
    if (word.indexOf('.') > 0 && word.chars().allMatch(c -> Character.isLetter(c) || c == '.')) {
      return true;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    for (String a : ABBREVIATIONS) {
      if (a.equals(word)) {
        return true;
      }
    }
    return false;
  }
}
