package dev.parley.core.diff;

import dev.parley.core.model.Commitment;
import dev.parley.core.topic.Topic;
import java.util.List;
import java.util.Optional;

/**
 * A topic on the older meeting's agenda that is not on the newer one's.
 *
 * @param topic the topic
 * @param titles the older agenda titles that carried it
 * @param commitment the strongest commitment on it at the older meeting
 * @param stillMentioned whether the newer meeting's statements or outcomes still mention it, under
 *     other agenda titles
 */
public record DroppedTopic(
    Topic topic, List<String> titles, Optional<Commitment> commitment, boolean stillMentioned)
    implements TopicChange {
  /**
   * Copies the list.
   *
   * @param topic the {@code topic} component
   * @param titles the {@code titles} component
   * @param commitment the {@code commitment} component
   * @param stillMentioned the {@code stillMentioned} component
   */
  public DroppedTopic {
    titles = List.copyOf(titles);
  }
}
