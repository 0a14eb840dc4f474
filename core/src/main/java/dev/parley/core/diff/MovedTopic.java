package dev.parley.core.diff;

import dev.parley.core.model.SegmentKind;
import dev.parley.core.topic.Topic;
import java.util.List;

/**
 * A topic on both meetings' agendas but in different kinds of segment: taken up in the government
 * dialogue before, in the public-private meeting now, although both meetings had both kinds of
 * segment. It is also reported as continued. A topic whose old kind of segment no longer exists (a
 * workshop compared with a policy dialogue) has not moved: the format changed.
 *
 * @param topic the topic
 * @param from the kinds of segment that carried it at the older meeting
 * @param to the kinds of segment that carry it at the newer meeting, none of them in {@code from}
 */
public record MovedTopic(Topic topic, List<SegmentKind> from, List<SegmentKind> to)
    implements TopicChange {
  /**
   * Copies the lists.
   *
   * @param topic the {@code topic} component
   * @param from the {@code from} component
   * @param to the {@code to} component
   */
  public MovedTopic {
    from = List.copyOf(from);
    to = List.copyOf(to);
  }
}
