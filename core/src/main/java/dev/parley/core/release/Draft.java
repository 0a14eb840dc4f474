package dev.parley.core.release;

import dev.parley.core.model.Session;
import java.util.List;

/**
 * What an import made of a release: the sessions it reports (one, or two when a release covers a
 * workshop and a dialogue on different days), each a valid {@link Session} holding only what the
 * release states, and the review list of values inferred or not found.
 *
 * @param sessions the sessions, in the order the release reports them; at least one
 * @param review the review list, in the order of the release's lines
 */
public record Draft(List<Session> sessions, List<ReviewNote> review) {
  /**
   * A draft.
   *
   * @param sessions the sessions, at least one
   * @param review the review list
   * @throws IllegalArgumentException if there is no session
   */
  public Draft {
    sessions = List.copyOf(sessions);
    review = List.copyOf(review);
    if (sessions.isEmpty()) {
      throw new IllegalArgumentException("a draft has at least one session");
    }
  }
}
