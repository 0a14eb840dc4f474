package dev.parley.core.history;

import dev.parley.core.topic.Topic;
import java.util.Collections;
import java.util.List;

/**
 * One topic followed through a timeline: the sessions whose agendas carry it, with the commitment
 * at each, and the sessions known only in part that do not show it, where it is unknown rather than
 * absent.
 *
 * @param topic the topic
 * @param appearances the sessions that carry it, in timeline order; never empty
 * @param sessionCount the number of sessions in the timeline
 * @param unknownAt the columns, ascending, of sessions whose agenda is not known in full and does
 *     not show the topic
 */
public record TopicTrack(
    Topic topic, List<Appearance> appearances, int sessionCount, List<Integer> unknownAt) {
  /**
   * Copies the lists.
   *
   * @param topic the {@code topic} component
   * @param appearances the {@code appearances} component
   * @param sessionCount the {@code sessionCount} component
   * @param unknownAt the {@code unknownAt} component
   */
  public TopicTrack {
    appearances = List.copyOf(appearances);
    unknownAt = List.copyOf(unknownAt);
  }

  /**
   * The track of a topic in a timeline of sessions all known in full.
   *
   * @param topic the topic
   * @param appearances the sessions that carry it, in timeline order; never empty
   * @param sessionCount the number of sessions in the timeline
   */
  public TopicTrack(Topic topic, List<Appearance> appearances, int sessionCount) {
    this(topic, appearances, sessionCount, List.of());
  }

  /**
   * Whether the topic is unknown at a session: that session's record is known only in part and does
   * not show it.
   *
   * @param index the session's column, from 0
   * @return true if unknown there; false if it appears there or is known to be absent
   */
  public boolean isUnknownAt(int index) {
    return Collections.binarySearch(unknownAt, index) >= 0;
  }

  /**
   * The first session that carries the topic.
   *
   * @return the first appearance
   */
  public Appearance first() {
    return appearances.get(0);
  }

  /**
   * The last session that carries the topic.
   *
   * @return the last appearance
   */
  public Appearance last() {
    return appearances.get(appearances.size() - 1);
  }

  /**
   * How many sessions carry the topic.
   *
   * @return the number of appearances
   */
  public int count() {
    return appearances.size();
  }

  /**
   * The longest run of consecutive sessions that carry the topic.
   *
   * @return the length of the longest run, at least 1
   */
  public int longestRun() {
    int longest = 1;
    int run = 1;
    for (int i = 1; i < appearances.size(); i++) {
      run = appearances.get(i).index() == appearances.get(i - 1).index() + 1 ? run + 1 : 1;
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /**
   * How many times the topic came back after being absent from one or more sessions; a gap of
   * sessions where it is only unknown is no absence, so no revival.
   *
   * @return the number of revivals
   */
  public int revivals() {
    int revivals = 0;
    int u = 0;
    for (int i = 1; i < appearances.size(); i++) {
      int from = appearances.get(i - 1).index() + 1;
      int to = appearances.get(i).index();
      // Both lists ascend: one pass over the unknown columns for the whole track.
      while (u < unknownAt.size() && unknownAt.get(u) < from) {
        u++;
      }
      int unknown = 0;
      while (u < unknownAt.size() && unknownAt.get(u) < to) {
        unknown++;
        u++;
      }
      if (to - from > unknown) {
        revivals++;
      }
    }
    return revivals;
  }

  /**
   * Whether every session of the timeline carries the topic.
   *
   * @return true if the topic never left the agenda
   */
  public boolean isInEverySession() {
    return appearances.size() == sessionCount;
  }
}
