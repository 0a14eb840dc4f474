package dev.parley.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.diff.ContinuedTopic;
import dev.parley.core.diff.Direction;
import dev.parley.core.model.Commitment;
import org.junit.jupiter.api.Test;

/**
 * The 10th Japan-EU ICT Strategy Workshop (2020) against the 27th Japan-EU ICT Policy Dialogue
 * (2022), with every expectation read off the two releases.
 */
class JapanEuComparisonTest {
  private final AgendaDiff diff =
      AgendaDiff.between(JapanEuStrategyWorkshop.tenth(), JapanEuPolicyDialogue.twentySeventh());

  @Test
  void fiveGBeyondFiveGAndCybersecurityContinueUnderOtherTitles() {
    assertThat(diff.continued())
        .extracting(c -> c.topic().id())
        .containsExactly("5g", "beyond-5g", "cybersecurity");
    ContinuedTopic beyond = diff.continued().get(1);
    assertThat(beyond.titlesBefore()).containsExactly("5G and Beyond 5G (6G)");
    assertThat(beyond.titlesAfter()).containsExactly("5G/Beyond 5G (6G)");
  }

  @Test
  void commitmentOnBeyondFiveGKeptOnCybersecurityLowered() {
    // 2020: "agreed that Japan and the EU would cooperate toward the early realization of Beyond
    // 5G"; 2022: "decided to promote cooperation ... especially in promoting B5G/6G".
    ContinuedTopic beyond = diff.continued().get(1);
    assertThat(beyond.before()).contains(Commitment.AGREED_TO_COOPERATE);
    assertThat(beyond.after()).contains(Commitment.AGREED_TO_COOPERATE);
    assertThat(beyond.direction()).isEqualTo(Direction.KEPT);
    // 2020: "confirmed that discussions ..." (reaffirmed); 2022: explanations only, no outcome.
    ContinuedTopic cyber = diff.continued().get(2);
    assertThat(cyber.before()).contains(Commitment.REAFFIRMED);
    assertThat(cyber.after()).isEmpty();
    assertThat(cyber.direction()).isEqualTo(Direction.LOWERED);
  }

  @Test
  void regulatoryReformIsNewAndRaisedByBothSides() {
    assertThat(diff.added()).extracting(a -> a.topic().id()).containsExactly("ict-regulation");
    assertThat(diff.added().get(0).titles()).containsExactly("Regulatory reform");
    assertThat(diff.added().get(0).commitment()).contains(Commitment.INFORMED);
    assertThat(diff.added().get(0).raisedBy())
        .containsExactly(Parties.EUROPEAN_UNION, Parties.JAPAN);
  }

  @Test
  void sevenWorkshopTopicsDroppedAiAndPlatformsStillDiscussed() {
    assertThat(diff.dropped())
        .extracting(d -> d.topic().id())
        .containsExactly(
            "smart-cities",
            "green-ict",
            "ai",
            "covid-19",
            "platforms",
            "data-economy",
            "trust-services");
    // 2022 item 2: "initiatives related to AI" and "platform services", "Digital Services Bill".
    assertThat(diff.dropped())
        .filteredOn(d -> d.stillMentioned())
        .extracting(d -> d.topic().id())
        .containsExactly("ai", "platforms");
  }

  @Test
  void aChangeOfFormatIsNeitherShiftNorMove() {
    assertThat(diff.shifted()).isEmpty();
    assertThat(diff.moved()).isEmpty();
    assertThat(diff.unclassified().added()).isEmpty();
    assertThat(diff.unclassified().dropped()).isEmpty();
  }
}
