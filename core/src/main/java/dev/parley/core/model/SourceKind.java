package dev.parley.core.model;

/**
 * What sort of document a source is. Only a report of the meeting must not predate it; a joint
 * statement submitted to the meeting or an announcement of it may come before.
 */
public enum SourceKind implements Coded {
  /** A report of the meeting's results, such as MIC's "Results of ..." press release. */
  REPORT("report"),
  /** A statement the parties, or private-sector bodies, issued jointly. */
  JOINT_STATEMENT("joint-statement"),
  /** An announcement that the meeting will be held. */
  ANNOUNCEMENT("announcement"),
  /** A speech or remarks given at the meeting. */
  SPEECH("speech"),
  /** Anything else, such as a news article about the meeting. */
  OTHER("other");

  private final String code;

  SourceKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the kind of source whose code is {@code code}.
   *
   * @param code the stable code, such as {@code joint-statement}
   * @return the matching kind of source
   * @throws IllegalArgumentException if no kind of source has that code
   */
  public static SourceKind parse(String code) {
    return Coded.parse(SourceKind.class, code);
  }
}
