package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTest {
  private final Statement explained = Samples.FIVE_G.statements().get(0);

  @Test
  void keepsActAndText() {
    assertThat(explained.act()).isEqualTo(StatementAct.EXPLAINED);
    assertThat(explained.text()).startsWith("Japan explained");
  }

  @Test
  void rejectsAStatementByNobody() {
    assertThatThrownBy(() -> explained.withParties(List.of()))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Statement: parties is empty; at least one is required");
  }

  @Test
  void rejectsThePartyTwice() {
    assertThatThrownBy(() -> explained.withParties(Samples.JAPAN, Samples.JAPAN))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Statement: parties names jp more than once");
  }
}
