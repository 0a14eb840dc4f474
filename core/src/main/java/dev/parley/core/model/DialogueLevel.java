package dev.parley.core.model;

/** The rank at which a dialogue series is held, which tells how much weight its outcomes carry. */
public enum DialogueLevel implements Coded {
  /** Ministers lead both sides. */
  MINISTERIAL("ministerial"),
  /** Vice-ministers or state secretaries lead. */
  VICE_MINISTERIAL("vice-ministerial"),
  /** Directors-general lead. */
  DIRECTOR_GENERAL("director-general"),
  /** A standing joint working group of officials. */
  WORKING_GROUP("working-group"),
  /** A workshop of officials and private-sector experts. */
  WORKSHOP("workshop"),
  /** A business round table that governments attend. */
  BUSINESS_ROUND_TABLE("business-round-table"),
  /** Anything else, such as a ministerial visit with a programme of talks. */
  OTHER("other");

  private final String code;

  DialogueLevel(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the level whose code is {@code code}.
   *
   * @param code the stable code, such as {@code director-general}
   * @return the matching level
   * @throws IllegalArgumentException if no level has that code
   */
  public static DialogueLevel parse(String code) {
    return Coded.parse(DialogueLevel.class, code);
  }
}
