package dev.parley.examples.seeds;

import dev.parley.core.model.Organization;
import dev.parley.core.model.OrganizationKind;
import dev.parley.core.model.Party;

/** The parties of the seed press releases, and the ministry that published them. */
public final class Parties {
  /** Japan. */
  public static final Party JAPAN = Party.of("jp", "Japan");

  /** The European Union, represented by the European Commission. */
  public static final Party EUROPEAN_UNION = Party.of("eu", "European Union");

  /** Germany. */
  public static final Party GERMANY = Party.of("de", "Germany");

  /** The United States. */
  public static final Party UNITED_STATES = Party.of("us", "United States");

  /** India. */
  public static final Party INDIA = Party.of("in", "India");

  /** Italy, met during the State Minister's 2017 visit. */
  public static final Party ITALY = Party.of("it", "Italy");

  /** Japan's Ministry of Internal Affairs and Communications, publisher of every seed. */
  public static final Organization MIC =
      Organization.builder()
          .name("Ministry of Internal Affairs and Communications")
          .acronym("MIC")
          .party(JAPAN)
          .kind(OrganizationKind.MINISTRY)
          .build();

  /** The publisher as the sources name it. */
  static final String PUBLISHER = "Ministry of Internal Affairs and Communications";

  private Parties() {}
}
