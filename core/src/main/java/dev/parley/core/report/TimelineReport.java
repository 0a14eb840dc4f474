package dev.parley.core.report;

import dev.parley.core.history.Appearance;
import dev.parley.core.history.TimelineColumn;
import dev.parley.core.history.TopicTimeline;
import dev.parley.core.history.TopicTrack;
import dev.parley.core.model.Commitment;
import dev.parley.core.topic.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A {@link TopicTimeline} as a grid a person reads: one row per topic, one column per session in
 * date order, each cell the commitment on that topic at that session. Plain text for a terminal,
 * Markdown for a code-hosting page.
 *
 * <p>Cell symbols: {@code I} informed, {@code S} shared view, {@code C} continue dialogue, {@code
 * R} reaffirmed, {@code A} agreed to cooperate, {@code J} joint action, {@code +} on the agenda
 * without an outcome, {@code ?} not reported (the session's record is partial and does not show the
 * topic), {@code .} absent.
 */
public final class TimelineReport {
  private static final String LEGEND =
      "I informed, S shared-view, C continue-dialogue, R reaffirmed, A agreed-to-cooperate,"
          + " J joint-action, + on the agenda without an outcome,"
          + " ? not reported (partial record), . absent";

  private TimelineReport() {}

  /**
   * The symbol of a commitment in a timeline cell.
   *
   * @param commitment the strongest commitment on a topic at a session, if any outcome
   * @return one character: I, S, C, R, A, J, or + when there is no outcome
   */
  public static char symbol(Optional<Commitment> commitment) {
    return commitment.map(c -> "ISCRAJ".charAt(c.ordinal())).orElse('+');
  }

  /**
   * The timeline as plain text: a numbered list of sessions, then the grid.
   *
   * @param timeline the timeline
   * @return the report, lines ending in {@code \n}
   */
  public static String text(TopicTimeline timeline) {
    StringBuilder out = new StringBuilder();
    text(timeline, out);
    return out.toString();
  }

  /**
   * Writes the timeline as plain text, one line at a time, so that the report of a large timeline
   * never has to fit in memory.
   *
   * @param timeline the timeline
   * @param out where to write, such as a {@code PrintWriter}
   * @throws UncheckedIOException if writing fails
   */
  public static void text(TopicTimeline timeline, Appendable out) {
    try {
      List<TimelineColumn> sessions = timeline.columns();
      List<Topic> topics = timeline.topics();
      out.append(
          "Topic timeline: " + sessions.size() + " sessions, " + topics.size() + " topics\n\n");
      for (int i = 0; i < sessions.size(); i++) {
        out.append(String.format("%4d  %s\n", i + 1, OneLine.of(sessions.get(i).label())));
      }
      int width = 12;
      for (Topic t : topics) {
        width = Math.max(width, t.id().length());
      }
      out.append('\n').append(pad("topic", width)).append("  ");
      for (int i = 0; i < sessions.size(); i++) {
        out.append((char) ('0' + (i + 1) % 10));
      }
      out.append("  count run revivals\n");
      for (TopicTrack t : timeline.tracks()) {
        out.append(pad(t.topic().id(), width)).append("  ").append(cells(t));
        out.append(String.format("  %5d %3d %8d\n", t.count(), t.longestRun(), t.revivals()));
      }
      out.append("\n").append(LEGEND).append("\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The timeline as a Markdown table: topics as rows, sessions as columns.
   *
   * @param timeline the timeline
   * @return the report, lines ending in {@code \n}
   */
  public static String markdown(TopicTimeline timeline) {
    StringBuilder out = new StringBuilder();
    out.append("## Topic timeline\n\n| topic |");
    for (TimelineColumn c : timeline.columns()) {
      out.append(' ').append(Markdown.escape(c.label())).append(" |");
    }
    out.append(" count | longest run | revivals |\n|---|");
    out.append("---|".repeat(timeline.columns().size())).append("---|---|---|\n");
    for (TopicTrack t : timeline.tracks()) {
      out.append("| ").append(Markdown.escape(DiffReport.topic(t.topic()))).append(" |");
      for (char c : cells(t).toCharArray()) {
        out.append(' ').append(c == '.' ? "" : String.valueOf(c)).append(" |");
      }
      out.append(' ')
          .append(t.count())
          .append(" | ")
          .append(t.longestRun())
          .append(" | ")
          .append(t.revivals())
          .append(" |\n");
    }
    out.append("\n").append(Markdown.escape(LEGEND)).append("\n");
    return out.toString();
  }

  private static String cells(TopicTrack t) {
    char[] cells = new char[t.sessionCount()];
    Arrays.fill(cells, '.');
    for (int u : t.unknownAt()) {
      cells[u] = '?';
    }
    for (Appearance a : t.appearances()) {
      cells[a.index()] = symbol(a.commitment());
    }
    return new String(cells);
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
