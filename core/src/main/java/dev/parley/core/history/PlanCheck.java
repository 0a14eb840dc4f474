package dev.parley.core.history;

import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.NextMeeting;
import dev.parley.core.model.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A session's plan for the next meeting, checked against the history: the 11th Japan-U.S. meeting
 * planned the next "by the end of 2021"; was it held by then, later, or not yet recorded?
 *
 * @param planner the session that made the plan
 * @param plan the plan
 * @param next the meeting that followed, if the history has it
 * @param verdict how the plan was kept
 */
public record PlanCheck(
    Session planner, NextMeeting plan, Optional<Session> next, PlanVerdict verdict) {

  /**
   * Every session's plan for the next meeting, checked against the session that followed: the next
   * ordinal when the planner has one, else the next session in date order.
   *
   * @param history the history to check
   * @return one check per session that planned a next meeting, in date order
   */
  public static List<PlanCheck> of(DialogueHistory history) {
    List<Session> sessions = history.sessions();
    List<PlanCheck> checks = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      Session planner = sessions.get(i);
      if (planner.nextMeeting().isEmpty()) {
        continue;
      }
      Optional<Session> next =
          planner.ordinal().isPresent()
              ? history.session(planner.ordinal().getAsInt() + 1)
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

  /**
   * The check in one line, naming the sessions by label and date instead of printing them whole:
   * {@code PlanCheck[Session 11 (2020-09-17) planned "by the end of 2021": Session 12 (2022-03-02),
   * held-later]}.
   *
   * @return the short description
   */
  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder("PlanCheck[")
            .append(planner.label())
            .append(" (")
            .append(planner.start())
            .append(") planned ");
    if (plan.text().isPresent()) {
      b.append('"').append(plan.text().get()).append('"');
    } else {
      b.append(plan.date().map(Object::toString).orElse("a next meeting"));
    }
    b.append(": ");
    next.ifPresent(s -> b.append(s.label()).append(" (").append(s.start()).append("), "));
    return b.append(verdict.code()).append(']').toString();
  }
}
