package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SegmentTest {
  @Test
  void findsTheDelegationOfAParty() {
    assertThat(Samples.SEGMENT.delegation(Samples.JAPAN)).isPresent();
    assertThat(Samples.SEGMENT.delegation(Samples.GERMANY)).isEmpty();
  }

  @Test
  void allowsSeveralUnnumberedItems() {
    AgendaItem a = AgendaItem.builder().title("Data economy and Internet governance").build();
    AgendaItem b = AgendaItem.builder().title("IoT security").build();
    assertThat(Samples.SEGMENT.withAgenda(a, b).agenda()).containsExactly(a, b);
  }

  @Test
  void rejectsAnAgendaNumberUsedTwice() {
    assertThatThrownBy(
            () -> Samples.SEGMENT.withAgenda(Samples.FIVE_G, Samples.FIVE_G.withTitle("IoT")))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("agenda"))
        .hasMessage(
            "Segment 'Fourth Japan-Germany ICT Policy Dialogue': agenda number 4 is used more"
                + " than once");
  }

  @Test
  void rejectsTwoDelegationsOfOneParty() {
    Delegation japan = Samples.SEGMENT.delegations().get(0);
    assertThatThrownBy(() -> Samples.SEGMENT.withDelegations(japan, japan))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageEndingWith("delegations names jp more than once");
  }
}
