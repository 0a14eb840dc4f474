package dev.parley.core.topic;

import dev.parley.core.internal.CompatibleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of a title as topic matching sees them, in English and in scripts written without
 * spaces alike.
 *
 * <p>The text is normalized once (NFKC, so full-width letters, digits and brackets fold; then
 * lowercase). Runs of letters and digits in alphabetic scripts are words, separated by punctuation,
 * slashes, parentheses, hyphens and spaces; apostrophes vanish; the word "and" is dropped. Every
 * Han, hiragana and katakana character is a token of its own, so Japanese labels match as character
 * sequences and Latin terms written against kana or kanji ("IoTセキュリティ", "5Gの早期導入") are still words.
 * An item marker that opens a published title ("ア", "(1)", "（２）", "i.", "1.", "1）") is not a token.
 * "5G/Beyond 5G (6G)" and "5G and Beyond-5G, 6G" give the same tokens.
 *
 * <p>Time and memory are linear in the length of the text: before normalizing, a run of combining
 * marks is cut to its first {@value CompatibleText#MAX_MARKS} marks (the bound of Unicode's
 * stream-safe text format, UAX #15), so that canonical reordering never sorts a long run; marks are
 * not letters and so never part of a token.
 */
final class TitleWords {
  private TitleWords() {}

  static List<String> of(String text) {
    String s = normalized(text);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int i = skipMarker(s);
    while (i < s.length()) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (isIdeographic(c)) {
        add(words, word);
        words.add(new String(Character.toChars(c)));
      } else if (Character.isLetterOrDigit(c)) {
        word.appendCodePoint(c);
      } else if (c == '\'' || c == '\u2019') {
        continue;
      } else {
        add(words, word);
      }
    }
    add(words, word);
    return words;
  }

  /**
   * The normalized form of a whole label or title: its tokens, with a space between two words of an
   * alphabetic script and none next to a Japanese character ("5g beyond 5g", "国際連携", "iotセキュリティ").
   */
  static String key(String text) {
    List<String> tokens = of(text);
    StringBuilder key = new StringBuilder();
    String previous = null;
    for (String t : tokens) {
      if (previous != null
          && !isIdeographic(previous.codePointAt(0))
          && !isIdeographic(t.codePointAt(0))) {
        key.append(' ');
      }
      key.append(t);
      previous = t;
    }
    return key.toString();
  }

  /** NFKC and lowercase, with runs of combining marks cut (see {@link CompatibleText}); linear. */
  static String normalized(String text) {
    if (isAscii(text)) {
      return text.toLowerCase(Locale.ROOT);
    }
    return CompatibleText.of(text).toLowerCase(Locale.ROOT);
  }

  /** Han, hiragana, katakana (with the prolonged sound mark and iteration marks) and hangul. */
  static boolean isIdeographic(int c) {
    if (c < 0x2E80) {
      return false;
    }
    if (c == 0x30FC || c == 0x3005 || c == 0x3006 || c == 0x309D || c == 0x309E) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private static final String KANA_MARKERS = "アイウエオカキクケコサシスセソタチツテト";
  private static final String[] ROMAN = {
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"
  };

  /**
   * The index just after the item marker that opens a normalized title, or after leading space; 0
   * when there is none. Markers: a katakana letter of the iroha-style sequence ア イ ウ … followed by
   * a space; a number, a latin letter, a roman numeral or a katakana letter in parentheses; a
   * number or roman numeral followed by "." or ")".
   */
  private static int skipMarker(String s) {
    int i = skipSpace(s, 0);
    if (i >= s.length()) {
      return i;
    }
    char c = s.charAt(i);
    if (KANA_MARKERS.indexOf(c) >= 0
        && i + 1 < s.length()
        && Character.isWhitespace(s.charAt(i + 1))) {
      return skipSpace(s, i + 1);
    }
    if (c == '(') {
      int close = s.indexOf(')', i);
      if (close > i + 1 && close - i <= 5) {
        String inside = s.substring(i + 1, close);
        if (isNumber(inside)
            || isRoman(inside)
            || (inside.length() == 1 && KANA_MARKERS.indexOf(inside.charAt(0)) >= 0)
            || (inside.length() == 1 && inside.charAt(0) >= 'a' && inside.charAt(0) <= 'z')) {
          return skipSpace(s, close + 1);
        }
      }
      return i;
    }
    int end = i;
    while (end < s.length() && end - i < 5 && Character.isLetterOrDigit(s.charAt(end))) {
      end++;
    }
    if (end > i
        && end < s.length()
        && (s.charAt(end) == '.' || s.charAt(end) == ')')
        && (isNumber(s.substring(i, end)) || isRoman(s.substring(i, end)))
        && (end + 1 == s.length() || !Character.isDigit(s.charAt(end + 1)))) {
      return skipSpace(s, end + 1);
    }
    return i;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length()
        && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) {
      i++;
    }
    return i;
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 3) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isRoman(String s) {
    for (String r : ROMAN) {
      if (r.equals(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<String> words, StringBuilder word) {
    if (word.length() == 0) {
      return;
    }
    String w = word.toString();
    word.setLength(0);
    if (!w.equals("and")) {
      words.add(w);
    }
  }
}
