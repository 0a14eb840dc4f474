package dev.parley.core.report;

/**
 * The rule for a value from a record inside a line of a text report: line breaks (line feed,
 * carriage return, vertical tab, form feed, next line, line and paragraph separators) and tabs
 * become a space, a run of them one space, so that a title holding a line break cannot start a line
 * of the report that looks like one of its own. One pass, linear in the value; the value comes back
 * itself when it holds none of them.
 */
final class OneLine {
  private OneLine() {}

  static String of(String value) {
    int n = value.length();
    int i = 0;
    while (i < n && !breaks(value.charAt(i))) {
      i++;
    }
    if (i == n) {
      return value;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(value, 0, i);
    boolean inRun = false;
    for (; i < n; i++) {
      char c = value.charAt(i);
      if (breaks(c)) {
        if (!inRun) {
          out.append(' ');
        }
        inRun = true;
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  /** Each value of the list made one line, joined by {@code separator}. */
  static String join(String separator, Iterable<String> values) {
    StringBuilder out = new StringBuilder();
    for (String v : values) {
      if (out.length() > 0) {
        out.append(separator);
      }
      out.append(of(v));
    }
    return out.toString();
  }

  private static boolean breaks(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\t'
        || c == '\u000b'
        || c == '\f'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }
}
