package dev.parley.core.history;

import dev.parley.core.topic.Topic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics of two timelines side by side.
 *
 * @param inBoth topics that both timelines carry
 * @param onlyInFirst topics only the first carries
 * @param onlyInSecond topics only the second carries
 * @param firstAppearance for every topic, the earliest session of either timeline that carries it
 */
public record TimelineComparison(
    List<Topic> inBoth,
    List<Topic> onlyInFirst,
    List<Topic> onlyInSecond,
    Map<String, TimelineColumn> firstAppearance) {
  /**
   * Copies the collections, keeping their order.
   *
   * @param inBoth the {@code inBoth} component
   * @param onlyInFirst the {@code onlyInFirst} component
   * @param onlyInSecond the {@code onlyInSecond} component
   * @param firstAppearance the {@code firstAppearance} component
   */
  public TimelineComparison {
    inBoth = List.copyOf(inBoth);
    onlyInFirst = List.copyOf(onlyInFirst);
    onlyInSecond = List.copyOf(onlyInSecond);
    firstAppearance = Collections.unmodifiableMap(new LinkedHashMap<>(firstAppearance));
  }
}
