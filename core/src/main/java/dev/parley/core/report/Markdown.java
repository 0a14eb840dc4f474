package dev.parley.core.report;

/**
 * Escaping for text placed inline in Markdown (CommonMark with the GitHub tables and strikethrough
 * extensions), and table rows.
 *
 * <p>Only what would otherwise be read as markup is escaped, so that the text still reads as itself
 * where the Markdown is shown raw, pasted into a mail or a chat: {@code Japan-France (2023-06-12)}
 * and {@code agreed-to-cooperate} stay as they are. Escaped everywhere: {@code \ ` * [ ] < |} and
 * {@code ~} (code, emphasis, links, raw HTML and autolinks, table cells, strikethrough). Escaped
 * where they would act: {@code _} at the edge of a word (inside a word it cannot emphasize), {@code
 * &} when it starts a character reference such as {@code &amp;}, and at the start of the text the
 * marks that open a block: {@code #}, {@code >}, {@code +}, {@code -}, {@code =} and the {@code .}
 * or {@code )} after a number ({@code 1.} would start a list). Line breaks become spaces. Linear in
 * the text: each character is looked at a bounded number of times.
 */
final class Markdown {
  /**
   * The longest character reference looked for after {@code &}, such as {@code
   * &CounterClockwiseContourIntegral;}.
   */
  private static final int LONGEST_REFERENCE = 33;

  private Markdown() {}

  /**
   * Text that renders as itself inline: the punctuation Markdown would act on escaped, line breaks
   * as spaces.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    int start = 0;
    // Block marks only matter at the start of a line; line breaks become spaces, so that is here.
    if (!text.isEmpty() && "#>+-=".indexOf(text.charAt(0)) >= 0) {
      out.append('\\').append(text.charAt(0));
      start = 1;
    } else {
      int digits = 0;
      while (digits < text.length() && digits < 10 && isDigit(text.charAt(digits))) {
        digits++;
      }
      if (digits > 0
          && digits < text.length()
          && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
        out.append(text, 0, digits).append('\\').append(text.charAt(digits));
        start = digits + 1;
      }
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '[', ']', '<', '|', '~' -> out.append('\\').append(c);
        case '_' -> {
          boolean inWord =
              i > 0
                  && i + 1 < text.length()
                  && Character.isLetterOrDigit(text.charAt(i - 1))
                  && Character.isLetterOrDigit(text.charAt(i + 1));
          out.append(inWord ? "_" : "\\_");
        }
        case '&' -> out.append(startsReference(text, i) ? "\\&" : "&");
        case '\n', '\r', '\u2028', '\u2029' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code &} at {@code at} begins {@code &name;}, {@code &#123;} or {@code &#x1F;}. */
  private static boolean startsReference(String text, int at) {
    int end = Math.min(text.length(), at + 2 + LONGEST_REFERENCE);
    for (int i = at + 1; i < end; i++) {
      char c = text.charAt(i);
      if (c == ';') {
        return i > at + 1;
      }
      if (!(isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '#')) {
        return false;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static void row(StringBuilder out, String... cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(escape(cell)).append(" |");
    }
    out.append('\n');
  }
}
