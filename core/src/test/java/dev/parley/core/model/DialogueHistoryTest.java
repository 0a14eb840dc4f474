package dev.parley.core.model;

import static dev.parley.testing.SampleSessions.DIALOGUE;
import static dev.parley.testing.SampleSessions.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void isAValueWithEqualityABuilderAndCopies() {
    DialogueHistory a = DialogueHistory.of(List.of(meeting(4, "2020"), meeting(5, "2021")));
    DialogueHistory b =
        DialogueHistory.builder()
            .dialogue(DIALOGUE)
            .addSession(meeting(5, "2021"))
            .addSession(meeting(4, "2020"))
            .build();
    assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
    assertThat(b.toString()).contains("DialogueHistory").contains(DIALOGUE.id());
    assertThat(a.withSessions(List.of(meeting(4, "2020")))).isNotEqualTo(a);
  }

  @Test
  void aCopyIsCheckedAndOrderedAgain() {
    DialogueHistory h = DialogueHistory.of(List.of(meeting(4, "2020")));
    assertThat(h.withSessions(List.of(meeting(6, "2022"), meeting(5, "2021"))).sessions())
        .extracting(s -> s.ordinal().getAsInt())
        .containsExactly(5, 6);
    assertThatThrownBy(() -> h.withSessions(List.of(meeting(4, "2020"), meeting(4, "2021"))))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("ordinal 4 is used more than once");
  }
}
