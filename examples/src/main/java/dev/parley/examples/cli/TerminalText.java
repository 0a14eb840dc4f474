package dev.parley.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The one rule for what the {@code parley} command prints from its input: no character that a
 * terminal acts on reaches it raw. Control characters (C0, DEL, C1, among them ESC), line and
 * paragraph separators and the bidirectional controls that reorder a line are shown as escapes:
 * {@code \n}, {@code \t}, {@code \r}, otherwise {@code \u001b} (four lowercase hex digits), and an
 * unpaired surrogate likewise. Everything else, backslashes included, is printed as it is.
 *
 * <p>Three uses: {@link #escape} for a value the command puts into a line of its own (a file name,
 * a title), {@link #cut} for a value in an error message, and {@link #writer} around every stream
 * the command prints to, which escapes the same characters except the line breaks and tabs that lay
 * out a report. Each is one pass, linear in its input.
 */
final class TerminalText {
  /**
   * The longest error line, in characters of the input, before it is cut: enough for a path, a JSON
   * path and a sentence about a value, and far less than a value an adversary can send.
   */
  static final int ERROR_LIMIT = 400;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TerminalText() {}

  /**
   * The value with every character a terminal acts on escaped, line breaks and tabs included.
   *
   * @param value text from the input
   * @return text that prints as one line and moves no cursor
   */
  static String escape(CharSequence value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    append(out, value, 0, value.length(), true);
    return out.toString();
  }

  /**
   * The value escaped as by {@link #escape} and cut after {@code limit} characters of the input,
   * the cut marked as {@code …[cut: N more characters]}. A surrogate pair is never split.
   *
   * @param value text from the input
   * @param limit how many characters of the input to keep
   * @return one line of at most about {@code limit} times six characters
   */
  static String cut(CharSequence value, int limit) {
    int n = value.length();
    if (n <= limit) {
      return escape(value);
    }
    int end = limit;
    if (end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end + 48);
    append(out, value, 0, end, true);
    return out.append("…[cut: ").append(n - end).append(" more characters]").toString();
  }

  /**
   * An error line for standard error: escaped, and cut at {@link #ERROR_LIMIT}.
   *
   * @param line the line, holding values from the input
   * @return the line as printed
   */
  static String errorLine(CharSequence line) {
    return cut(line, ERROR_LIMIT);
  }

  /**
   * A writer that escapes every character a terminal acts on except line feed and tab, which the
   * command's own reports use for their layout (and carriage return right before a line feed, the
   * line separator on Windows). Put around standard output and standard error.
   *
   * @param out the stream to print to
   * @return the escaping writer; closing it closes {@code out}
   */
  static Sink writer(Writer out) {
    return new Sink(out);
  }

  /**
   * The escaping writer of {@link #writer}, which remembers the first failure of the stream under
   * it so that the command can say why its output was lost.
   */
  static final class Sink extends FilterWriter {
    private IOException failure;

    private Sink(Writer out) {
      super(out);
    }

    /** The first failure of the stream under this writer, or null. */
    IOException failure() {
      return failure;
    }

    @Override
    public void write(int c) throws IOException {
      write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      write(new String(cbuf, off, len), 0, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      int clean = off;
      int end = off + len;
      while (clean < end && !actsOn(str.charAt(clean), false)) {
        clean++;
      }
      try {
        if (clean == end) {
          out.write(str, off, len);
        } else {
          StringBuilder escaped = new StringBuilder(len + 16);
          TerminalText.append(escaped, str, off, end, false);
          out.write(escaped.toString());
        }
      } catch (IOException e) {
        throw remembered(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remembered(e);
      }
    }

    private IOException remembered(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }

  /**
   * Appends {@code value[from, to)}, escaping what a terminal acts on. Surrogates are checked in
   * pairs; the writer sees text in pieces, so it lets surrogates through and leaves an unpaired one
   * to the encoder, which replaces it.
   */
  private static void append(
      StringBuilder out, CharSequence value, int from, int to, boolean breaksToo) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (breaksToo && Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < to
            && Character.isLowSurrogate(value.charAt(i + 1))) {
          out.append(c).append(value.charAt(++i));
        } else {
          unicode(out, c);
        }
      } else if (!breaksToo && c == '\r' && i + 1 < to && value.charAt(i + 1) == '\n') {
        out.append(c); // a line separator as PrintWriter writes it on Windows
      } else if (actsOn(c, breaksToo)) {
        if (c == '\n') {
          out.append("\\n");
        } else if (c == '\t') {
          out.append("\\t");
        } else if (c == '\r') {
          out.append("\\r");
        } else {
          unicode(out, c);
        }
      } else {
        out.append(c);
      }
    }
  }

  private static void unicode(StringBuilder out, char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }

  /**
   * Whether a terminal acts on the character: C0 and C1 controls and DEL, the line and paragraph
   * separators, and the bidirectional embeddings, overrides and isolates (which reorder what
   * follows on the line). Line feed and tab only when {@code breaksToo}.
   */
  private static boolean actsOn(char c, boolean breaksToo) {
    if (c < 0x20) {
      return breaksToo || (c != '\n' && c != '\t');
    }
    return (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
