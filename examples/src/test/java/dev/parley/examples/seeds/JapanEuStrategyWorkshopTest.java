package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.ReleaseChecks.assertOutcomes;
import static dev.parley.examples.seeds.ReleaseChecks.level;
import static dev.parley.examples.seeds.ReleaseChecks.titles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Session;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Checked against seed 001, MIC's release of 6 October 2020. */
class JapanEuStrategyWorkshopTest {
  private final Session session = JapanEuStrategyWorkshop.tenth();

  @Test
  void tenthWorkshopOnlineOverTwoDays() {
    assertThat(session.ordinal()).hasValue(10);
    assertThat(session.start()).isEqualTo(PartialDate.of(2020, 10, 1));
    assertThat(session.end()).contains(PartialDate.of(2020, 10, 2));
    assertThat(session.mode()).contains(MeetingMode.ONLINE);
    assertThat(session.place()).isEmpty();
    assertThat(session.sources().get(0).published()).contains(LocalDate.of(2020, 10, 6));
  }

  @Test
  void aSeriesOfItsOwnBesideThePolicyDialogue() {
    assertThat(session.dialogue()).isNotEqualTo(JapanEuPolicyDialogue.DIALOGUE);
    assertThat(session.dialogue().parties()).isEqualTo(JapanEuPolicyDialogue.DIALOGUE.parties());
  }

  @Test
  void eightNumberedItems() {
    assertThat(session.segments()).hasSize(1);
    assertThat(titles(session.segments().get(0)))
        .containsExactly(
            "5G and Beyond 5G (6G)",
            "Cybersecurity",
            "Digital and smart cities for climate change response",
            "AI",
            "Digital action for COVID-19",
            "Platform",
            "Data",
            "Trust services");
    assertThat(ReleaseChecks.participants(session)).isZero();
  }

  @Test
  void outcomeLevelsFollowTheirWording() {
    assertOutcomes(
        session.segments().get(0),
        level(Commitment.SHARED_VIEW, "pointed out the importance of the international"),
        level(Commitment.AGREED_TO_COOPERATE, "would cooperate toward the early realization"),
        level(Commitment.SHARED_VIEW, "pointed out the importance of baseline requirements"),
        level(Commitment.REAFFIRMED, "confirmed that discussions"),
        level(Commitment.SHARED_VIEW, "recognized the importance of smart city security"),
        level(Commitment.SHARED_VIEW, "pointed out that the definition of AI"),
        level(Commitment.CONTINUE_DIALOGUE, "deepening of discussions"),
        level(Commitment.SHARED_VIEW, "confirmed the maintenance of social activities"),
        level(Commitment.SHARED_VIEW, "shared concerns about monopoly platformers"),
        level(Commitment.CONTINUE_DIALOGUE, "decided to continue exchanging opinions"),
        level(Commitment.CONTINUE_DIALOGUE, "decided to continue discussions"),
        level(Commitment.AGREED_TO_COOPERATE, "decided to continue their cooperation"));
  }
}
