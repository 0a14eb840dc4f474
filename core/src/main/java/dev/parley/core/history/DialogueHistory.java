package dev.parley.core.history;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.InvalidRecordException;
import dev.parley.core.model.NextMeeting;
import dev.parley.core.model.Session;
import dev.parley.core.topic.TopicScheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sessions of one dialogue series in date order, such as the 1st to 4th meetings of the
 * Japan-India Joint Working Group.
 *
 * <p>A history refuses a session of another dialogue, two sessions with one ordinal, and ordinals
 * whose dates run backwards. It checks itself against its own promises: {@linkplain
 * #missingOrdinals() meetings missing} between the first and last recorded, and whether each
 * {@linkplain #plannedMeetings() planned next meeting} happened as planned. Immutable.
 */
public final class DialogueHistory {
  /** The order of sessions: by start date, then by ordinal, then by title. */
  private static final Comparator<Session> CHRONOLOGICAL =
      Comparator.comparing(Session::start)
          .thenComparingInt((Session s) -> s.ordinal().orElse(0))
          .thenComparing(Session::title);

  private final Dialogue dialogue;
  private final List<Session> sessions;

  private DialogueHistory(Dialogue dialogue, List<Session> sessions) {
    this.dialogue = dialogue;
    this.sessions = sessions;
  }

  /**
   * The history of a dialogue with the given sessions.
   *
   * @param dialogue the series
   * @param sessions its sessions, in any order; possibly none
   * @return the history, sessions in date order
   * @throws InvalidRecordException if a session belongs to another dialogue or records this one
   *     differently, two sessions share an ordinal, or a later ordinal starts before an earlier
   */
  public static DialogueHistory of(Dialogue dialogue, Collection<Session> sessions) {
    String subject = "Dialogue history '" + dialogue.id() + "'";
    Map<Integer, Session> byOrdinal = new HashMap<>();
    for (Session s : sessions) {
      if (!s.dialogue().id().equals(dialogue.id())) {
        throw new InvalidRecordException(
            subject,
            "sessions",
            s.label() + " belongs to dialogue '" + s.dialogue().id() + "', not to this history");
      }
      if (!s.dialogue().equals(dialogue)) {
        throw new InvalidRecordException(
            subject,
            "sessions",
            s.label() + " records dialogue '" + dialogue.id() + "' differently: " + s.dialogue());
      }
      if (s.ordinal().isPresent() && byOrdinal.put(s.ordinal().getAsInt(), s) != null) {
        throw new InvalidRecordException(
            subject, "sessions", "ordinal " + s.ordinal().getAsInt() + " is used more than once");
      }
    }
    List<Session> byNumber = new ArrayList<>(byOrdinal.values());
    byNumber.sort(Comparator.comparingInt(s -> s.ordinal().getAsInt()));
    for (int i = 1; i < byNumber.size(); i++) {
      Session earlier = byNumber.get(i - 1);
      Session later = byNumber.get(i);
      if (later.start().isCertainlyBefore(earlier.start())) {
        throw new InvalidRecordException(
            subject,
            "sessions",
            later.label()
                + " starts "
                + later.start()
                + ", before "
                + earlier.label()
                + " starts "
                + earlier.start());
      }
    }
    List<Session> ordered = new ArrayList<>(sessions);
    ordered.sort(CHRONOLOGICAL);
    return new DialogueHistory(dialogue, List.copyOf(ordered));
  }

  /**
   * The history of the dialogue the given sessions belong to.
   *
   * @param sessions sessions of one dialogue, at least one
   * @return the history
   * @throws IllegalArgumentException if there is no session
   * @throws InvalidRecordException as {@link #of(Dialogue, Collection)}
   */
  public static DialogueHistory of(Collection<Session> sessions) {
    if (sessions.isEmpty()) {
      throw new IllegalArgumentException("a history needs a session to name its dialogue");
    }
    return of(sessions.iterator().next().dialogue(), sessions);
  }

  /**
   * The series.
   *
   * @return the dialogue
   */
  public Dialogue dialogue() {
    return dialogue;
  }

  /**
   * The sessions in date order.
   *
   * @return the sessions
   */
  public List<Session> sessions() {
    return sessions;
  }

  /**
   * The session with the given ordinal.
   *
   * @param ordinal the session's number in the series
   * @return the session, if recorded
   */
  public Optional<Session> session(int ordinal) {
    return sessions.stream()
        .filter(s -> s.ordinal().isPresent() && s.ordinal().getAsInt() == ordinal)
        .findFirst();
  }

  /**
   * This history with one more session.
   *
   * @param session a session of this dialogue
   * @return the new history
   * @throws InvalidRecordException as {@link #of(Dialogue, Collection)}
   */
  public DialogueHistory withSession(Session session) {
    List<Session> more = new ArrayList<>(sessions);
    more.add(session);
    return of(dialogue, more);
  }

  /**
   * The sessions that start within a period, inclusive.
   *
   * @param from the first day
   * @param to the last day
   * @return the history of those sessions
   */
  public DialogueHistory between(LocalDate from, LocalDate to) {
    List<Session> within =
        sessions.stream()
            .filter(s -> !s.start().earliest().isBefore(from) && !s.start().earliest().isAfter(to))
            .toList();
    return new DialogueHistory(dialogue, within);
  }

  /**
   * The diff of each session against the one before it, with the default topic scheme.
   *
   * @return one diff fewer than there are sessions
   */
  public List<AgendaDiff> consecutiveDiffs() {
    return consecutiveDiffs(TopicScheme.defaultScheme());
  }

  /**
   * The diff of each session against the one before it.
   *
   * @param scheme the topics to recognize
   * @return one diff fewer than there are sessions
   */
  public List<AgendaDiff> consecutiveDiffs(TopicScheme scheme) {
    List<AgendaDiff> diffs = new ArrayList<>();
    for (int i = 1; i < sessions.size(); i++) {
      diffs.add(AgendaDiff.between(sessions.get(i - 1), sessions.get(i), scheme));
    }
    return diffs;
  }

  /**
   * The topic timeline of this history, with the default topic scheme.
   *
   * @return the timeline
   */
  public TopicTimeline timeline() {
    return timeline(TopicScheme.defaultScheme());
  }

  /**
   * The topic timeline of this history.
   *
   * @param scheme the topics to recognize
   * @return the timeline
   */
  public TopicTimeline timeline(TopicScheme scheme) {
    return TopicTimeline.of(sessions, scheme);
  }

  /**
   * The ordinals missing between the lowest and the highest recorded: a history of the 4th and 6th
   * meetings misses the 5th.
   *
   * @return the missing ordinals, ascending
   */
  public List<Integer> missingOrdinals() {
    int[] ordinals =
        sessions.stream()
            .filter(x -> x.ordinal().isPresent())
            .mapToInt(x -> x.ordinal().getAsInt())
            .sorted()
            .toArray();
    List<Integer> missing = new ArrayList<>();
    for (int i = 1; i < ordinals.length; i++) {
      for (int n = ordinals[i - 1] + 1; n < ordinals[i]; n++) {
        missing.add(n);
      }
    }
    return missing;
  }

  /**
   * Every session's plan for the next meeting, checked against the session that followed: the next
   * ordinal when the planner has one, else the next session in date order.
   *
   * @return one check per session that planned a next meeting, in date order
   */
  public List<PlanCheck> plannedMeetings() {
    List<PlanCheck> checks = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      Session planner = sessions.get(i);
      if (planner.nextMeeting().isEmpty()) {
        continue;
      }
      Optional<Session> next =
          planner.ordinal().isPresent()
              ? session(planner.ordinal().getAsInt() + 1)
              : i + 1 < sessions.size() ? Optional.of(sessions.get(i + 1)) : Optional.empty();
      NextMeeting plan = planner.nextMeeting().get();
      checks.add(new PlanCheck(planner, plan, next, verdict(plan, next)));
    }
    return checks;
  }

  private static PlanVerdict verdict(NextMeeting plan, Optional<Session> next) {
    if (next.isEmpty()) {
      return PlanVerdict.NOT_YET_RECORDED;
    }
    Session held = next.get();
    if (plan.windowStart().filter(start -> held.start().latest().isBefore(start)).isPresent()) {
      return PlanVerdict.HELD_EARLIER;
    }
    if (plan.windowEnd().filter(end -> held.start().earliest().isAfter(end)).isPresent()) {
      return PlanVerdict.HELD_LATER;
    }
    return PlanVerdict.HELD_AS_PLANNED;
  }
}
