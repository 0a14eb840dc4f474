package dev.parley.core.model;

/**
 * How strongly the parties bound themselves in an outcome, on an ordered scale from merely
 * informing each other to acting jointly. The order of the constants is the order of strength:
 * {@code informed < shared-view < continue-dialogue < reaffirmed < agreed-to-cooperate <
 * joint-action}.
 *
 * <p>The wording that press releases use for each level, weakest first: "explained", "introduced",
 * "showed interest" ({@link #INFORMED}); "pointed out the importance", "recognized", "shared
 * concerns", "welcomed" ({@link #SHARED_VIEW}); "will continue exchanging opinions", "continue
 * sharing information", "continue discussions" ({@link #CONTINUE_DIALOGUE}); "confirmed",
 * "reaffirmed their commitment" ({@link #REAFFIRMED}); "agreed to cooperate", "decided to promote
 * cooperation", "intend to strengthen cooperation" ({@link #AGREED_TO_COOPERATE}); "selected joint
 * projects and decided to collaborate in implementing them" ({@link #JOINT_ACTION}).
 */
public enum Commitment implements Coded {
  /** The parties told each other of their own policies; no common position. */
  INFORMED("informed"),
  /** The parties recognized a common view or concern. */
  SHARED_VIEW("shared-view"),
  /** The parties will keep talking about the matter. */
  CONTINUE_DIALOGUE("continue-dialogue"),
  /** The parties confirmed or reaffirmed an existing commitment. */
  REAFFIRMED("reaffirmed"),
  /** The parties agreed or decided to cooperate. */
  AGREED_TO_COOPERATE("agreed-to-cooperate"),
  /** The parties committed to concrete joint work, such as selected joint projects. */
  JOINT_ACTION("joint-action");

  private final String code;

  Commitment(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Whether this level binds the parties more strongly than {@code other}.
   *
   * @param other the level to compare with
   * @return true if this level is higher on the scale
   */
  public boolean isStrongerThan(Commitment other) {
    return compareTo(other) > 0;
  }

  /**
   * The stronger of two levels.
   *
   * @param a one level
   * @param b another level
   * @return whichever binds more strongly; {@code a} if they are equal
   */
  public static Commitment strongest(Commitment a, Commitment b) {
    return b.isStrongerThan(a) ? b : a;
  }

  /**
   * Returns the level whose code is {@code code}.
   *
   * @param code the stable code, such as {@code agreed-to-cooperate}
   * @return the matching level
   * @throws IllegalArgumentException if no level has that code
   */
  public static Commitment parse(String code) {
    return Coded.parse(Commitment.class, code);
  }
}
