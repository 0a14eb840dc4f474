package dev.parley.examples;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.report.DiffReport;
import dev.parley.examples.seeds.JapanEuPolicyDialogue;
import dev.parley.examples.seeds.JapanEuStrategyWorkshop;

/**
 * Compares two meetings: the 10th Japan-EU ICT Strategy Workshop (2020) against the 27th Japan-EU
 * ICT Policy Dialogue (2022), two series of the same parties.
 */
public final class CompareMeetings {
  private CompareMeetings() {}

  /**
   * The diff of the 2020 workshop against the 2022 dialogue, as plain text.
   *
   * @return the report
   */
  public static String report() {
    AgendaDiff diff =
        AgendaDiff.between(JapanEuStrategyWorkshop.tenth(), JapanEuPolicyDialogue.twentySeventh());
    return DiffReport.text(diff);
  }

  /**
   * Prints the diff.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(report());
  }
}
