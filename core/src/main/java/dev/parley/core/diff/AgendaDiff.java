package dev.parley.core.diff;

import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed on the agenda from an older meeting to a newer one, topic by topic.
 *
 * <p>Agenda items are matched by the topics they carry (see {@link TopicScheme#topicsOf}), never by
 * their position in the list: inserting an item at the top of an agenda changes nothing else in the
 * diff. A topic is {@linkplain #added() added}, {@linkplain #dropped() dropped} or {@linkplain
 * #continued() continued}, with the commitment on it before and after; a dropped topic and an added
 * one that are broader or narrower than each other are reported as {@linkplain #shifted() shifted};
 * items whose titles name no topic are compared by normalized title and reported as {@linkplain
 * #unclassified() unclassified}.
 *
 * <p>A meeting whose record is known only in part (see {@link
 * dev.parley.core.model.Session#isAgendaComplete()}) says nothing of the topics it does not show:
 * against it, a topic of the other meeting is {@linkplain #notReported() not reported}, never
 * dropped or added, and the level it shows is a floor: a change the records cannot prove is
 * {@linkplain Direction#UNKNOWN unknown}, never lowered (see {@link ContinuedTopic#direction()}).
 *
 * <p>Diffs are symmetric: what {@code between(a, b)} adds, {@code between(b, a)} drops. They work
 * across two different dialogues too (a workshop against a policy dialogue of the same parties).
 * Cost is linear in the number of agenda items.
 */
public final class AgendaDiff {
  private final List<AddedTopic> added;
  private final List<DroppedTopic> dropped;
  private final List<ContinuedTopic> continued;
  private final List<ShiftedTopic> shifted;
  private final List<MovedTopic> moved;
  private final List<UnreportedTopic> notReported;
  private final Unclassified unclassified;
  private final String olderName;
  private final String newerName;

  private AgendaDiff(
      String olderName,
      String newerName,
      List<AddedTopic> added,
      List<DroppedTopic> dropped,
      List<ContinuedTopic> continued,
      List<ShiftedTopic> shifted,
      List<MovedTopic> moved,
      List<UnreportedTopic> notReported,
      Unclassified unclassified) {
    this.olderName = olderName;
    this.newerName = newerName;
    this.added = List.copyOf(added);
    this.dropped = List.copyOf(dropped);
    this.continued = List.copyOf(continued);
    this.shifted = List.copyOf(shifted);
    this.moved = List.copyOf(moved);
    this.notReported = List.copyOf(notReported);
    this.unclassified = unclassified;
  }

  /**
   * The diff of two sessions' whole agendas, with the default topic scheme.
   *
   * @param older the earlier meeting
   * @param newer the later meeting
   * @return the diff
   */
  public static AgendaDiff between(Session older, Session newer) {
    return between(older, newer, TopicScheme.defaultScheme());
  }

  /**
   * The diff of two sessions' whole agendas.
   *
   * @param older the earlier meeting
   * @param newer the later meeting
   * @param scheme the topics to recognize
   * @return the diff
   */
  public static AgendaDiff between(Session older, Session newer, TopicScheme scheme) {
    return compare(
        name(older),
        name(newer),
        AgendaTopics.of(older, scheme),
        AgendaTopics.of(newer, scheme),
        scheme);
  }

  private static String name(Session s) {
    return s.title() + " (" + s.start() + ")";
  }

  /**
   * The diff of each session of a history against the one before it.
   *
   * @param history the history
   * @param scheme the topics to recognize
   * @return one diff fewer than there are sessions, in date order
   */
  public static List<AgendaDiff> consecutive(DialogueHistory history, TopicScheme scheme) {
    List<Session> sessions = history.sessions();
    List<AgendaDiff> diffs = new ArrayList<>();
    for (int i = 1; i < sessions.size(); i++) {
      diffs.add(between(sessions.get(i - 1), sessions.get(i), scheme));
    }
    return diffs;
  }

  /**
   * The diff of two segments' agendas, such as the government dialogues of two sessions.
   *
   * @param older the earlier segment
   * @param newer the later segment
   * @param scheme the topics to recognize
   * @return the diff
   */
  public static AgendaDiff between(Segment older, Segment newer, TopicScheme scheme) {
    return compare(
        older.title(),
        newer.title(),
        AgendaTopics.of(List.of(older), scheme),
        AgendaTopics.of(List.of(newer), scheme),
        scheme);
  }

  /**
   * The diff of two agendas already seen topic by topic.
   *
   * @param older the earlier agenda
   * @param newer the later agenda
   * @param scheme the scheme both were read with, for broader and narrower topics
   * @return the diff
   */
  public static AgendaDiff compare(AgendaTopics older, AgendaTopics newer, TopicScheme scheme) {
    return compare("older", "newer", older, newer, scheme);
  }

  private static AgendaDiff compare(
      String olderName,
      String newerName,
      AgendaTopics older,
      AgendaTopics newer,
      TopicScheme scheme) {
    Map<String, AddedTopic> added = new LinkedHashMap<>();
    Map<String, DroppedTopic> dropped = new LinkedHashMap<>();
    List<ContinuedTopic> continued = new ArrayList<>();
    List<MovedTopic> moved = new ArrayList<>();
    List<UnreportedTopic> notReported = new ArrayList<>();
    for (Topic t : newer.topics()) {
      String id = t.id();
      if (!older.contains(id) && !older.isComplete()) {
        notReported.add(
            new UnreportedTopic(
                t, newer.titles(id), newer.commitment(id), false, older.mentions(id)));
        continue;
      }
      if (!older.contains(id)) {
        added.put(
            id, new AddedTopic(t, newer.titles(id), newer.commitment(id), newer.raisedBy(id)));
        continue;
      }
      continued.add(
          new ContinuedTopic(
              t,
              older.titles(id),
              newer.titles(id),
              older.commitment(id),
              newer.commitment(id),
              newer.raisedBy(id),
              older.isComplete(),
              newer.isComplete()));
      List<SegmentKind> before = older.segmentKinds(id);
      List<SegmentKind> after = newer.segmentKinds(id);
      if (before.stream().noneMatch(after::contains)
          && before.stream().anyMatch(newer.segmentKinds()::contains)
          && after.stream().anyMatch(older.segmentKinds()::contains)) {
        moved.add(new MovedTopic(t, before, after));
      }
    }
    for (Topic t : older.topics()) {
      String id = t.id();
      if (!newer.contains(id) && !newer.isComplete()) {
        notReported.add(
            new UnreportedTopic(
                t, older.titles(id), older.commitment(id), true, newer.mentions(id)));
      } else if (!newer.contains(id)) {
        dropped.put(
            id, new DroppedTopic(t, older.titles(id), older.commitment(id), newer.mentions(id)));
      }
    }
    List<ShiftedTopic> shifted = pairShifts(dropped, added, scheme);
    return new AgendaDiff(
        olderName,
        newerName,
        List.copyOf(added.values()),
        List.copyOf(dropped.values()),
        continued,
        shifted,
        moved,
        notReported,
        unclassified(older, newer));
  }

  /**
   * Pairs dropped and added topics that are broader or narrower than each other, removing them from
   * both maps. Candidate pairs are taken in the order of their (broader, narrower) ids, which does
   * not depend on which meeting is older, so that diffs stay symmetric.
   */
  private static List<ShiftedTopic> pairShifts(
      Map<String, DroppedTopic> dropped, Map<String, AddedTopic> added, TopicScheme scheme) {
    record Candidate(String broader, String narrower, String droppedId, String addedId) {}
    if (dropped.isEmpty() || added.isEmpty()) {
      return List.of();
    }
    List<Candidate> candidates = new ArrayList<>();
    for (String d : dropped.keySet()) {
      for (String a : added.keySet()) {
        if (scheme.isBroader(d, a)) {
          candidates.add(new Candidate(d, a, d, a));
        } else if (scheme.isBroader(a, d)) {
          candidates.add(new Candidate(a, d, d, a));
        }
      }
    }
    candidates.sort(Comparator.comparing(Candidate::broader).thenComparing(Candidate::narrower));
    List<ShiftedTopic> shifts = new ArrayList<>();
    Set<String> usedDropped = new HashSet<>();
    Set<String> usedAdded = new HashSet<>();
    for (Candidate c : candidates) {
      if (usedDropped.contains(c.droppedId()) || usedAdded.contains(c.addedId())) {
        continue;
      }
      usedDropped.add(c.droppedId());
      usedAdded.add(c.addedId());
      shifts.add(
          new ShiftedTopic(
              dropped.get(c.droppedId()),
              added.get(c.addedId()),
              c.broader().equals(c.droppedId())));
    }
    for (ShiftedTopic s : shifts) {
      dropped.remove(s.from().topic().id());
      added.remove(s.to().topic().id());
    }
    return shifts;
  }

  private static Unclassified unclassified(AgendaTopics older, AgendaTopics newer) {
    List<String> added = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    List<String> notReported = new ArrayList<>();
    newer
        .unclassified()
        .forEach(
            (key, title) ->
                (older.unclassified().containsKey(key)
                        ? kept
                        : older.isComplete() ? added : notReported)
                    .add(title));
    older
        .unclassified()
        .forEach(
            (key, title) -> {
              if (!newer.unclassified().containsKey(key)) {
                (newer.isComplete() ? dropped : notReported).add(title);
              }
            });
    return new Unclassified(added, dropped, kept, notReported);
  }

  /**
   * What the older side of the diff is, as a person would name it: a session's title and start
   * date, or a segment's title.
   *
   * @return the name of the older meeting
   */
  public String olderName() {
    return olderName;
  }

  /**
   * What the newer side of the diff is, as a person would name it.
   *
   * @return the name of the newer meeting
   */
  public String newerName() {
    return newerName;
  }

  /**
   * Topics on the newer agenda only, in the order of that agenda.
   *
   * @return the added topics
   */
  public List<AddedTopic> added() {
    return added;
  }

  /**
   * Topics on the older agenda only, in the order of that agenda.
   *
   * @return the dropped topics
   */
  public List<DroppedTopic> dropped() {
    return dropped;
  }

  /**
   * Topics on both agendas, in the order of the newer one.
   *
   * @return the continued topics
   */
  public List<ContinuedTopic> continued() {
    return continued;
  }

  /**
   * Dropped topics replaced by a broader or narrower added one.
   *
   * @return the shifts
   */
  public List<ShiftedTopic> shifted() {
    return shifted;
  }

  /**
   * Continued topics that moved to other kinds of segment.
   *
   * @return the moves
   */
  public List<MovedTopic> moved() {
    return moved;
  }

  /**
   * Topics one meeting carries that the other's record, known only in part, does not show: neither
   * added nor dropped, but not reported. Those of the newer meeting come first, in the order of its
   * agenda, then those of the older.
   *
   * @return the topics not reported
   */
  public List<UnreportedTopic> notReported() {
    return notReported;
  }

  /**
   * Every change of a topic, as one list to match on: the added topics, then the dropped,
   * continued, not reported, shifted and moved ones, each in the order of its own list.
   *
   * @return the changes
   */
  public List<TopicChange> changes() {
    List<TopicChange> all =
        new ArrayList<>(
            added.size()
                + dropped.size()
                + continued.size()
                + notReported.size()
                + shifted.size()
                + moved.size());
    all.addAll(added);
    all.addAll(dropped);
    all.addAll(continued);
    all.addAll(notReported);
    all.addAll(shifted);
    all.addAll(moved);
    return List.copyOf(all);
  }

  /**
   * Items whose titles name no known topic.
   *
   * @return the unclassified items, added, dropped and kept
   */
  public Unclassified unclassified() {
    return unclassified;
  }

  /**
   * Whether nothing was added, dropped, shifted or left unreported and no unclassified item came,
   * went or went unreported: the same topics, whatever their commitments.
   *
   * @return true if the agendas cover the same topics
   */
  public boolean sameTopics() {
    return added.isEmpty()
        && dropped.isEmpty()
        && shifted.isEmpty()
        && notReported.isEmpty()
        && unclassified.notReported().isEmpty()
        && unclassified.added().isEmpty()
        && unclassified.dropped().isEmpty();
  }
}
