package dev.parley.core.history;

import dev.parley.core.model.NextMeeting;
import dev.parley.core.model.Session;
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
