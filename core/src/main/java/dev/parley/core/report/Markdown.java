package dev.parley.core.report;

/** Escaping for text placed in Markdown, and table rows. */
final class Markdown {
  private Markdown() {}

  /** Text that renders as itself: Markdown's punctuation escaped, line breaks as spaces. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_{}[]<>()#+-.!|~".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static void row(StringBuilder out, String... cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(escape(cell)).append(" |");
    }
    out.append('\n');
  }
}
