package dev.parley.core.topic;

import dev.parley.core.internal.CompatibleText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tokens of a title as topic matching sees them, in English and in scripts written without
 * spaces alike.
 *
 * <p>The text is normalized once (NFKC, so full-width letters, digits and brackets fold; then
 * lowercase). Runs of letters and digits in alphabetic scripts are words, separated by punctuation,
 * slashes, parentheses, hyphens and spaces; apostrophes vanish; the word "and" is dropped; a word
 * in British spelling is folded to its American spelling ({@link #american}: "standardisation" is
 * "standardization", "centres" is "centers", "labour" is "labor"), so that a label written in
 * either spelling matches a title written in the other, and an English plural is folded to its
 * singular ({@link #singular}: "divides" is "divide", "strategies" is "strategy"). Every Han,
 * hiragana and katakana character is a token of its own, so Japanese labels match as character
 * sequences and Latin terms written against kana or kanji ("IoTセキュリティ", "5Gの早期導入") are still words.
 * An item marker that opens a published title ("ア", "(1)", "（２）", "i.", "1.", "1）") is not a token.
 * "5G/Beyond 5G (6G)" and "5G and Beyond-5G, 6G" give the same tokens. A {@code *} is a token of
 * its own ({@link #SLOT_TOKEN}), which only a label's slot takes.
 *
 * <p>Time and memory are linear in the length of the text. A text made only of {@linkplain
 * CompatibleText#simple simple} characters (ASCII, kana, the common kanji, Japanese punctuation and
 * full-width ASCII: nearly every agenda title, in either language) is folded and lowercased
 * character by character into one array, then cut into tokens in one more pass over it, without the
 * general normalizer and without a string per Japanese character. Any other text is normalized by
 * {@link CompatibleText#of} first, which cuts a run of combining marks to its first {@value
 * CompatibleText#MAX_MARKS} marks (the bound of Unicode's stream-safe text format, UAX #15), so
 * that canonical reordering never sorts a long run; marks are not letters and so never part of a
 * token.
 */
final class TitleWords {
  /**
   * The token of a {@code *} in a text: not a code point, so no Japanese character is taken for it.
   * It fills a label's slot the way a label would, so that a label with a slot, written as it is,
   * still names its topic; {@link #key} leaves it out.
   */
  static final int SLOT_TOKEN = Character.MAX_CODE_POINT + 1;

  private TitleWords() {}

  /**
   * The tokens of a text, compactly: {@code codes[k]} is the code point of a Japanese character,
   * or, when negative, {@code -1 - w} for the word {@code words[w]} of an alphabetic script.
   */
  static final class Tokens {
    final int[] codes;
    final int size;
    final String[] words;

    private Tokens(int[] codes, int size, String[] words) {
      this.codes = codes;
      this.size = size;
      this.words = words;
    }

    /** Collects the tokens of a text of {@code n} characters, which has at most {@code n}. */
    static final class Builder {
      private final int[] codes;
      private int size;
      private String[] words = new String[4];
      private int wordCount;
      private final boolean fold;

      Builder(int n, boolean fold) {
        codes = new int[n];
        this.fold = fold;
      }

      void addCharacter(int c) {
        codes[size++] = c;
      }

      /** Adds the word collected so far, unless it is empty or "and", and empties the collector. */
      void addWord(StringBuilder word) {
        if (word.length() == 0) {
          return;
        }
        String w = word.toString();
        word.setLength(0);
        if (w.equals("and")) {
          return;
        }
        if (fold) {
          w = singular(american(w));
        }
        if (wordCount == words.length) {
          words = Arrays.copyOf(words, wordCount * 2);
        }
        words[wordCount] = w;
        codes[size++] = -1 - wordCount++;
      }

      Tokens build() {
        return new Tokens(codes, size, words);
      }
    }

    /** The token at {@code k} as a string: the word, the Japanese character, or "*". */
    String text(int k) {
      int code = codes[k];
      if (code == SLOT_TOKEN) {
        return String.valueOf(TopicScheme.SLOT);
      }
      return code < 0 ? words[-1 - code] : new String(Character.toChars(code));
    }
  }

  /** The tokens of a text as strings; see {@link #tokens}. */
  static List<String> of(String text) {
    Tokens tokens = tokens(text);
    List<String> list = new ArrayList<>(tokens.size);
    for (int k = 0; k < tokens.size; k++) {
      list.add(tokens.text(k));
    }
    return list;
  }

  /**
   * The tokens of a text: one pass to fold it when it is made of simple characters, else one
   * normalization, then one pass to cut it.
   */
  static Tokens tokens(String text) {
    return tokens(text, true);
  }

  /** The tokens of a text, with British spellings folded or as they are written. */
  private static Tokens tokens(String text, boolean fold) {
    text = withoutCircledMarker(text);
    int n = text.length();
    char[] folded = new char[n];
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int f = CompatibleText.simple(c);
      if (f == CompatibleText.NOT_SIMPLE) {
        char[] normalized = CompatibleText.of(text).toLowerCase(Locale.ROOT).toCharArray();
        return cut(normalized, normalized.length, fold);
      }
      folded[i] = f >= 'A' && f <= 'Z' ? (char) (f + ('a' - 'A')) : (char) f;
    }
    return cut(folded, n, fold);
  }

  private static Tokens cut(char[] s, int n, boolean fold) {
    Tokens.Builder tokens = new Tokens.Builder(n, fold);
    StringBuilder word = new StringBuilder();
    int i = skipMarker(s, n);
    while (i < n) {
      int c = Character.codePointAt(s, i, n);
      i += Character.charCount(c);
      if (isIdeographic(c)) {
        tokens.addWord(word);
        tokens.addCharacter(c);
      } else if (c == TopicScheme.SLOT) {
        tokens.addWord(word);
        tokens.addCharacter(SLOT_TOKEN);
      } else if (Character.isLetterOrDigit(c)) {
        word.appendCodePoint(c);
      } else if (c != '\'' && c != '\u2019') {
        tokens.addWord(word);
      }
    }
    tokens.addWord(word);
    return tokens.build();
  }

  /**
   * The normalized form of a whole label or title: its tokens, with a space between two words of an
   * alphabetic script and none next to a Japanese character ("5g beyond 5g", "国際連携", "iotセキュリティ").
   */
  static String key(String text) {
    return key(tokens(text, true));
  }

  /**
   * The normalized form of a label as it is written, British spellings not folded: two labels of
   * one topic that differ only in spelling ("standardisation", "standardization") are two labels,
   * though they match alike.
   */
  static String writtenKey(String text) {
    return key(tokens(text, false));
  }

  private static String key(Tokens tokens) {
    StringBuilder key = new StringBuilder();
    boolean lastWasWord = false;
    for (int k = 0; k < tokens.size; k++) {
      int code = tokens.codes[k];
      if (code == SLOT_TOKEN) {
        continue;
      }
      if (code < 0) {
        if (lastWasWord) {
          key.append(' ');
        }
        key.append(tokens.words[-1 - code]);
      } else {
        key.appendCodePoint(code);
      }
      lastWasWord = code < 0;
    }
    return key.toString();
  }

  /**
   * A lowercase word with an English plural ending taken off, so that "digital divides" matches the
   * label "digital divide" and "ICT strategies" matches "ICT strategy": "-ies" becomes "-y" in
   * words of five letters or more ("strategies", "policies"); "-ches", "-shes", "-xes" and "-sses"
   * lose "-es" ("approaches", "addresses"); any other final "s" goes in words of four letters or
   * more, except after "s", "u" or "i" ("access", "status", "analysis" stay) and in words with a
   * digit ("5Gs" stays as it is written). Labels and titles are folded alike, so two words written
   * the same way still match; the rule looks at the last four letters only.
   */
  static String singular(String w) {
    int n = w.length();
    if (n < 4 || w.charAt(n - 1) != 's' || !isAsciiLetter(w.charAt(0))) {
      return w;
    }
    for (int k = 0; k < n; k++) {
      if (!isAsciiLetter(w.charAt(k))) {
        return w;
      }
    }
    char before = w.charAt(n - 2);
    if (before == 's' || before == 'u' || before == 'i') {
      return w;
    }
    if (n >= 5 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + 'y';
    }
    if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses")) {
      return w.substring(0, n - 2);
    }
    return w.substring(0, n - 1);
  }

  /** Whole words whose British spelling no suffix rule of {@link #american} covers. */
  private static final Map<String, String> AMERICAN_WORDS =
      Map.ofEntries(
          Map.entry("programme", "program"),
          Map.entry("programmes", "programs"),
          Map.entry("defence", "defense"),
          Map.entry("offence", "offense"),
          Map.entry("offences", "offenses"),
          Map.entry("licence", "license"),
          Map.entry("licences", "licenses"),
          Map.entry("ageing", "aging"),
          Map.entry("catalogue", "catalog"),
          Map.entry("enrolment", "enrollment"));

  /**
   * A lowercase word in its American spelling: "-isation(s)", "-ise", "-ised", "-ises", "-ising",
   * "-iser(s)" become "-iz…" after a stem of at least three letters ("standardising" is
   * "standardizing", "rise" stays); "-yse", "-ysed", "-yses", "-ysing" become "-yz…" ("analyse");
   * "-tre(s)" and "-bre(s)" become "-ter(s)" and "-ber(s)" in words of five letters or more
   * ("centre", "fibres"); "-our(s)" becomes "-or(s)" in words of six letters or more ("labour",
   * "behaviour"; "hour" and "four" stay); and a few whole words ("programme", "defence", "licence",
   * "ageing"). Words that no rule covers come back as they are. The rules only look at the last few
   * letters and copy the word at most once, so the time is linear in its length; two spellings of a
   * word fold alike, and a word already in American spelling is left alone, so folding labels and
   * titles alike never loses a match between two words written the same way.
   */
  static String american(String w) {
    int n = w.length();
    if (n < 4 || !mayBeBritish(w, n)) {
      return w;
    }
    String whole = AMERICAN_WORDS.get(w);
    if (whole != null) {
      return whole;
    }
    for (String suffix : IZE_SUFFIXES) {
      int stem = n - suffix.length();
      if (w.endsWith(suffix) && stem >= 3 && isAsciiLetter(w.charAt(stem - 1))) {
        char z = suffix.charAt(0) == 'y' ? 'y' : 'i';
        return w.substring(0, stem) + z + 'z' + suffix.substring(2);
      }
    }
    if (n >= 5) {
      for (String suffix : RE_SUFFIXES) {
        if (w.endsWith(suffix) && isAsciiLetter(w.charAt(n - suffix.length() - 1))) {
          int at = n - suffix.length();
          // "centre" -> "center", "fibres" -> "fibers": swap the last "re" of the stem.
          return w.substring(0, at) + suffix.charAt(0) + "er" + suffix.substring(3);
        }
      }
    }
    if (n >= 6 && (w.endsWith("our") || w.endsWith("ours"))) {
      int at = w.lastIndexOf("our");
      if (isAsciiLetter(w.charAt(at - 1))) {
        return w.substring(0, at) + "or" + w.substring(at + 3);
      }
    }
    return w;
  }

  /**
   * Whether a word of {@code n} letters may be one that {@link #american} changes: one with "is" or
   * "ys" among its last eight letters (where every suffix of {@link #IZE_SUFFIXES} starts), one
   * ending in "-re", "-res", "-our" or "-ours", or one of {@link #AMERICAN_WORDS} (at least six
   * letters, ending in e, s, g or t). Most words are none of these and are told so by their last
   * few letters, without a look-up or a test of every suffix.
   */
  private static boolean mayBeBritish(String w, int n) {
    char last = w.charAt(n - 1);
    if ("esgtdnr".indexOf(last) < 0) {
      return false;
    }
    for (int p = Math.max(0, n - 8); p < n - 1; p++) {
      char c = w.charAt(p);
      if ((c == 'i' || c == 'y') && w.charAt(p + 1) == 's') {
        return true;
      }
    }
    if (w.endsWith("re") || w.endsWith("res") || w.endsWith("our") || w.endsWith("ours")) {
      return true;
    }
    return "esgt".indexOf(last) >= 0 && n >= 6 && AMERICAN_WORDS.containsKey(w);
  }

  /** British suffixes written with "s" where American spelling has "z", longest first. */
  private static final String[] IZE_SUFFIXES = {
    "isations",
    "isation",
    "ising",
    "isers",
    "ised",
    "ises",
    "iser",
    "ise",
    "ysing",
    "ysed",
    "yses",
    "yse"
  };

  /** British suffixes "-tre(s)", "-bre(s)". */
  private static final String[] RE_SUFFIXES = {"tres", "bres", "tre", "bre"};

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** Han, hiragana, katakana (with the prolonged sound mark and iteration marks) and hangul. */
  static boolean isIdeographic(int c) {
    if (c < 0x2E80) {
      return false;
    }
    // The common ranges first, as Character.UnicodeScript.of would answer for them.
    if ((c >= 0x4E00 && c <= 0x9FEF)
        || (c >= 0x3041 && c <= 0x3096)
        || (c >= 0x30A1 && c <= 0x30FA)) {
      return true;
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
   * number or roman numeral followed by "." or ")". Looks at no more than the first few characters
   * after leading space.
   */
  private static int skipMarker(char[] s, int n) {
    int i = skipSpace(s, n, 0);
    if (i >= n) {
      return i;
    }
    char c = s[i];
    if (KANA_MARKERS.indexOf(c) >= 0 && i + 1 < n && Character.isWhitespace(s[i + 1])) {
      return skipSpace(s, n, i + 1);
    }
    if (c == '(') {
      int close = -1;
      for (int k = i + 1; k < n && k - i <= 5; k++) {
        if (s[k] == ')') {
          close = k;
          break;
        }
      }
      if (close > i + 1) {
        int from = i + 1;
        int length = close - from;
        if (isNumber(s, from, close)
            || isRoman(s, from, close)
            || (length == 1 && KANA_MARKERS.indexOf(s[from]) >= 0)
            || (length == 1 && s[from] >= 'a' && s[from] <= 'z')) {
          return skipSpace(s, n, close + 1);
        }
      }
      return i;
    }
    int end = i;
    while (end < n && end - i < 5 && Character.isLetterOrDigit(s[end])) {
      end++;
    }
    if (end > i
        && end < n
        && (s[end] == '.' || s[end] == ')')
        && (isNumber(s, i, end) || isRoman(s, i, end))
        && (end + 1 == n || !Character.isDigit(s[end + 1]))) {
      return skipSpace(s, n, end + 1);
    }
    return i;
  }

  /**
   * The text with a circled number that opens it (①, ⑩, ❶, ㉑) made a space: compatibility folding
   * makes ① a bare "1", which would join the word after it ("①AI" to "1ai"), so the marker goes
   * before folding. Looks at the leading space and one character.
   */
  private static String withoutCircledMarker(String text) {
    int k = 0;
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    if (k < text.length() && isCircledNumber(text.charAt(k))) {
      return text.substring(0, k) + ' ' + text.substring(k + 1);
    }
    return text;
  }

  /** Whether {@code c} is a number in a circle, of the forms published titles number items with. */
  private static boolean isCircledNumber(char c) {
    return (c >= '\u2460' && c <= '\u2473')
        || (c >= '\u24ea' && c <= '\u24ff')
        || (c >= '\u2776' && c <= '\u2793')
        || (c >= '\u3251' && c <= '\u325f')
        || (c >= '\u32b1' && c <= '\u32bf');
  }

  private static int skipSpace(char[] s, int n, int i) {
    while (i < n && (Character.isWhitespace(s[i]) || Character.isSpaceChar(s[i]))) {
      i++;
    }
    return i;
  }

  private static boolean isNumber(char[] s, int from, int to) {
    if (to <= from || to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s[i] < '0' || s[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isRoman(char[] s, int from, int to) {
    for (String r : ROMAN) {
      if (r.length() == to - from && sameAs(r, s, from)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameAs(String r, char[] s, int from) {
    for (int k = 0; k < r.length(); k++) {
      if (r.charAt(k) != s[from + k]) {
        return false;
      }
    }
    return true;
  }
}
