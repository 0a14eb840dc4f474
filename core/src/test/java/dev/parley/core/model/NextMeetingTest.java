package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NextMeetingTest {
  private final NextMeeting byEnd2021 =
      NextMeeting.builder().text("by the end of 2021").latest(LocalDate.of(2021, 12, 31)).build();

  @Test
  void fuzzyPlanKeepsItsTextAndBounds() {
    assertThat(byEnd2021.text()).contains("by the end of 2021");
    assertThat(byEnd2021.windowStart()).isEmpty();
    assertThat(byEnd2021.windowEnd()).contains(LocalDate.of(2021, 12, 31));
  }

  @Test
  void exactDateBoundsTheWindowByItsPrecision() {
    NextMeeting march = NextMeeting.builder().date(PartialDate.of(2021, 3)).build();
    assertThat(march.windowStart()).contains(LocalDate.of(2021, 3, 1));
    assertThat(march.windowEnd()).contains(LocalDate.of(2021, 3, 31));
  }

  @Test
  void rejectsAPlanWithNeitherDateNorText() {
    assertThatThrownBy(() -> NextMeeting.builder().latest(LocalDate.of(2021, 12, 31)).build())
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("text"));
  }

  @Test
  void rejectsLatestBeforeEarliest() {
    assertThatThrownBy(() -> byEnd2021.withEarliest(LocalDate.of(2022, 1, 1)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Next meeting: latest 2021-12-31 is before earliest 2022-01-01");
  }

  @Test
  void rejectsBoundsBesideAnExactDate() {
    assertThatThrownBy(() -> byEnd2021.withDate(PartialDate.of(2021, 6, 1)))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("date"));
  }
}
