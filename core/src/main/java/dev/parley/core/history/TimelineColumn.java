package dev.parley.core.history;

import dev.parley.core.model.Dialogue;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Session;
import java.util.Comparator;
import java.util.OptionalInt;

/**
 * One session as a column of a {@link TopicTimeline}: which meeting it was and when, without the
 * rest of the record, so that a timeline of many sessions stays small.
 *
 * @param dialogue the session's series
 * @param ordinal the session's number in its series, if any
 * @param title the session's title as published
 * @param start the session's first day
 */
public record TimelineColumn(
    Dialogue dialogue, OptionalInt ordinal, String title, PartialDate start) {
  /** Date order: by start date, then ordinal, then title. */
  static final Comparator<TimelineColumn> CHRONOLOGICAL =
      Comparator.comparing(TimelineColumn::start)
          .thenComparingInt(c -> c.ordinal().orElse(0))
          .thenComparing(TimelineColumn::title);

  /**
   * The column of a session.
   *
   * @param session the session
   * @return its column
   */
  public static TimelineColumn of(Session session) {
    return new TimelineColumn(
        session.dialogue(), session.ordinal(), session.title(), session.start());
  }

  /**
   * How the column is headed: its date, dialogue and ordinal, such as {@code 2022-02-03 Japan-EU
   * ICT Policy Dialogue #27}, or the title for a session without an ordinal.
   *
   * @return the label
   */
  public String label() {
    return start
        + " "
        + dialogue.name()
        + (ordinal.isPresent() ? " #" + ordinal.getAsInt() : " (" + title + ")");
  }
}
