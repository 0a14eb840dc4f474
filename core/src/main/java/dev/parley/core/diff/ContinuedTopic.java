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
 */
public record ContinuedTopic(
    Topic topic,
    List<String> titlesBefore,
    List<String> titlesAfter,
    Optional<Commitment> before,
    Optional<Commitment> after,
    List<Party> raisedBy)
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
   */
  public ContinuedTopic {
    titlesBefore = List.copyOf(titlesBefore);
    titlesAfter = List.copyOf(titlesAfter);
    raisedBy = List.copyOf(raisedBy);
  }

  /**
   * Whether the commitment rose, fell or stayed.
   *
   * @return the direction from {@link #before} to {@link #after}
   */
  public Direction direction() {
    return Direction.of(before, after);
  }
}
