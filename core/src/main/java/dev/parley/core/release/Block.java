package dev.parley.core.release;

/**
 * One block of a release's text: a heading ("2. AI/IoT", "(2)主な成果", "ア 5G"), a paragraph, or a
 * bullet, with the line it starts on. A paragraph is one or more lines joined: text extracted from
 * a PDF breaks sentences over lines, and they are joined again.
 *
 * @param line the 1-based line the block starts on
 * @param kind heading, paragraph or bullet
 * @param style the numbering style of a numbered heading, else {@code null}
 * @param number the heading's number, 0 when unnumbered
 * @param text the block's text without its numbering or bullet mark
 * @param depth the nesting depth of a heading, 0 for the outermost
 */
record Block(int line, Kind kind, Style style, int number, String text, int depth) {
  enum Kind {
    HEADING,
    PARAGRAPH,
    BULLET
  }

  /** How a heading is numbered; headings of one style and depth are siblings. */
  enum Style {
    DOT,
    PAREN,
    RIGHT_PAREN,
    KATAKANA,
    ROMAN,
    CIRCLED,
    SPACED,
    NONE
  }

  boolean isHeading() {
    return kind == Kind.HEADING;
  }

  Block atDepth(int d) {
    return new Block(line, kind, style, number, text, d);
  }
}
