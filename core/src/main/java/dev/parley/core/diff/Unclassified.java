package dev.parley.core.diff;

import java.util.List;

/**
 * Agenda items whose titles name no known topic ("Opening", "Summary"), compared by normalized
 * title and reported apart from the topics.
 *
 * @param added titles only at the newer meeting
 * @param dropped titles only at the older meeting
 * @param kept titles at both, as the newer meeting writes them
 * @param notReported titles of one meeting that the other's partial record does not show, so
 *     neither added nor dropped
 */
public record Unclassified(
    List<String> added, List<String> dropped, List<String> kept, List<String> notReported) {
  /**
   * Copies the lists.
   *
   * @param added the {@code added} component
   * @param dropped the {@code dropped} component
   * @param kept the {@code kept} component
   * @param notReported the {@code notReported} component
   */
  public Unclassified {
    added = List.copyOf(added);
    dropped = List.copyOf(dropped);
    kept = List.copyOf(kept);
    notReported = List.copyOf(notReported);
  }

  /**
   * Unclassified items of two meetings known in full.
   *
   * @param added titles only at the newer meeting
   * @param dropped titles only at the older meeting
   * @param kept titles at both
   */
  public Unclassified(List<String> added, List<String> dropped, List<String> kept) {
    this(added, dropped, kept, List.of());
  }
}
