package dev.parley.core.history;

import dev.parley.core.model.Dialogue;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Session;
import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One session as a column of a {@link TopicTimeline}: which meeting it was and when, without the
 * rest of the record, so that a timeline of 100,000 sessions stays a few megabytes. Immutable;
 * equal by value.
 */
public final class TimelineColumn {
  /** Date order: by start date, then ordinal, then title. */
  static final Comparator<TimelineColumn> CHRONOLOGICAL =
      Comparator.comparing(TimelineColumn::start)
          .thenComparingInt(c -> c.ordinal)
          .thenComparing(TimelineColumn::title);

  private final Dialogue dialogue;
  private final int ordinal;
  private final String title;
  private final int start;
  private final boolean agendaComplete;

  private TimelineColumn(
      Dialogue dialogue, int ordinal, String title, int start, boolean agendaComplete) {
    this.dialogue = dialogue;
    this.ordinal = ordinal;
    this.title = title;
    this.start = start;
    this.agendaComplete = agendaComplete;
  }

  /**
   * The column of a session.
   *
   * @param session the session
   * @return its column
   */
  public static TimelineColumn of(Session session) {
    return new TimelineColumn(
        session.dialogue(),
        session.ordinal().orElse(0),
        session.title(),
        pack(session.start()),
        session.isAgendaComplete());
  }

  /** A column from its parts, the start {@linkplain #pack packed}; ordinal 0 for none. */
  static TimelineColumn of(
      Dialogue dialogue, int ordinal, String title, int start, boolean agendaComplete) {
    return new TimelineColumn(dialogue, ordinal, title, start, agendaComplete);
  }

  /** A date in one int, ordered as the dates: {@code YYYYMMDD}, 0 for a month or day not known. */
  static int pack(PartialDate d) {
    return d.year() * 10_000 + d.month().orElse(0) * 100 + d.day().orElse(0);
  }

  /**
   * The session's series.
   *
   * @return the dialogue
   */
  public Dialogue dialogue() {
    return dialogue;
  }

  /**
   * The session's number in its series.
   *
   * @return the ordinal, if any
   */
  public OptionalInt ordinal() {
    return ordinal == 0 ? OptionalInt.empty() : OptionalInt.of(ordinal);
  }

  /**
   * The session's title as published.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Whether the session's agenda is known in full; where it is not, a topic the session does not
   * show is unknown there rather than absent.
   *
   * @return true if the session's record shows its whole agenda
   */
  public boolean isAgendaComplete() {
    return agendaComplete;
  }

  /**
   * The session's first day.
   *
   * @return the start date, as precise as the session records it
   */
  public PartialDate start() {
    int year = start / 10_000;
    int month = start / 100 % 100;
    int day = start % 100;
    return month == 0
        ? PartialDate.of(year)
        : day == 0 ? PartialDate.of(year, month) : PartialDate.of(year, month, day);
  }

  /**
   * How the column is headed: its date, dialogue and ordinal, such as {@code 2022-02-03 Japan-EU
   * ICT Policy Dialogue #27}, or the title for a session without an ordinal.
   *
   * @return the label
   */
  public String label() {
    return start() + " " + dialogue.name() + (ordinal != 0 ? " #" + ordinal : " (" + title + ")");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimelineColumn
        && ((TimelineColumn) o).ordinal == ordinal
        && ((TimelineColumn) o).start == start
        && ((TimelineColumn) o).agendaComplete == agendaComplete
        && ((TimelineColumn) o).title.equals(title)
        && ((TimelineColumn) o).dialogue.equals(dialogue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dialogue.id(), ordinal, title, start, agendaComplete);
  }

  @Override
  public String toString() {
    return "TimelineColumn{" + label() + "}";
  }
}
