package dev.parley.core.topic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The check of a scheme's broader links, in one pass without recursion, so that no scheme can
 * overflow the stack: a cycle, or a chain longer than {@link TopicScheme#MAX_DEPTH} links, is a
 * problem naming the topic where it shows. Time and memory are linear in the number of topics and
 * links.
 */
final class BroaderLinks {
  private BroaderLinks() {}

  /** A problem found: the topic it shows at, and what is wrong. */
  static final class Problem {
    final String topicId;
    final String message;

    Problem(String topicId, String message) {
      this.topicId = topicId;
      this.message = message;
    }
  }

  /**
   * Checks the broader links among {@code byId}; links to ids outside it are ignored (they name a
   * scheme the topics will be merged into).
   *
   * @return the first problem, or null if the links are acyclic and shallow enough
   */
  static Problem check(Map<String, Topic> byId) {
    // Kahn's algorithm on the graph narrower -> broader: a topic is done once every topic that
    // names it as broader is done; depth counts links from the narrowest topic.
    Map<String, Integer> waiting = new HashMap<>();
    for (Topic t : byId.values()) {
      waiting.putIfAbsent(t.id(), 0);
      for (String b : t.broader()) {
        if (byId.containsKey(b)) {
          waiting.merge(b, 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> depth = new HashMap<>();
    Deque<String> ready = new ArrayDeque<>();
    for (Topic t : byId.values()) {
      if (waiting.get(t.id()) == 0) {
        ready.add(t.id());
        depth.put(t.id(), 0);
      }
    }
    int done = 0;
    while (!ready.isEmpty()) {
      String id = ready.poll();
      done++;
      int d = depth.get(id);
      for (String b : byId.get(id).broader()) {
        if (!byId.containsKey(b)) {
          continue;
        }
        int db = Math.max(depth.getOrDefault(b, 0), d + 1);
        if (db > TopicScheme.MAX_DEPTH) {
          return new Problem(
              b,
              "Topic '"
                  + b
                  + "': the chain of broader links reaching it is longer than "
                  + TopicScheme.MAX_DEPTH
                  + " links");
        }
        depth.put(b, db);
        if (waiting.merge(b, -1, Integer::sum) == 0) {
          ready.add(b);
        }
      }
    }
    if (done == byId.size()) {
      return null;
    }
    // What is left holds a cycle: walk broader links among the left topics until one repeats.
    String start = null;
    for (Topic t : byId.values()) {
      if (waiting.get(t.id()) > 0) {
        start = t.id();
        break;
      }
    }
    Map<String, Integer> position = new HashMap<>();
    List<String> path = new ArrayList<>();
    String at = start;
    while (!position.containsKey(at)) {
      position.put(at, path.size());
      path.add(at);
      String next = null;
      for (String b : byId.get(at).broader()) {
        if (byId.containsKey(b) && waiting.get(b) > 0) {
          next = b;
          break;
        }
      }
      at = next;
    }
    List<String> cycle = new ArrayList<>(path.subList(position.get(at), path.size()));
    cycle.add(at);
    return new Problem(
        at, "Topic '" + at + "': broader links form a cycle: " + String.join(" > ", cycle));
  }
}
