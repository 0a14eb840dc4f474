package dev.parley.core.history;

import dev.parley.core.model.Coded;

/** Whether the meeting a session planned took place as planned. */
public enum PlanVerdict implements Coded {
  /** The next meeting was held within the planned window (or the plan had no window). */
  HELD_AS_PLANNED("held-as-planned"),
  /** The next meeting was held before the plan's earliest date. */
  HELD_EARLIER("held-earlier"),
  /** The next meeting was held after the plan's latest date. */
  HELD_LATER("held-later"),
  /** The history has no next meeting yet. */
  NOT_YET_RECORDED("not-yet-recorded");

  private final String code;

  PlanVerdict(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
