package dev.parley.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A calendar date known only as precisely as a source states it: a year ({@code 2014}), a month
 * ({@code 2014-02}) or a day ({@code 2014-02-07}). Written like Open Civic Data's {@code
 * YYYY[-MM[-DD]]}.
 *
 * <p>Partial dates order by the first day they may denote, and a coarser date before a finer one
 * that starts on the same day: {@code 2014 < 2014-01 < 2014-01-01 < 2014-02}. This is the order of
 * a chronology, not a claim that {@code 2014} happened before {@code 2014-01-01}: use {@link
 * #isCertainlyBefore} to ask that.
 *
 * <p>Instances are immutable and compare equal by value, like the types of {@code java.time}.
 */
public final class PartialDate implements Comparable<PartialDate> {
  /** How messages name a partial date. */
  private static final String SUBJECT = "PartialDate";

  private final int year;
  private final int month;
  private final int day;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * A date known only to the year.
   *
   * @param year the year, 1 to 9999
   * @return the partial date
   * @throws InvalidRecordException if the year is out of range
   */
  public static PartialDate of(int year) {
    checkYear(year);
    return new PartialDate(year, 0, 0);
  }

  /**
   * A date known to the month.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @return the partial date
   * @throws InvalidRecordException if a value is out of range
   */
  public static PartialDate of(int year, int month) {
    checkYear(year);
    checkMonth(year, month);
    return new PartialDate(year, month, 0);
  }

  /**
   * A date known to the day.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return the partial date
   * @throws InvalidRecordException if the date does not exist, such as 2023-02-30
   */
  public static PartialDate of(int year, int month, int day) {
    checkYear(year);
    checkMonth(year, month);
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > length) {
      throw new InvalidRecordException(
          SUBJECT,
          "day",
          "day "
              + day
              + " does not exist in "
              + new PartialDate(year, month, 0)
              + ", which has days 1 to "
              + length);
    }
    return new PartialDate(year, month, day);
  }

  /**
   * The partial date of a full date.
   *
   * @param date the date
   * @return a partial date of day precision
   */
  public static PartialDate from(LocalDate date) {
    return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, with a four-digit year.
   *
   * @param text the date as written
   * @return the partial date
   * @throws InvalidRecordException if the text is not of that form or is not a real date; the
   *     message quotes the text
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int length = s.length();
    boolean shaped =
        (length == 4 || length == 7 || length == 10)
            && digits(s, 0, 4)
            && (length < 7 || (s.charAt(4) == '-' && digits(s, 5, 7)))
            && (length < 10 || (s.charAt(7) == '-' && digits(s, 8, 10)));
    if (!shaped) {
      throw new InvalidRecordException(
          SUBJECT,
          "text",
          "date " + Invariants.quotedValue(s) + " is not of the form YYYY, YYYY-MM or YYYY-MM-DD");
    }
    int y = Integer.parseInt(s, 0, 4, 10);
    try {
      if (length == 4) {
        return of(y);
      }
      int m = Integer.parseInt(s, 5, 7, 10);
      return length == 7 ? of(y, m) : of(y, m, Integer.parseInt(s, 8, 10, 10));
    } catch (InvalidRecordException e) {
      InvalidRecordException quoting =
          new InvalidRecordException(
              SUBJECT, e.field(), "date \"" + s + "\" does not exist: " + e.rule());
      quoting.initCause(e);
      throw quoting;
    }
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new InvalidRecordException(SUBJECT, "year", "year " + year + " is outside 1 to 9999");
    }
  }

  private static void checkMonth(int year, int month) {
    if (month < 1 || month > 12) {
      throw new InvalidRecordException(
          SUBJECT, "month", "month " + month + " of " + year + " is outside 1 to 12");
    }
  }

  /**
   * How much of this date is known.
   *
   * @return year, month or day
   */
  public DatePrecision precision() {
    return day != 0 ? DatePrecision.DAY : month != 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
  }

  /**
   * The year.
   *
   * @return the year, 1 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * The month, if known.
   *
   * @return the month, 1 to 12, or empty for a date known only to the year
   */
  public OptionalInt month() {
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * The day of the month, if known.
   *
   * @return the day, or empty for a date known only to the year or month
   */
  public OptionalInt day() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * The first day this date may denote: the date itself, the first of its month, or the first of
   * its year.
   *
   * @return the earliest full date
   */
  public LocalDate earliest() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /**
   * The last day this date may denote: the date itself, the last of its month, or the last of its
   * year.
   *
   * @return the latest full date
   */
  public LocalDate latest() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    return month != 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
  }

  /**
   * Whether every day this date may denote is before every day {@code other} may denote.
   *
   * @param other the date to compare with
   * @return true if this date ends before the other begins
   */
  public boolean isCertainlyBefore(PartialDate other) {
    return latest().isBefore(other.earliest());
  }

  /**
   * This date with the precision of a full date, if it has it.
   *
   * @return the full date, or empty when only the year or month is known
   */
  public Optional<LocalDate> toLocalDate() {
    return day == 0 ? Optional.empty() : Optional.of(earliest());
  }

  @Override
  public int compareTo(PartialDate other) {
    int byStart = earliest().compareTo(other.earliest());
    return byStart != 0 ? byStart : precision().compareTo(other.precision());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate
        && ((PartialDate) o).year == year
        && ((PartialDate) o).month == month
        && ((PartialDate) o).day == day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /**
   * The date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; {@link #parse} reads it back.
   */
  @Override
  public String toString() {
    char[] text = new char[10];
    return new String(text, 0, write(text, year, month, day));
  }

  /**
   * Writes a date of a year from 1 to 9999 into the first characters of {@code text} (ten at
   * least); a month or day of 0 is left out. Returns how many characters it wrote.
   */
  private static int write(char[] text, int year, int month, int day) {
    text[0] = (char) ('0' + year / 1000);
    text[1] = (char) ('0' + year / 100 % 10);
    text[2] = (char) ('0' + year / 10 % 10);
    text[3] = (char) ('0' + year % 10);
    int n = 4;
    if (month != 0) {
      n = two(text, n, month);
    }
    if (day != 0) {
      n = two(text, n, day);
    }
    return n;
  }

  private static int two(char[] text, int at, int value) {
    text[at] = '-';
    text[at + 1] = (char) ('0' + value / 10);
    text[at + 2] = (char) ('0' + value % 10);
    return at + 3;
  }
}
