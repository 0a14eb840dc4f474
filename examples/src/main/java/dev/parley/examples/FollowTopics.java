package dev.parley.examples;

import dev.parley.core.history.TopicTimeline;
import dev.parley.core.report.TimelineReport;
import dev.parley.examples.seeds.Seeds;

/** Follows every topic across all of Japan's seed dialogues in one timeline. */
public final class FollowTopics {
  private FollowTopics() {}

  /**
   * The timeline of every seed session, as plain text.
   *
   * @return the report
   */
  public static String report() {
    return TimelineReport.text(TopicTimeline.of(Seeds.sessions()));
  }

  /**
   * Prints the timeline.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(report());
  }
}
