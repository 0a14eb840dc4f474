package dev.parley.examples.seeds;

import dev.parley.core.model.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * The five seed press releases as records: nine sessions of six dialogue series. Each series has
 * its own class; this class lists them all.
 */
public final class Seeds {
  private Seeds() {}

  /**
   * Every seed session: the 4th Japan-Germany dialogue, the 10th Japan-EU workshop, the 27th
   * Japan-EU dialogue, the 11th Japan-U.S. meeting, the 19th EU-Japan round table visit, and the
   * 1st to 4th Japan-India JWG meetings.
   *
   * @return the sessions, in the order of the seed files
   */
  public static List<Session> sessions() {
    List<Session> all = new ArrayList<>();
    all.add(JapanGermanyPolicyDialogue.fourth());
    all.add(JapanEuStrategyWorkshop.tenth());
    all.add(JapanEuPolicyDialogue.twentySeventh());
    all.add(JapanUsInternetEconomyDialogue.eleventh());
    all.add(EuJapanBusinessRoundTable.nineteenth());
    all.addAll(JapanIndiaJointWorkingGroup.sessions());
    return List.copyOf(all);
  }
}
