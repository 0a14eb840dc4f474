package dev.parley.core.history;

import static dev.parley.testing.SampleSessions.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.NextMeeting;
import dev.parley.core.model.Session;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCheckTest {
  @Test
  void checksEachPlanAgainstTheNextMeeting() {
    NextMeeting byEnd2021 =
        NextMeeting.builder().text("by the end of 2021").latest(LocalDate.of(2021, 12, 31)).build();
    Session eleventh = meeting(11, "2020-09-17").withNextMeeting(byEnd2021);
    assertThat(PlanCheck.of(DialogueHistory.of(List.of(eleventh))))
        .extracting(PlanCheck::verdict)
        .containsExactly(PlanVerdict.NOT_YET_RECORDED);
    assertThat(
            PlanCheck.of(DialogueHistory.of(List.of(eleventh, meeting(12, "2021-11-30"))))
                .get(0)
                .verdict())
        .isEqualTo(PlanVerdict.HELD_AS_PLANNED);
    assertThat(
            PlanCheck.of(DialogueHistory.of(List.of(eleventh, meeting(12, "2022-03-01"))))
                .get(0)
                .verdict())
        .isEqualTo(PlanVerdict.HELD_LATER);
    NextMeeting nextYear =
        NextMeeting.builder().text("next year or later").earliest(LocalDate.of(2021, 1, 1)).build();
    assertThat(
            PlanCheck.of(
                    DialogueHistory.of(
                        List.of(eleventh.withNextMeeting(nextYear), meeting(12, "2020-12"))))
                .get(0)
                .verdict())
        .isEqualTo(PlanVerdict.HELD_EARLIER);
  }

  @Test
  void toStringNamesThePlannerThePlanTheMeetingHeldAndTheVerdictInOneShortLine() {
    Session planner =
        meeting(11, "2020-09-17", "AI", "5G")
            .withNextMeeting(
                NextMeeting.builder()
                    .text("by the end of 2021")
                    .latest(LocalDate.of(2021, 12, 31))
                    .build());
    Session held = meeting(12, "2022-03-02", "AI");
    PlanCheck check = PlanCheck.of(DialogueHistory.of(List.of(planner, held))).get(0);
    assertThat(check)
        .hasToString(
            "PlanCheck[Session 11 (2020-09-17) planned \"by the end of 2021\": Session 12"
                + " (2022-03-02), held-later]");
  }

  @Test
  void toStringOfAPlanNotYetKeptSaysSo() {
    Session planner =
        meeting(4, "2017-07-13", "AI")
            .withNextMeeting(NextMeeting.builder().text("next year").build());
    PlanCheck check = PlanCheck.of(DialogueHistory.of(List.of(planner))).get(0);
    assertThat(check)
        .hasToString("PlanCheck[Session 4 (2017-07-13) planned \"next year\": not-yet-recorded]");
    assertThat(check.toString()).doesNotContain("segments").hasSizeLessThan(120);
  }
}
