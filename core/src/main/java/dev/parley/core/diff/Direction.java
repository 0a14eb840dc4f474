package dev.parley.core.diff;

import dev.parley.core.model.Coded;
import dev.parley.core.model.Commitment;
import java.util.Comparator;
import java.util.Optional;

/** Whether the commitment on a continued topic rose, fell or stayed between two meetings. */
public enum Direction implements Coded {
  /**
   * Stronger at the newer meeting ("will continue exchanging opinions" to "agreed to cooperate").
   */
  RAISED("raised"),
  /** Weaker at the newer meeting. */
  LOWERED("lowered"),
  /** The same level, or no outcome at either meeting. */
  KEPT("kept"),
  /**
   * Not known: a meeting whose record is known only in part may hold outcomes on the topic that it
   * does not show, so a fall to it (or a rise from it, or no change) cannot be told.
   */
  UNKNOWN("unknown");

  private static final Comparator<Optional<Commitment>> ORDER =
      Comparator.comparing(c -> c.map(x -> x.ordinal()).orElse(-1));

  private final String code;

  Direction(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * The direction from one level to another; a topic with no outcome ranks below {@link
   * Commitment#INFORMED}.
   *
   * @param before the strongest commitment at the older meeting, if any
   * @param after the strongest commitment at the newer meeting, if any
   * @return raised, lowered or kept; never unknown, which only a {@link ContinuedTopic} that knows
   *     its meetings' completeness can say
   */
  public static Direction of(Optional<Commitment> before, Optional<Commitment> after) {
    int c = ORDER.compare(after, before);
    return c > 0 ? RAISED : c < 0 ? LOWERED : KEPT;
  }
}
