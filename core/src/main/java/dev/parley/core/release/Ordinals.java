package dev.parley.core.release;

import java.util.Locale;

/** English ordinal words, "first" to "fiftieth", with compounds such as "twenty-seventh". */
final class Ordinals {
  private static final String[] UNITS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth"
  };
  private static final String[] TENS = {"twent", "thirt", "fort", "fift"};

  /** A regular expression for the words, longest alternatives first. */
  static final String PATTERN =
      "(?:twenty|thirty|forty|fifty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
          + "|twentieth|thirtieth|fortieth|fiftieth|"
          + String.join("|", reversed());

  private Ordinals() {}

  private static String[] reversed() {
    String[] r = new String[UNITS.length];
    for (int i = 0; i < UNITS.length; i++) {
      r[i] = UNITS[UNITS.length - 1 - i];
    }
    return r;
  }

  /** The number an ordinal word stands for, 0 if it is not one. */
  static int value(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(' ', '-');
    int tens = 0;
    String unit = w;
    for (int t = 0; t < TENS.length; t++) {
      if (w.startsWith(TENS[t])) {
        tens = (t + 2) * 10;
        int dash = w.indexOf('-');
        if (dash < 0) {
          return tens;
        }
        unit = w.substring(dash + 1);
      }
    }
    for (int i = 0; i < UNITS.length; i++) {
      if (UNITS[i].equals(unit)) {
        return tens + i + 1;
      }
    }
    return 0;
  }
}
