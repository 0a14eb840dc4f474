package dev.parley.core.model;

/** How much of a date a source states: only the year, the month, or the day. */
public enum DatePrecision implements Coded {
  /** Only the year is known: {@code 2014}. */
  YEAR("year"),
  /** The year and month are known: {@code 2014-02}. */
  MONTH("month"),
  /** The full date is known: {@code 2014-02-07}. */
  DAY("day");

  private final String code;

  DatePrecision(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the precision whose code is {@code code}.
   *
   * @param code the stable code, such as {@code month}
   * @return the matching precision
   * @throws IllegalArgumentException if no precision has that code
   */
  public static DatePrecision parse(String code) {
    return Coded.parse(DatePrecision.class, code);
  }
}
