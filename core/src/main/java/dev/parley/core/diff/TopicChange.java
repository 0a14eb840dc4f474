package dev.parley.core.diff;

import dev.parley.core.topic.Topic;

/**
 * One change of a topic between two agendas, as an {@link AgendaDiff} reports it: added, dropped,
 * continued, shifted to a broader or narrower topic, or moved between segments. The set of kinds is
 * closed (sealed), so matching on a change can name every kind; on Java 21 a {@code switch} over it
 * is checked for completeness:
 *
 * <pre>{@code
 * for (TopicChange c : diff.changes()) {
 *   if (c instanceof AddedTopic a) {
 *     System.out.println("new: " + a.topic().prefLabel());
 *   } else if (c instanceof ShiftedTopic s) {
 *     System.out.println(s.topic().prefLabel() + " became " + s.to().topic().prefLabel());
 *   }
 * }
 * }</pre>
 */
public sealed interface TopicChange
    permits AddedTopic, DroppedTopic, ContinuedTopic, ShiftedTopic, MovedTopic {
  /**
   * The topic the change is about; for a shift, the topic that gave way.
   *
   * @return the topic
   */
  Topic topic();
}
