package dev.parley.core.release;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a sentence states, in English ("Thursday, February 3, 2022", "September 17 and
 * 18", "3 February 2022") and Japanese ("令和4年2月3日", "2月3日（木）", "11月30日（水）及び12月1日（木）"), with
 * Japanese era years read through {@link JapaneseDate}. Dates without a year take the year of the
 * next date in the same sentence that has one, else a default year. The sentence is first folded to
 * NFKC, so full-width digits read as digits. Linear in the sentence's length.
 */
final class Dates {
  /**
   * One date found: the day, the weekday stated with it, where it is, and whether the sentence
   * states its year (with the date or with a later date of the sentence).
   */
  record Found(LocalDate date, DayOfWeek weekday, int start, int end, boolean hasYear) {
    /** Whether the sentence states a weekday that this date does not fall on. */
    boolean weekdayContradicts() {
      return weekday != null && date.getDayOfWeek() != weekday;
    }
  }

  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
  private static final String WEEKDAY =
      "(?:(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+(?:the\\s+)?)?";
  private static final Pattern ENGLISH =
      Pattern.compile(
          WEEKDAY
              + "(?:("
              + MONTHS
              + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
              + MONTHS
              + "))(?![a-z])(?:,?\\s+(\\d{4}))?");
  private static final Pattern ENGLISH_MORE_DAYS =
      Pattern.compile(
          "^\\s*(?:and|to|through|until|-|–|—)\\s*(\\d{1,2})(?![\\d:])(?:,?\\s+(\\d{4}))?");
  private static final Pattern JAPANESE =
      Pattern.compile(
          "(?:(令和|平成|昭和)(元|\\d{1,2})年|(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日"
              + "(?:\\s*\\(([月火水木金土日])(?:曜日?)?\\))?");
  private static final Pattern JAPANESE_MORE_DAYS =
      Pattern.compile(
          "^\\s*(?:から|~|-|－|―|及び|および|・|、)\\s*(\\d{1,2})日(?:\\s*\\(([月火水木金土日])(?:曜日?)?\\))?");

  /** The earliest year read as a date: no dialogue release is older. */
  static final int MIN_YEAR = 1900;

  /** The latest year read as a date. */
  static final int MAX_YEAR = 2999;

  private Dates() {}

  /**
   * The dates in a sentence, in order.
   *
   * @param sentence the text, already NFKC-folded
   * @param defaultYear the year of dates that state none and have no later dated neighbour
   */
  static List<Found> in(String sentence, int defaultYear) {
    List<Raw> raw = new ArrayList<>();
    english(sentence, raw);
    japanese(sentence, raw);
    raw.sort((a, b) -> Integer.compare(a.start, b.start));
    List<Found> found = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      Raw r = raw.get(i);
      int year = r.year;
      boolean stated = year != 0;
      if (year == 0) {
        year = defaultYear;
        for (int k = i + 1; k < raw.size(); k++) {
          if (raw.get(k).year != 0) {
            year = raw.get(k).year;
            stated = true;
            break;
          }
        }
      }
      if (year < MIN_YEAR || year > MAX_YEAR) {
        // A four-digit number that is no plausible year of a release ("0020年") is no date.
        continue;
      }
      try {
        found.add(new Found(LocalDate.of(year, r.month, r.day), r.weekday, r.start, r.end, stated));
      } catch (DateTimeException e) {
        // Not a real day ("February 30"): not a date of the meeting.
      }
    }
    return found;
  }

  private static final class Raw {
    final int start;
    final int end;
    int year;
    final int month;
    final int day;
    final DayOfWeek weekday;

    Raw(int start, int end, int year, int month, int day, DayOfWeek weekday) {
      this.start = start;
      this.end = end;
      this.year = year;
      this.month = month;
      this.day = day;
      this.weekday = weekday;
    }
  }

  private static void english(String s, List<Raw> out) {
    Matcher m = ENGLISH.matcher(s);
    while (m.find()) {
      String monthName = m.group(2) != null ? m.group(2) : m.group(5);
      int day = Integer.parseInt(m.group(2) != null ? m.group(3) : m.group(4));
      int month = month(monthName);
      int year = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      DayOfWeek weekday = m.group(1) == null ? null : weekday(m.group(1));
      Raw first = new Raw(m.start(), m.end(), year, month, day, weekday);
      out.add(first);
      Matcher more = ENGLISH_MORE_DAYS.matcher(s).region(m.end(), s.length());
      if (more.lookingAt()) {
        int moreYear = more.group(2) == null ? year : Integer.parseInt(more.group(2));
        if (first.year == 0) {
          first.year = moreYear;
        }
        int moreDay = Integer.parseInt(more.group(1));
        if (moreDay > day) {
          out.add(new Raw(more.start(1), more.end(), moreYear, month, moreDay, null));
        }
      }
    }
  }

  private static void japanese(String s, List<Raw> out) {
    Matcher m = JAPANESE.matcher(s);
    while (m.find()) {
      int month = Integer.parseInt(m.group(4));
      int day = Integer.parseInt(m.group(5));
      int year = 0;
      if (m.group(1) != null) {
        year = eraYear(m.group(1), m.group(2), month, day);
      } else if (m.group(3) != null) {
        year = Integer.parseInt(m.group(3));
      }
      DayOfWeek weekday = m.group(6) == null ? null : japaneseWeekday(m.group(6));
      Raw first = new Raw(m.start(), m.end(), year, month, day, weekday);
      out.add(first);
      Matcher more = JAPANESE_MORE_DAYS.matcher(s).region(m.end(), s.length());
      if (more.lookingAt()) {
        int moreDay = Integer.parseInt(more.group(1));
        if (moreDay > day) {
          DayOfWeek w = more.group(2) == null ? null : japaneseWeekday(more.group(2));
          out.add(new Raw(more.start(1), more.end(), year, month, moreDay, w));
        }
      }
    }
  }

  /** The Gregorian year of a Japanese era year; 元年 is the era's first year. */
  static int eraYear(String era, String yearOfEra, int month, int day) {
    JapaneseEra e =
        era.equals("令和")
            ? JapaneseEra.REIWA
            : era.equals("平成") ? JapaneseEra.HEISEI : JapaneseEra.SHOWA;
    int y = yearOfEra.equals("元") ? 1 : Integer.parseInt(yearOfEra);
    try {
      return LocalDate.from(JapaneseDate.of(e, y, month, day)).getYear();
    } catch (DateTimeException ex) {
      return 0;
    }
  }

  static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    String[] months = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    for (int i = 0; i < months.length; i++) {
      if (n.startsWith(months[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static DayOfWeek weekday(String stem) {
    switch (stem) {
      case "Mon":
        return DayOfWeek.MONDAY;
      case "Tues":
        return DayOfWeek.TUESDAY;
      case "Wednes":
        return DayOfWeek.WEDNESDAY;
      case "Thurs":
        return DayOfWeek.THURSDAY;
      case "Fri":
        return DayOfWeek.FRIDAY;
      case "Satur":
        return DayOfWeek.SATURDAY;
      default:
        return DayOfWeek.SUNDAY;
    }
  }

  private static DayOfWeek japaneseWeekday(String c) {
    return DayOfWeek.of("月火水木金土日".indexOf(c) + 1);
  }
}
