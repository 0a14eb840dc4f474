package dev.parley.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * The sessions of one dialogue series in date order, such as the 1st to 4th meetings of the
 * Japan-India Joint Working Group.
 *
 * <p>A history refuses a session of another dialogue (or one that records this dialogue
 * differently), two sessions with one ordinal, and ordinals whose dates run backwards. Its sessions
 * are always in date order, however they were given. Diffs, timelines and the check of planned
 * meetings over a history are in {@code dev.parley.core.diff} and {@code dev.parley.core.history}.
 */
@Value.Immutable
abstract class AbstractDialogueHistory {
  /** The order of sessions: by start date, then by ordinal, then by title. */
  static final Comparator<Session> CHRONOLOGICAL =
      Comparator.comparing(Session::start)
          .thenComparingInt((Session s) -> s.ordinal().orElse(0))
          .thenComparing(Session::title);

  /**
   * The series.
   *
   * @return the dialogue
   */
  @Value.Parameter
  public abstract Dialogue dialogue();

  /**
   * The sessions in date order: by start date, then ordinal, then title.
   *
   * @return the sessions, possibly none
   */
  @Value.Parameter
  public abstract List<Session> sessions();

  /**
   * The history of the dialogue the given sessions belong to.
   *
   * @param sessions sessions of one dialogue, at least one
   * @return the history
   * @throws IllegalArgumentException if there is no session
   * @throws InvalidRecordException if the sessions break a rule of a history
   */
  public static DialogueHistory of(Collection<Session> sessions) {
    if (sessions.isEmpty()) {
      throw new IllegalArgumentException("a history needs a session to name its dialogue");
    }
    return DialogueHistory.of(sessions.iterator().next().dialogue(), sessions);
  }

  /**
   * The session with the given ordinal.
   *
   * @param ordinal the session's number in the series
   * @return the session, if recorded
   */
  public Optional<Session> session(int ordinal) {
    for (Session s : sessions()) {
      if (s.ordinal().isPresent() && s.ordinal().getAsInt() == ordinal) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * This history with one more session.
   *
   * @param session a session of this dialogue
   * @return the new history
   * @throws InvalidRecordException if the session breaks a rule of the history
   */
  public DialogueHistory withSession(Session session) {
    List<Session> more = new ArrayList<>(sessions());
    more.add(session);
    return DialogueHistory.of(dialogue(), more);
  }

  /**
   * The sessions that start within a period, inclusive.
   *
   * @param from the first day
   * @param to the last day
   * @return the history of those sessions
   */
  public DialogueHistory between(LocalDate from, LocalDate to) {
    List<Session> within = new ArrayList<>();
    for (Session s : sessions()) {
      if (!s.start().earliest().isBefore(from) && !s.start().earliest().isAfter(to)) {
        within.add(s);
      }
    }
    return DialogueHistory.of(dialogue(), within);
  }

  /**
   * The ordinals missing between the lowest and the highest recorded: a history of the 4th and 6th
   * meetings misses the 5th.
   *
   * @return the missing ordinals, ascending
   */
  public List<Integer> missingOrdinals() {
    int[] ordinals =
        sessions().stream()
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

  /** Checks the rules of a history and puts the sessions in date order. */
  @Value.Check
  AbstractDialogueHistory check() {
    Supplier<String> subject = () -> "Dialogue history " + Invariants.quoted(dialogue().id());
    Map<Integer, Session> byOrdinal = new HashMap<>();
    for (Session s : sessions()) {
      if (!s.dialogue().id().equals(dialogue().id())) {
        throw Invariants.violation(
            subject,
            "sessions",
            s.label() + " belongs to dialogue '" + s.dialogue().id() + "', not to this history");
      }
      if (!s.dialogue().equals(dialogue())) {
        throw Invariants.violation(
            subject,
            "sessions",
            s.label() + " records dialogue '" + dialogue().id() + "' differently: " + s.dialogue());
      }
      if (s.ordinal().isPresent() && byOrdinal.put(s.ordinal().getAsInt(), s) != null) {
        throw Invariants.violation(
            subject, "sessions", "ordinal " + s.ordinal().getAsInt() + " is used more than once");
      }
    }
    List<Session> byNumber = new ArrayList<>(byOrdinal.values());
    byNumber.sort(Comparator.comparingInt(s -> s.ordinal().getAsInt()));
    for (int i = 1; i < byNumber.size(); i++) {
      Session earlier = byNumber.get(i - 1);
      Session later = byNumber.get(i);
      if (later.start().isCertainlyBefore(earlier.start())) {
        throw Invariants.violation(
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
    List<Session> sessions = sessions();
    for (int i = 1; i < sessions.size(); i++) {
      if (CHRONOLOGICAL.compare(sessions.get(i - 1), sessions.get(i)) > 0) {
        List<Session> ordered = new ArrayList<>(sessions);
        ordered.sort(CHRONOLOGICAL);
        return DialogueHistory.copyOf(this).withSessions(ordered);
      }
    }
    return this;
  }
}
