package dev.parley.core.history;

import dev.parley.core.topic.Topic;
import java.util.List;

/**
 * One topic followed through a timeline: the sessions whose agendas carry it, with the commitment
 * at each.
 *
 * @param topic the topic
 * @param appearances the sessions that carry it, in timeline order; never empty
 * @param sessionCount the number of sessions in the timeline
 */
public record TopicTrack(Topic topic, List<Appearance> appearances, int sessionCount) {
  /**
   * Copies the list.
   *
   * @param topic the {@code topic} component
   * @param appearances the {@code appearances} component
   * @param sessionCount the {@code sessionCount} component
   */
  public TopicTrack {
    appearances = List.copyOf(appearances);
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
   * How many times the topic came back after being absent from one or more sessions.
   *
   * @return the number of revivals
   */
  public int revivals() {
    int revivals = 0;
    for (int i = 1; i < appearances.size(); i++) {
      if (appearances.get(i).index() > appearances.get(i - 1).index() + 1) {
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
