package dev.parley.core.history;

import static dev.parley.testing.SampleSessions.DIALOGUE;
import static dev.parley.testing.SampleSessions.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.InvalidRecordException;
import dev.parley.core.model.NextMeeting;
import dev.parley.core.model.Session;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogueHistoryTest {
  @Test
  void putsSessionsInDateOrder() {
    DialogueHistory h =
        DialogueHistory.of(
            List.of(meeting(11, "2020-09-17"), meeting(10, "2019-10"), meeting(12, "2021-11-30")));
    assertThat(h.sessions()).extracting(s -> s.ordinal().getAsInt()).containsExactly(10, 11, 12);
    assertThat(h.session(11)).isPresent();
    assertThat(h.session(13)).isEmpty();
  }

  @Test
  void rejectsASessionOfAnotherDialogue() {
    Session other = meeting(1, "2020").withDialogue(DIALOGUE.withId("japan-eu"));
    assertThatThrownBy(() -> DialogueHistory.of(DIALOGUE, List.of(other)))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("sessions"))
        .hasMessage(
            "Dialogue history 'japan-us': Session 1 belongs to dialogue 'japan-eu', not to this"
                + " history");
  }

  @Test
  void rejectsTheDialogueRecordedDifferently() {
    Session other = meeting(1, "2020").withDialogue(DIALOGUE.withLevel(DialogueLevel.MINISTERIAL));
    assertThatThrownBy(() -> DialogueHistory.of(DIALOGUE, List.of(other)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("records dialogue 'japan-us' differently");
  }

  @Test
  void rejectsDuplicateOrdinals() {
    assertThatThrownBy(() -> DialogueHistory.of(List.of(meeting(4, "2020"), meeting(4, "2021"))))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Dialogue history 'japan-us': ordinal 4 is used more than once");
  }

  @Test
  void rejectsOrdinalsWhoseDatesRunBackwards() {
    assertThatThrownBy(
            () -> DialogueHistory.of(List.of(meeting(4, "2020-05"), meeting(5, "2019-12-01"))))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage(
            "Dialogue history 'japan-us': Session 5 starts 2019-12-01, before Session 4 starts"
                + " 2020-05");
  }

  @Test
  void acceptsOrdinalsWhoseDatesMayOverlap() {
    assertThat(DialogueHistory.of(List.of(meeting(4, "2020"), meeting(5, "2020-01-10"))).sessions())
        .hasSize(2);
  }

  @Test
  void findsTheGapBetweenTheFourthAndTheSixth() {
    DialogueHistory h =
        DialogueHistory.of(List.of(meeting(4, "2018"), meeting(6, "2020"), meeting(9, "2023")));
    assertThat(h.missingOrdinals()).containsExactly(5, 7, 8);
    assertThat(DialogueHistory.of(List.of(meeting(4, "2018"))).missingOrdinals()).isEmpty();
  }

  @Test
  void checksEachPlanAgainstTheNextMeeting() {
    NextMeeting byEnd2021 =
        NextMeeting.builder().text("by the end of 2021").latest(LocalDate.of(2021, 12, 31)).build();
    Session eleventh = meeting(11, "2020-09-17").withNextMeeting(byEnd2021);
    assertThat(DialogueHistory.of(List.of(eleventh)).plannedMeetings())
        .extracting(PlanCheck::verdict)
        .containsExactly(PlanVerdict.NOT_YET_RECORDED);
    assertThat(
            DialogueHistory.of(List.of(eleventh, meeting(12, "2021-11-30")))
                .plannedMeetings()
                .get(0)
                .verdict())
        .isEqualTo(PlanVerdict.HELD_AS_PLANNED);
    assertThat(
            DialogueHistory.of(List.of(eleventh, meeting(12, "2022-03-01")))
                .plannedMeetings()
                .get(0)
                .verdict())
        .isEqualTo(PlanVerdict.HELD_LATER);
    NextMeeting nextYear =
        NextMeeting.builder().text("next year or later").earliest(LocalDate.of(2021, 1, 1)).build();
    assertThat(
            DialogueHistory.of(List.of(eleventh.withNextMeeting(nextYear), meeting(12, "2020-12")))
                .plannedMeetings()
                .get(0)
                .verdict())
        .isEqualTo(PlanVerdict.HELD_EARLIER);
  }

  @Test
  void consecutiveDiffsFollowTheOrder() {
    DialogueHistory h =
        DialogueHistory.of(List.of(meeting(1, "2018", "AI"), meeting(2, "2019", "AI", "5G")));
    assertThat(h.consecutiveDiffs()).hasSize(1);
    assertThat(h.consecutiveDiffs().get(0).added())
        .extracting(a -> a.topic().id())
        .containsExactly("5g");
  }

  @Test
  void withSessionAndBetweenMakeNewHistories() {
    DialogueHistory h = DialogueHistory.of(List.of(meeting(1, "2018")));
    DialogueHistory more = h.withSession(meeting(2, "2020-06-01"));
    assertThat(h.sessions()).hasSize(1);
    assertThat(more.sessions()).hasSize(2);
    assertThat(more.between(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)).sessions())
        .extracting(s -> s.ordinal().getAsInt())
        .containsExactly(2);
  }

  @Test
  void twoSessionsOfTwoSeriesFromOneReleaseCountInTheirOwnHistories() {
    dev.parley.core.model.Source release =
        dev.parley.core.model.Source.builder()
            .publisher("MIC")
            .title("Results of two meetings")
            .published(LocalDate.of(2017, 7, 20))
            .build();
    Session visit = meeting(19, "2017-07-11", "AI", "5G").withSources(release);
    Session workingGroup =
        meeting(4, "2017-07-13", "Cybersecurity", "5G")
            .withDialogue(DIALOGUE.withId("japan-india").withName("Japan-India JWG"))
            .withSources(release);
    Session earlier = meeting(3, "2016-01", "Cybersecurity").withDialogue(workingGroup.dialogue());
    List<Session> all = List.of(visit, workingGroup, earlier);
    DialogueHistory first =
        DialogueHistory.of(
            DIALOGUE, all.stream().filter(s -> s.dialogue().equals(DIALOGUE)).toList());
    DialogueHistory second =
        DialogueHistory.of(
            workingGroup.dialogue(),
            all.stream().filter(s -> s.dialogue().equals(workingGroup.dialogue())).toList());
    assertThat(first.sessions()).containsExactly(visit);
    assertThat(second.sessions()).containsExactly(earlier, workingGroup);
    assertThat(first.timeline().track("5g").orElseThrow().count()).isEqualTo(1);
    assertThat(second.timeline().track("cybersecurity").orElseThrow().count()).isEqualTo(2);
    TopicTimeline both = TopicTimeline.of(all);
    assertThat(both.columns()).hasSize(3);
    assertThat(both.track("5g").orElseThrow().appearances())
        .extracting(a -> a.column().dialogue().id())
        .containsExactly("japan-us", "japan-india");
  }
}
