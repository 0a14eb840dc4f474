package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialogueTest {
  @Test
  void keepsPartiesInTheOrderWritten() {
    assertThat(Samples.DIALOGUE.parties()).containsExactly(Samples.JAPAN, Samples.GERMANY);
  }

  @Test
  void findsAPartyByCode() {
    assertThat(Samples.DIALOGUE.party("de")).contains(Samples.GERMANY);
    assertThat(Samples.DIALOGUE.party("it")).isEmpty();
  }

  @Test
  void rejectsFewerThanTwoParties() {
    assertThatThrownBy(() -> Samples.DIALOGUE.withParties(Samples.JAPAN))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("parties"))
        .hasMessage(
            "Dialogue 'japan-germany-ict-policy-dialogue': parties has 1; a dialogue has at"
                + " least 2");
  }

  @Test
  void rejectsThePartyTwice() {
    assertThatThrownBy(() -> Samples.DIALOGUE.withParties(Samples.JAPAN, Samples.JAPAN))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageEndingWith("parties names jp more than once");
  }

  @Test
  void rejectsIdThatIsNotASlug() {
    assertThatThrownBy(() -> Samples.DIALOGUE.withId("Japan Germany"))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("id"))
        .hasMessageContaining("id \"Japan Germany\" must be");
  }
}
