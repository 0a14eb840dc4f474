package dev.parley.examples.site;

import java.util.Locale;

/**
 * An HTML document written element by element, in which every piece of text and every attribute
 * value is escaped on the way in: the pages cannot carry markup from a record, however its titles
 * read. Tag and attribute names are the code's own constants, never input. Linear in the output.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(16_384);

  /** Opens an element; {@code attributes} are name, value pairs, values escaped. */
  Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"");
        escape(attributes[i + 1], out);
        out.append('"');
      }
    }
    out.append('>');
    return this;
  }

  /** Closes an element. */
  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Text, escaped. */
  Html text(String text) {
    escape(text, out);
    return this;
  }

  /** An element holding only text. */
  Html element(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** A link; {@code href} is one of the site's own relative addresses or a checked web address. */
  Html link(String href, String text, String... attributes) {
    String[] all = new String[attributes.length + 2];
    all[0] = "href";
    all[1] = href;
    System.arraycopy(attributes, 0, all, 2, attributes.length);
    return open("a", all).text(text).close("a");
  }

  /** A line break in the source, for people who read it. */
  Html newline() {
    out.append('\n');
    return this;
  }

  /**
   * Markup that Parley itself made and escaped, such as the timeline picture of {@link
   * dev.parley.core.report.TimelineSvg}; never text from a record.
   */
  Html trusted(String markup) {
    out.append(markup);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * Text safe in HTML content and in quoted attribute values: {@code & < > " '} as references,
   * control characters (which HTML forbids) shown as {@code \}{@code uXXXX}.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    escape(text, b);
    return b.toString();
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c < 0xa0)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
