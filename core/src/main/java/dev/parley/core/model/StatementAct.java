package dev.parley.core.model;

/** What a party did in a statement, as the press release words it. */
public enum StatementAct implements Coded {
  /** "explained". */
  EXPLAINED("explained"),
  /** "introduced". */
  INTRODUCED("introduced"),
  /** "presented", "gave an overview". */
  PRESENTED("presented"),
  /** "proposed", "submitted a proposal". */
  PROPOSED("proposed"),
  /** "emphasized". */
  EMPHASIZED("emphasized"),
  /** "showed (a high) interest". */
  SHOWED_INTEREST("showed-interest"),
  /** "pointed out". */
  POINTED_OUT("pointed-out"),
  /** "mentioned". */
  MENTIONED("mentioned"),
  /** "exchanged views", "exchanged opinions", "discussed". */
  EXCHANGED_VIEWS("exchanged-views"),
  /** "delivered a speech". */
  DELIVERED_SPEECH("delivered-speech"),
  /** Any other act; the text says which. */
  OTHER("other");

  private final String code;

  StatementAct(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the act whose code is {@code code}.
   *
   * @param code the stable code, such as {@code explained}
   * @return the matching act
   * @throws IllegalArgumentException if no act has that code
   */
  public static StatementAct parse(String code) {
    return Coded.parse(StatementAct.class, code);
  }
}
