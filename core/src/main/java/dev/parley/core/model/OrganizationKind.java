package dev.parley.core.model;

/** What sort of body an organization is; it tells a reader whose voice a delegation carries. */
public enum OrganizationKind implements Coded {
  /** A government ministry or agency (MIC, the U.S. Department of State). */
  MINISTRY("ministry"),
  /** An independent regulator (the Personal Information Protection Commission, AGCOM). */
  REGULATOR("regulator"),
  /** A legislature or one of its members' bodies (the European Parliament). */
  LEGISLATURE("legislature"),
  /** An international body or the executive of a union (the European Commission, the OECD). */
  INTERNATIONAL_BODY("international-body"),
  /** A business federation or chamber of commerce (Keidanren, the ACCJ). */
  BUSINESS_ASSOCIATION("business-association"),
  /** A single company. */
  COMPANY("company"),
  /** Any other body: a research institute, a standards body. */
  OTHER("other");

  private final String code;

  OrganizationKind(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the kind of organization whose code is {@code code}.
   *
   * @param code the stable code, such as {@code business-association}
   * @return the matching kind of organization
   * @throws IllegalArgumentException if no kind of organization has that code
   */
  public static OrganizationKind parse(String code) {
    return Coded.parse(OrganizationKind.class, code);
  }
}
