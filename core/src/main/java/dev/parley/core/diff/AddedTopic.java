package dev.parley.core.diff;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.Party;
import dev.parley.core.topic.Topic;
import java.util.List;
import java.util.Optional;

/**
 * A topic on the newer meeting's agenda that was not on the older one's.
 *
 * @param topic the topic
 * @param titles the newer agenda titles that carry it
 * @param commitment the strongest commitment on it at the newer meeting
 * @param raisedBy the parties that made statements under those items, in order: who brought it to
 *     the table
 */
public record AddedTopic(
    Topic topic, List<String> titles, Optional<Commitment> commitment, List<Party> raisedBy)
    implements TopicChange {
  /**
   * Copies the lists.
   *
   * @param topic the {@code topic} component
   * @param titles the {@code titles} component
   * @param commitment the {@code commitment} component
   * @param raisedBy the {@code raisedBy} component
   */
  public AddedTopic {
    titles = List.copyOf(titles);
    raisedBy = List.copyOf(raisedBy);
  }
}
