package dev.parley.core.model;

/** Where a joint project stands at the session that reports it. */
public enum ProjectStatus implements Coded {
  /** Proposed at this session by one or more parties, not yet selected. */
  PROPOSED("proposed"),
  /** Discussed at this session without being selected. */
  DISCUSSED("discussed"),
  /** Selected at this session. */
  NEWLY_SELECTED("newly-selected"),
  /** Selected at an earlier session and still running. */
  ONGOING("ongoing"),
  /** Finished. */
  COMPLETED("completed");

  private final String code;

  ProjectStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the status whose code is {@code code}.
   *
   * @param code the stable code, such as {@code ongoing}
   * @return the matching status
   * @throws IllegalArgumentException if no status has that code
   */
  public static ProjectStatus parse(String code) {
    return Coded.parse(ProjectStatus.class, code);
  }
}
