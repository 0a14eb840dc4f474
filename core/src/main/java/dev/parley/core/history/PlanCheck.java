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
    Session planner, NextMeeting plan, Optional<Session> next, PlanVerdict verdict) {}
