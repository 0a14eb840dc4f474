package dev.parley.core.model;

/**
 * How much of a meeting its sources show: all of it, part of it, or an amount nobody can tell from
 * the copy at hand.
 */
public enum Extent implements Coded {
  /** The sources show everything: every item of the agenda, every outcome. */
  COMPLETE("complete"),
  /** The sources show only part ("the English release lists the first three items"). */
  PARTIAL("partial"),
  /** Whether the sources show everything cannot be told. */
  UNKNOWN("unknown");

  private final String code;

  Extent(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the extent whose code is {@code code}.
   *
   * @param code the stable code, such as {@code partial}
   * @return the matching extent
   * @throws IllegalArgumentException if no extent has that code
   */
  public static Extent parse(String code) {
    return Coded.parse(Extent.class, code);
  }
}
