package dev.parley.core.history;

import dev.parley.core.model.Commitment;
import java.util.Optional;

/**
 * A topic on one session's agenda.
 *
 * @param index the session's column in its timeline, from 0
 * @param column the session
 * @param commitment the strongest commitment on the topic at that session, if any outcome
 */
public record Appearance(int index, TimelineColumn column, Optional<Commitment> commitment) {}
