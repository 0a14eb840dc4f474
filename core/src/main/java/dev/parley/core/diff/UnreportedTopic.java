package dev.parley.core.diff;

import dev.parley.core.model.Commitment;
import dev.parley.core.topic.Topic;
import java.util.List;
import java.util.Optional;

/**
 * A topic one meeting's agenda carries that the other meeting's record does not show, where that
 * record is known only in part: the topic is not reported there, which is not to say it was dropped
 * (or added). The English release that lists the first two items says nothing of the third.
 *
 * @param topic the topic
 * @param titles the titles that carried it on the agenda that shows it
 * @param commitment the strongest commitment on it there
 * @param missingFromNewer true if the newer meeting's partial record does not show a topic of the
 *     older meeting; false if the older meeting's partial record does not show a topic of the newer
 * @param mentioned whether the partial record still mentions the topic in its statements, outcomes,
 *     summaries or notes
 */
public record UnreportedTopic(
    Topic topic,
    List<String> titles,
    Optional<Commitment> commitment,
    boolean missingFromNewer,
    boolean mentioned)
    implements TopicChange {
  /**
   * Copies the list.
   *
   * @param topic the {@code topic} component
   * @param titles the {@code titles} component
   * @param commitment the {@code commitment} component
   * @param missingFromNewer the {@code missingFromNewer} component
   * @param mentioned the {@code mentioned} component
   */
  public UnreportedTopic {
    titles = List.copyOf(titles);
  }
}
