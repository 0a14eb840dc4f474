package dev.parley.core.history;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.Session;
import java.util.Optional;

/**
 * A topic on one session's agenda.
 *
 * @param index the session's position in its timeline, from 0
 * @param session the session
 * @param commitment the strongest commitment on the topic at that session, if any outcome
 */
public record Appearance(int index, Session session, Optional<Commitment> commitment) {}
