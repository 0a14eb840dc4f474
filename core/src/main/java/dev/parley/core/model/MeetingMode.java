package dev.parley.core.model;

/** How the participants of a session met. */
public enum MeetingMode implements Coded {
  /** Everyone in one place. */
  IN_PERSON("in-person"),
  /** A web conference. */
  ONLINE("online"),
  /** Some in the room, some connected. */
  HYBRID("hybrid");

  private final String code;

  MeetingMode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the mode whose code is {@code code}.
   *
   * @param code the stable code, such as {@code online}
   * @return the matching mode
   * @throws IllegalArgumentException if no mode has that code
   */
  public static MeetingMode parse(String code) {
    return Coded.parse(MeetingMode.class, code);
  }
}
