package dev.parley.core.diff;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.Party;
import dev.parley.core.topic.Topic;
import java.util.List;
import java.util.Optional;

/**
 * A topic on both meetings' agendas, however differently titled ("5G and Beyond 5G (6G)", then
 * "5G/Beyond 5G (6G)").
 *
 * @param topic the topic
 * @param titlesBefore the older agenda titles that carry it
 * @param titlesAfter the newer agenda titles that carry it
 * @param before the strongest commitment on it at the older meeting
 * @param after the strongest commitment on it at the newer meeting
 * @param raisedBy the parties that made statements on it at the newer meeting, in order
 * @param olderComplete whether the older meeting's agenda is known in full, so that a missing level
 *     there means no outcome
 * @param newerComplete whether the newer meeting's agenda is known in full
 */
public record ContinuedTopic(
    Topic topic,
    List<String> titlesBefore,
    List<String> titlesAfter,
    Optional<Commitment> before,
    Optional<Commitment> after,
    List<Party> raisedBy,
    boolean olderComplete,
    boolean newerComplete)
    implements TopicChange {
  /**
   * Copies the lists.
   *
   * @param topic the {@code topic} component
   * @param titlesBefore the {@code titlesBefore} component
   * @param titlesAfter the {@code titlesAfter} component
   * @param before the {@code before} component
   * @param after the {@code after} component
   * @param raisedBy the {@code raisedBy} component
   * @param olderComplete the {@code olderComplete} component
   * @param newerComplete the {@code newerComplete} component
   */
  public ContinuedTopic {
    titlesBefore = List.copyOf(titlesBefore);
    titlesAfter = List.copyOf(titlesAfter);
    raisedBy = List.copyOf(raisedBy);
  }

  /**
   * A continued topic between two meetings known in full.
   *
   * @param topic the topic
   * @param titlesBefore the older agenda titles that carry it
   * @param titlesAfter the newer agenda titles that carry it
   * @param before the strongest commitment on it at the older meeting
   * @param after the strongest commitment on it at the newer meeting
   * @param raisedBy the parties that made statements on it at the newer meeting
   */
  public ContinuedTopic(
      Topic topic,
      List<String> titlesBefore,
      List<String> titlesAfter,
      Optional<Commitment> before,
      Optional<Commitment> after,
      List<Party> raisedBy) {
    this(topic, titlesBefore, titlesAfter, before, after, raisedBy, true, true);
  }

  /**
   * Whether the level at the older meeting is known: it has an outcome on the topic, or its agenda
   * is known in full, so that none means none.
   *
   * @return true if {@link #before()} can be trusted as the level
   */
  public boolean beforeKnown() {
    return before.isPresent() || olderComplete;
  }

  /**
   * Whether the level at the newer meeting is known.
   *
   * @return true if {@link #after()} can be trusted as the level
   */
  public boolean afterKnown() {
    return after.isPresent() || newerComplete;
  }

  /**
   * Whether the commitment rose, fell or stayed, as far as the records show. A meeting known only
   * in part may hold outcomes on the topic that its record does not show, so its level is only a
   * floor: a rise to a partial newer meeting is still a rise, and a fall from a partial older one a
   * fall, but anything else involving a partial record is unknown, never lowered (or kept).
   *
   * @return the direction
   */
  public Direction direction() {
    Direction d = Direction.of(before, after);
    if (olderComplete && newerComplete
        || d == Direction.RAISED && olderComplete
        || d == Direction.LOWERED && newerComplete) {
      return d;
    }
    return Direction.UNKNOWN;
  }
}
