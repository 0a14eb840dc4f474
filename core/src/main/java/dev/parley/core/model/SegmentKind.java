package dev.parley.core.model;

/** What sort of meeting one part of a session is. */
public enum SegmentKind implements Coded {
  /** Government officials of the parties, the core of a policy dialogue. */
  GOVERNMENT_DIALOGUE("government-dialogue"),
  /** Governments and private-sector bodies together. */
  PUBLIC_PRIVATE_MEETING("public-private-meeting"),
  /** A business round table with government participation. */
  BUSINESS_ROUND_TABLE("business-round-table"),
  /** Talks between named officials, outside a numbered dialogue. */
  BILATERAL_TALK("bilateral-talk"),
  /** A meeting held alongside the main one, on its own subject. */
  SIDE_MEETING("side-meeting");

  private final String code;

  SegmentKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the kind of segment whose code is {@code code}.
   *
   * @param code the stable code, such as {@code public-private-meeting}
   * @return the matching kind of segment
   * @throws IllegalArgumentException if no kind of segment has that code
   */
  public static SegmentKind parse(String code) {
    return Coded.parse(SegmentKind.class, code);
  }
}
