package dev.parley.core.diff;

import java.util.List;

/**
 * Agenda items whose titles name no known topic ("Opening", "Summary"), compared by normalized
 * title and reported apart from the topics.
 *
 * @param added titles only at the newer meeting
 * @param dropped titles only at the older meeting
 * @param kept titles at both, as the newer meeting writes them
 */
public record Unclassified(List<String> added, List<String> dropped, List<String> kept) {
  /**
   * Copies the lists.
   *
   * @param added the {@code added} component
   * @param dropped the {@code dropped} component
   * @param kept the {@code kept} component
   */
  public Unclassified {
    added = List.copyOf(added);
    dropped = List.copyOf(dropped);
    kept = List.copyOf(kept);
  }
}
