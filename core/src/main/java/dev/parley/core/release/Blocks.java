package dev.parley.core.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a release's text into {@link Block}s and gives each heading its nesting depth. One pass
 * over the lines, with regular expressions anchored at a line's start and applied to lines of
 * bounded length, and a nesting stack of at most {@link #MAX_DEPTH} levels, so linear in the text's
 * length.
 */
final class Blocks {
  /** Lines longer than this are cut before matching: no release has a heading this long. */
  static final int MAX_HEADING = 160;

  /** The deepest nesting of headings kept; releases use four or five levels. */
  static final int MAX_DEPTH = 12;

  private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノ";
  private static final Pattern DOT =
      Pattern.compile("^([0-9０-９]{1,2})[.．。、](?![0-9０-９])[\\s　]*(\\S.*)$");
  private static final Pattern PAREN = Pattern.compile("^[(（]([0-9０-９]{1,2})[)）][\\s　]*(\\S.*)$");
  private static final Pattern RIGHT_PAREN = Pattern.compile("^([0-9０-９]{1,2})[)）][\\s　]*(\\S.*)$");
  private static final Pattern KANA = Pattern.compile("^([" + KATAKANA + "])[\\s　]+(\\S.*)$");
  private static final Pattern ROMAN =
      Pattern.compile("^[(（]?(i{1,3}|iv|v|vi{1,3}|ix|x)[).）][\\s　]*(\\S.*)$");
  private static final Pattern CIRCLED = Pattern.compile("^([①-⑳])[\\s　]*(\\S.*)$");
  private static final Pattern SPACED = Pattern.compile("^([0-9０-９]{1,2})[\\s　]+(\\S.*)$");
  private static final Pattern BULLET =
      Pattern.compile("^(?:[•・●○◆◇■□▪‣◦]|-\\s|–\\s|\\*\\s?)[\\s　]*(.*)$");

  private Blocks() {}

  /** The blocks of a text, headings with their depth. */
  static List<Block> of(String text) {
    List<Block> raw = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    StringBuilder paragraph = null;
    int paragraphLine = 0;
    boolean blankSince = false;
    boolean paragraphBullet = false;
    for (int i = 0; i < lines.length; i++) {
      String rawLine = lines[i];
      boolean trailingSpace = !rawLine.isEmpty() && isSpace(rawLine.charAt(rawLine.length() - 1));
      String line = strip(rawLine);
      if (line.isEmpty()) {
        blankSince = true;
        continue;
      }
      Block heading = heading(i + 1, line);
      if (paragraph != null
          && heading == null
          && continues(paragraph, line, trailingSpaceBefore(lines, i), blankSince)) {
        join(paragraph, line);
        blankSince = false;
        continue;
      }
      if (paragraph != null) {
        raw.add(paragraph(paragraphLine, paragraph, paragraphBullet));
        paragraph = null;
      }
      blankSince = false;
      if (heading != null) {
        raw.add(heading);
        continue;
      }
      Matcher bullet = BULLET.matcher(line);
      paragraphBullet = bullet.matches();
      paragraph = new StringBuilder(paragraphBullet ? bullet.group(1) : line);
      paragraphLine = i + 1;
      if (!trailingSpace && paragraphBullet && paragraph.length() == 0) {
        paragraph.append("");
      }
    }
    if (paragraph != null) {
      raw.add(paragraph(paragraphLine, paragraph, paragraphBullet));
    }
    return nest(unnumbered(raw));
  }

  /**
   * Marks the short paragraphs that are unnumbered headings ("Main achievements", "IoT security",
   * "Contact"): short, with no sentence in them and no full stop or colon, followed by more text.
   */
  private static List<Block> unnumbered(List<Block> raw) {
    List<Block> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      Block b = raw.get(i);
      if (b.kind() == Block.Kind.PARAGRAPH && i + 1 < raw.size() && unnumberedHeading(b.text())) {
        out.add(new Block(b.line(), Block.Kind.HEADING, Block.Style.NONE, 0, b.text(), 0));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  private static boolean unnumberedHeading(String text) {
    if (text.isEmpty() || text.length() > 90) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    if (Character.isLowerCase(first) || Character.isDigit(first)) {
      return false;
    }
    if (".。:：;；,、!?".indexOf(last) >= 0 || text.contains("。") || text.contains(". ")) {
      return false;
    }
    int colon = Math.max(text.indexOf(": "), text.indexOf('：'));
    if (colon >= 0 || text.startsWith("TEL") || text.startsWith("FAX") || text.contains("http")) {
      return false;
    }
    return !text.startsWith("Photo") && !text.startsWith("写真");
  }

  private static boolean trailingSpaceBefore(String[] lines, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String l = lines[k];
      if (!l.isBlank()) {
        return isSpace(l.charAt(l.length() - 1));
      }
    }
    return false;
  }

  private static Block paragraph(int line, StringBuilder text, boolean bullet) {
    return new Block(
        line,
        bullet ? Block.Kind.BULLET : Block.Kind.PARAGRAPH,
        null,
        0,
        text.toString().trim(),
        0);
  }

  /**
   * Whether a line continues the paragraph before it: text extracted from a PDF breaks lines within
   * sentences (the broken line ends in a space, or the next starts in lower case), while clean text
   * has one paragraph a line.
   */
  private static boolean continues(
      StringBuilder paragraph, String line, boolean brokenLine, boolean blankSince) {
    char last = paragraph.length() == 0 ? '.' : paragraph.charAt(paragraph.length() - 1);
    if (isTerminal(last)) {
      return false;
    }
    char first = line.charAt(0);
    boolean lower = Character.isLowerCase(first) || Character.isDigit(first) && brokenLine;
    if (BULLET.matcher(line).matches()) {
      return false;
    }
    if (endsInOpenWord(paragraph) || last == '–' || last == '—') {
      // No sentence ends in "with" or a dash: the PDF broke it, often at a page (a blank line).
      return true;
    }
    if (blankSince) {
      return lower && brokenLine;
    }
    return brokenLine || lower || last == '-' || last == ',' || last == '、';
  }

  /** Words that cannot end an English sentence or heading: a text ending in one goes on. */
  private static final Set<String> OPEN_WORDS =
      Set.of(
          "with", "of", "and", "or", "the", "a", "an", "to", "for", "on", "in", "at", "by", "from",
          "that", "their", "its", "between");

  /** Whether a text ends in one of {@link #OPEN_WORDS}; reads only its last word. */
  static boolean endsInOpenWord(CharSequence text) {
    int end = text.length();
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start == end || end - start > 7 || start > 0 && text.charAt(start - 1) != ' ') {
      return false;
    }
    return OPEN_WORDS.contains(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '。' || c == ':' || c == '：' || c == '!' || c == '?' || c == '．';
  }

  private static void join(StringBuilder paragraph, String line) {
    char last = paragraph.charAt(paragraph.length() - 1);
    if (last == '-'
        && paragraph.length() > 1
        && Character.isLetter(paragraph.charAt(paragraph.length() - 2))) {
      paragraph.append(line);
    } else if (isWide(last) && isWide(line.charAt(0))) {
      paragraph.append(line);
    } else {
      paragraph.append(' ').append(line);
    }
  }

  private static boolean isWide(char c) {
    return c >= 0x3000;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u3000';
  }

  /** The line without surrounding white space, its inner runs of spaces made single. */
  static String strip(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t' || c == '\u00a0') {
        space = out.length() > 0;
      } else if (Character.isISOControl(c) || c == '\ufeff') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    int start = 0;
    while (start < out.length() && out.charAt(start) == '\u3000') {
      start++;
    }
    int end = out.length();
    while (end > start && out.charAt(end - 1) == '\u3000') {
      end--;
    }
    return out.substring(start, end);
  }

  /** A numbered heading, or {@code null} if the line is not one. */
  private static Block heading(int line, String text) {
    if (text.length() > MAX_HEADING) {
      return null;
    }
    Block.Style[] styles = {
      Block.Style.PAREN,
      Block.Style.DOT,
      Block.Style.RIGHT_PAREN,
      Block.Style.KATAKANA,
      Block.Style.ROMAN,
      Block.Style.CIRCLED,
      Block.Style.SPACED
    };
    Pattern[] patterns = {PAREN, DOT, RIGHT_PAREN, KANA, ROMAN, CIRCLED, SPACED};
    for (int s = 0; s < patterns.length; s++) {
      Matcher m = patterns[s].matcher(text);
      if (m.matches()) {
        String title = m.group(2).trim();
        if (!headingLike(title, styles[s])) {
          return null;
        }
        return new Block(
            line, Block.Kind.HEADING, styles[s], number(styles[s], m.group(1)), title, 0);
      }
    }
    return null;
  }

  /**
   * Whether a numbered line's text is a heading rather than a numbered sentence: short, and not a
   * sentence (no full stop at its end, no sentence inside it).
   */
  private static boolean headingLike(String title, Block.Style style) {
    if (title.isEmpty()) {
      return false;
    }
    char last = title.charAt(title.length() - 1);
    if (last == '。' || title.contains("。") || last == ',' || last == '、' || endsInOpenWord(title)) {
      // "(2) Furthermore, the State Minister held talks with": a sentence broken by a PDF.
      return false;
    }
    int limit = style == Block.Style.SPACED ? 60 : 120;
    if (title.length() > limit) {
      return false;
    }
    if (last == '.' && title.length() > 40) {
      return false;
    }
    return !(title.contains(". ") && title.length() > 60);
  }

  private static int number(Block.Style style, String mark) {
    switch (style) {
      case KATAKANA:
        return KATAKANA.indexOf(mark.charAt(0)) + 1;
      case CIRCLED:
        return mark.charAt(0) - '①' + 1;
      case ROMAN:
        return roman(mark);
      default:
        int n = 0;
        for (int i = 0; i < mark.length(); i++) {
          char c = mark.charAt(i);
          n = n * 10 + (c >= '０' ? c - '０' : c - '0');
        }
        return n;
    }
  }

  private static int roman(String mark) {
    String[] numerals = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
    for (int i = 0; i < numerals.length; i++) {
      if (numerals[i].equals(mark)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Gives numbered headings their depth: a heading continues the nearest open level of its style
   * whose last number is one less, else it opens a deeper level. Unnumbered headings are found
   * later, by the reader, which knows what the text around them says.
   */
  private static List<Block> nest(List<Block> raw) {
    List<Block> out = new ArrayList<>(raw.size());
    List<Block.Style> styles = new ArrayList<>();
    List<Integer> last = new ArrayList<>();
    for (Block b : raw) {
      if (!b.isHeading()) {
        out.add(b);
        continue;
      }
      if (b.style() == Block.Style.NONE) {
        // An unnumbered heading is a sibling of the unnumbered heading before it, else a child
        // of the numbered heading before it.
        if (styles.isEmpty()
            || styles.get(styles.size() - 1) != Block.Style.NONE && styles.size() < MAX_DEPTH) {
          styles.add(Block.Style.NONE);
          last.add(0);
        }
        out.add(b.atDepth(styles.size() - 1));
        continue;
      }
      int depth = -1;
      // A heading naming a meeting ("2. 9th Japan-EU ICT Strategy Workshop") continues the
      // outermost level it can continue; any other heading the innermost.
      boolean meeting = ReleaseReader.meetingNoun(b.text());
      for (int d = styles.size() - 1; d >= 0; d--) {
        if (styles.get(d) == b.style() && last.get(d) == b.number() - 1) {
          depth = d;
          if (!meeting) {
            break;
          }
        }
      }
      if (depth < 0 && b.number() != 1) {
        for (int d = styles.size() - 1; d >= 0; d--) {
          if (styles.get(d) == b.style()) {
            depth = d;
            break;
          }
        }
      }
      if (depth < 0 && styles.size() >= MAX_DEPTH) {
        // No release nests this deep: a further level continues the innermost one, which keeps
        // the search above bounded.
        depth = styles.size() - 1;
        styles.set(depth, b.style());
      }
      if (depth < 0) {
        styles.add(b.style());
        last.add(b.number());
        depth = styles.size() - 1;
      } else {
        while (styles.size() > depth + 1) {
          styles.remove(styles.size() - 1);
          last.remove(last.size() - 1);
        }
        last.set(depth, b.number());
      }
      out.add(b.atDepth(depth));
    }
    return out;
  }
}
