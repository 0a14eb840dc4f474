package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommitmentTest {
  @Test
  void scaleRunsFromInformedToJointAction() {
    assertThat(Commitment.values())
        .extracting(Commitment::code)
        .containsExactly(
            "informed",
            "shared-view",
            "continue-dialogue",
            "reaffirmed",
            "agreed-to-cooperate",
            "joint-action");
  }

  @Test
  void agreeingToCooperateIsStrongerThanContinuingTheDialogue() {
    assertThat(Commitment.AGREED_TO_COOPERATE.isStrongerThan(Commitment.CONTINUE_DIALOGUE))
        .isTrue();
    assertThat(Commitment.CONTINUE_DIALOGUE.isStrongerThan(Commitment.AGREED_TO_COOPERATE))
        .isFalse();
    assertThat(Commitment.REAFFIRMED.isStrongerThan(Commitment.REAFFIRMED)).isFalse();
  }

  @Test
  void strongestPicksTheHigherLevel() {
    assertThat(Commitment.strongest(Commitment.INFORMED, Commitment.JOINT_ACTION))
        .isEqualTo(Commitment.JOINT_ACTION);
    assertThat(Commitment.strongest(Commitment.REAFFIRMED, Commitment.SHARED_VIEW))
        .isEqualTo(Commitment.REAFFIRMED);
  }

  @Test
  void parsesItsCodes() {
    assertThat(Commitment.parse("continue-dialogue")).isEqualTo(Commitment.CONTINUE_DIALOGUE);
  }
}
