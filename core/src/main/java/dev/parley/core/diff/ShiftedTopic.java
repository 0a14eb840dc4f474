package dev.parley.core.diff;

import dev.parley.core.topic.Topic;

/**
 * A dropped topic and an added one that are broader or narrower than each other: the agenda
 * narrowed from {@code cybersecurity} to {@code iot-security}, or broadened the other way. The pair
 * is reported here instead of as one topic dropped and another added.
 *
 * @param from the topic of the older meeting
 * @param to the topic of the newer meeting
 * @param narrowed true if {@code to} is narrower than {@code from}; false if broader
 */
public record ShiftedTopic(DroppedTopic from, AddedTopic to, boolean narrowed)
    implements TopicChange {
  /**
   * The topic that gave way: {@code from().topic()}.
   *
   * @return the dropped topic
   */
  @Override
  public Topic topic() {
    return from().topic();
  }
}
