package dev.parley.core.model;

import org.immutables.value.Value;

/**
 * A level of commitment suggested for an outcome's wording, with the words it rests on, so that a
 * reviewer sees why: "agreed to further promote" for {@link Commitment#AGREED_TO_COOPERATE},
 * "意見交換を継続していくことを確認" for {@link Commitment#CONTINUE_DIALOGUE}. Made by {@link
 * Commitment#suggestion(String)}; a suggestion only, never applied to a record that states its
 * level.
 */
@Value.Immutable
abstract class AbstractCommitmentSuggestion {
  /**
   * The suggested level.
   *
   * @return the level
   */
  @Value.Parameter
  public abstract Commitment level();

  /**
   * The words of the outcome the level rests on: the main verb and the complement that decided it,
   * as they stand in the wording after Unicode compatibility normalization (NFKC).
   *
   * @return the evidence, never blank
   */
  @Value.Parameter
  public abstract String evidence();
}
