package dev.parley.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.history.PlanCheck;
import dev.parley.core.history.PlanVerdict;
import dev.parley.core.history.TopicTimeline;
import dev.parley.core.history.TopicTrack;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.topic.TopicScheme;
import org.junit.jupiter.api.Test;

/** The Japan-India JWG's 1st to 4th meetings as one history, read off the 2017 release. */
class JapanIndiaHistoryTest {
  private final DialogueHistory history =
      DialogueHistory.of(JapanIndiaJointWorkingGroup.sessions());

  @Test
  void fourMeetingsInOrderWithNoneMissing() {
    assertThat(history.sessions())
        .extracting(s -> s.ordinal().getAsInt())
        .containsExactly(1, 2, 3, 4);
    assertThat(history.missingOrdinals()).isEmpty();
  }

  @Test
  void theFifthMeetingIsPlannedButNotYetRecorded() {
    assertThat(PlanCheck.of(history)).hasSize(1);
    assertThat(PlanCheck.of(history).get(0).planner().ordinal()).hasValue(4);
    assertThat(PlanCheck.of(history).get(0).verdict()).isEqualTo(PlanVerdict.NOT_YET_RECORDED);
  }

  @Test
  void theFourthMeetingBringsEveryProjectField() {
    // The first three meetings are known only by date and place: no agenda.
    assertThat(AgendaDiff.consecutive(history, TopicScheme.defaultScheme()).get(0).continued())
        .isEmpty();
    assertThat(AgendaDiff.consecutive(history, TopicScheme.defaultScheme()).get(2).added())
        .extracting(a -> a.topic().id())
        .containsExactly(
            "cybersecurity",
            "digital-divide",
            "network-infrastructure",
            "5g",
            "third-country-cooperation",
            "green-ict",
            "spam",
            "disaster-management",
            "digital-identity");
  }

  @Test
  void timelineShowsJointActionOnTheNewFieldsAndReaffirmationOnTheRunningOnes() {
    TopicTimeline timeline = TopicTimeline.of(history, TopicScheme.defaultScheme());
    TopicTrack cyber = timeline.track("cybersecurity").orElseThrow();
    assertThat(cyber.count()).isEqualTo(1);
    assertThat(cyber.first().column().ordinal()).hasValue(4);
    // Both lists carry cybersecurity; the new selection is the stronger commitment.
    assertThat(cyber.first().commitment()).contains(Commitment.JOINT_ACTION);
    assertThat(timeline.track("spam").orElseThrow().first().commitment())
        .contains(Commitment.REAFFIRMED);
    assertThat(timeline.inEverySession()).isEmpty();
  }

  @Test
  void japanUsPlanForTheNextMeetingIsNotYetRecorded() {
    DialogueHistory us =
        DialogueHistory.of(java.util.List.of(JapanUsInternetEconomyDialogue.eleventh()));
    assertThat(PlanCheck.of(us).get(0).verdict()).isEqualTo(PlanVerdict.NOT_YET_RECORDED);
    assertThat(PlanCheck.of(us).get(0).plan().text()).contains("by the end of 2021");
  }
}
