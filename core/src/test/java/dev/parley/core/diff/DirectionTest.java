package dev.parley.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Commitment;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectionTest {
  @Test
  void comparesLevelsWithNoOutcomeLowest() {
    assertThat(
            Direction.of(
                Optional.of(Commitment.CONTINUE_DIALOGUE),
                Optional.of(Commitment.AGREED_TO_COOPERATE)))
        .isEqualTo(Direction.RAISED);
    assertThat(Direction.of(Optional.of(Commitment.REAFFIRMED), Optional.empty()))
        .isEqualTo(Direction.LOWERED);
    assertThat(Direction.of(Optional.empty(), Optional.of(Commitment.INFORMED)))
        .isEqualTo(Direction.RAISED);
    assertThat(Direction.of(Optional.empty(), Optional.empty())).isEqualTo(Direction.KEPT);
    assertThat(
            Direction.of(
                Optional.of(Commitment.JOINT_ACTION), Optional.of(Commitment.JOINT_ACTION)))
        .isEqualTo(Direction.KEPT);
  }
}
