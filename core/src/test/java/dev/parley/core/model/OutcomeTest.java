package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  private final Outcome continued = Samples.FIVE_G.outcomes().get(0);

  @Test
  void bindsThePartiesAtALevel() {
    assertThat(continued.parties()).containsExactly(Samples.JAPAN, Samples.GERMANY);
    assertThat(continued.commitment()).isEqualTo(Commitment.CONTINUE_DIALOGUE);
  }

  @Test
  void rejectsAnOutcomeBindingNobody() {
    assertThatThrownBy(() -> continued.withParties(List.of()))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("parties"));
  }

  @Test
  void rejectsBlankText() {
    assertThatThrownBy(() -> continued.withText("\t"))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Outcome: text is blank");
  }
}
