package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaItemTest {
  @Test
  void strongestCommitmentIsTheHighestOutcome() {
    Outcome agreed =
        Samples.FIVE_G.outcomes().get(0).withCommitment(Commitment.AGREED_TO_COOPERATE);
    AgendaItem item =
        Samples.FIVE_G.withOutcomes(List.of(Samples.FIVE_G.outcomes().get(0), agreed));
    assertThat(item.strongestCommitment()).contains(Commitment.AGREED_TO_COOPERATE);
    assertThat(Samples.FIVE_G.withOutcomes(List.of()).strongestCommitment()).isEmpty();
  }

  @Test
  void numberIsOptional() {
    assertThat(AgendaItem.builder().title("IoT security").build().number()).isEmpty();
  }

  @Test
  void rejectsNumberBelowOne() {
    assertThatThrownBy(() -> Samples.FIVE_G.withNumber(0))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Agenda item 0: number 0 is less than 1");
  }

  @Test
  void rejectsTopicIdThatIsNotASlug() {
    assertThatThrownBy(() -> Samples.FIVE_G.withTopics("Beyond 5G"))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("topics[0]"));
  }

  @Test
  void rejectsTheSameTopicTwice() {
    assertThatThrownBy(() -> Samples.FIVE_G.withTopics("5g", "5g"))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Agenda item 4: topics names 5g more than once");
  }

  @Test
  void rejectsTitleWithSurroundingWhiteSpace() {
    assertThatThrownBy(() -> Samples.FIVE_G.withTitle("5G\n"))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("title"));
  }
}
