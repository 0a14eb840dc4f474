package dev.parley.core.diff;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.Party;
import dev.parley.core.model.Remark;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Statement;
import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One meeting's agenda seen topic by topic (not thread-safe: it reads mentions on first use): which
 * topics its items carry, under which titles, in which kinds of segment, with what strongest
 * commitment and raised by whom; which topics its statements and outcomes mention; and which items
 * name no topic. This is what {@link AgendaDiff} compares and what a topic timeline follows.
 */
public final class AgendaTopics {
  /** Where one topic stands on this agenda. */
  private static final class Presence {
    final Topic topic;
    final List<String> titles = new ArrayList<>(2);
    final Set<Party> speakers = new LinkedHashSet<>();
    final Set<SegmentKind> kinds = new LinkedHashSet<>();
    Commitment strongest;

    Presence(Topic topic) {
      this.topic = topic;
    }
  }

  private final Map<String, Presence> topics = new LinkedHashMap<>();
  private final List<AgendaItem> items = new ArrayList<>();
  private TopicScheme scheme;
  private Set<String> mentions;
  private final Map<String, String> unclassified = new LinkedHashMap<>();
  private final Set<SegmentKind> kinds = new LinkedHashSet<>();
  private final List<String> texts = new ArrayList<>();
  private boolean complete = true;

  private AgendaTopics() {}

  /**
   * The topics of a session's whole agenda, all segments together.
   *
   * @param session the session
   * @param scheme the topics to recognize
   * @return the session's agenda topics
   */
  public static AgendaTopics of(Session session, TopicScheme scheme) {
    AgendaTopics side = of(session.segments(), scheme);
    side.readMeeting(session);
    return side;
  }

  /**
   * The topics of the agendas of the given segments.
   *
   * @param segments the segments, of one session
   * @param scheme the topics to recognize
   * @return their agenda topics
   */
  public static AgendaTopics of(List<Segment> segments, TopicScheme scheme) {
    AgendaTopics side = new AgendaTopics();
    side.scheme = scheme;
    for (Segment segment : segments) {
      side.kinds.add(segment.kind());
      for (AgendaItem item : segment.agenda()) {
        side.add(segment.kind(), item, scheme);
      }
      side.readSegment(segment);
    }
    return side;
  }

  /**
   * What a segment says beyond its items: whether its agenda is known in full, its summary (read
   * for mentions) and its lead outcomes, which give a level to the topics of its agenda they name.
   */
  private void readSegment(Segment segment) {
    complete &= segment.isAgendaComplete();
    segment.summary().ifPresent(texts::add);
    if (!segment.outcomes().isEmpty()) {
      Set<String> own = new HashSet<>();
      segment.agenda().forEach(item -> scheme.topicsOf(item).forEach(t -> own.add(t.id())));
      segment.outcomes().forEach(o -> lead(o, own));
    }
  }

  /** What the session says beyond its segments: its completeness, notes and lead outcomes. */
  private void readMeeting(Session session) {
    complete &= session.completeness().isComplete();
    texts.addAll(session.notes());
    session.outcomes().forEach(o -> lead(o, topics.keySet()));
  }

  /** A lead outcome: the meeting's, raising the level of the agenda topics it names. */
  private void lead(Outcome outcome, Set<String> eligible) {
    texts.add(outcome.text());
    for (Topic t : scheme.resolve(outcome.text())) {
      Presence p = eligible.contains(t.id()) ? topics.get(t.id()) : null;
      if (p != null) {
        Commitment c = outcome.commitment();
        p.strongest = p.strongest == null ? c : Commitment.strongest(p.strongest, c);
      }
    }
  }

  /**
   * Whether this agenda is known in full: no session, segment or agenda read is marked partial or
   * unknown. A topic absent from an agenda not known in full is not reported, rather than absent.
   *
   * @return true if the agenda is complete
   */
  public boolean isComplete() {
    return complete;
  }

  private void add(SegmentKind kind, AgendaItem item, TopicScheme scheme) {
    List<Topic> itemTopics = scheme.topicsOf(item);
    items.add(item);
    if (itemTopics.isEmpty()) {
      unclassified.putIfAbsent(TopicScheme.normalize(item.title()), item.title());
      return;
    }
    Map<String, Commitment> levels = levels(item, itemTopics, scheme);
    for (Topic t : itemTopics) {
      Presence p = topics.computeIfAbsent(t.id(), id -> new Presence(t));
      if (!p.titles.contains(item.title())) {
        p.titles.add(item.title());
      }
      p.kinds.add(kind);
      for (Statement s : item.statements()) {
        p.speakers.addAll(s.parties());
      }
      Commitment c = levels.get(t.id());
      if (c != null) {
        p.strongest = p.strongest == null ? c : Commitment.strongest(p.strongest, c);
      }
    }
  }

  /**
   * The strongest level each of an item's topics gets from the item's outcomes. An outcome counts
   * for the item's topics that its text names (directly, or through a narrower topic: "IoT
   * security" names {@code cybersecurity}) when it names any, and for all the item's topics only
   * when it names none. So one generic outcome about connectivity under an item of eight topics no
   * longer gives all eight its level when another outcome names them.
   */
  static Map<String, Commitment> levels(
      AgendaItem item, List<Topic> itemTopics, TopicScheme scheme) {
    Map<String, Commitment> levels = new LinkedHashMap<>();
    for (Outcome o : item.outcomes()) {
      List<Topic> named = new ArrayList<>(2);
      List<Topic> mentioned = scheme.resolve(o.text());
      for (Topic t : itemTopics) {
        for (Topic m : mentioned) {
          if (m.id().equals(t.id()) || scheme.isBroader(t.id(), m.id())) {
            named.add(t);
            break;
          }
        }
      }
      for (Topic t : named.isEmpty() ? itemTopics : named) {
        levels.merge(t.id(), o.commitment(), Commitment::strongest);
      }
    }
    return levels;
  }

  /**
   * The level each topic of one agenda item gets from the item's outcomes, by the rule of {@link
   * #commitment}: an outcome counts for the item's topics its text names, or for all of them when
   * it names none. Diffs and timelines both read levels through here. Linear in the outcomes' text.
   *
   * @param item the agenda item
   * @param topics the item's topics, as {@link TopicScheme#topicsOf(AgendaItem)} gives them
   * @param scheme the scheme that resolves the outcomes' text
   * @return the strongest level per topic id; a topic without a counting outcome is absent
   */
  public static Map<String, Commitment> levelsOf(
      AgendaItem item, List<Topic> topics, TopicScheme scheme) {
    return levels(item, topics, scheme);
  }

  private Presence presence(String topicId) {
    Presence p = topics.get(topicId);
    if (p == null) {
      throw new IllegalArgumentException("topic " + topicId + " is not on this agenda");
    }
    return p;
  }

  /**
   * The topics on the agenda, in order of first appearance.
   *
   * @return the topics
   */
  public List<Topic> topics() {
    List<Topic> list = new ArrayList<>(topics.size());
    topics.values().forEach(p -> list.add(p.topic));
    return Collections.unmodifiableList(list);
  }

  /**
   * Whether the agenda carries the topic.
   *
   * @param topicId a topic id
   * @return true if an item carries it
   */
  public boolean contains(String topicId) {
    return topics.containsKey(topicId);
  }

  /**
   * The strongest commitment the outcomes give a topic, over the items that carry it. An outcome
   * counts for the topics of its item that its text names, or for all the item's topics when it
   * names none of them; a segment's summary gives no topic a level.
   *
   * @param topicId a topic on this agenda
   * @return the commitment, or empty if no outcome of those items counts for the topic
   * @throws IllegalArgumentException if the topic is not on this agenda
   */
  public Optional<Commitment> commitment(String topicId) {
    return Optional.ofNullable(presence(topicId).strongest);
  }

  /**
   * The titles of the items that carry a topic, as published.
   *
   * @param topicId a topic on this agenda
   * @return the titles, in agenda order
   * @throws IllegalArgumentException if the topic is not on this agenda
   */
  public List<String> titles(String topicId) {
    return List.copyOf(presence(topicId).titles);
  }

  /**
   * The parties that made statements under the items that carry a topic.
   *
   * @param topicId a topic on this agenda
   * @return the parties, in order of first statement
   * @throws IllegalArgumentException if the topic is not on this agenda
   */
  public List<Party> raisedBy(String topicId) {
    return List.copyOf(presence(topicId).speakers);
  }

  /**
   * The kinds of segment whose agendas carry a topic.
   *
   * @param topicId a topic on this agenda
   * @return the kinds, in order of appearance
   * @throws IllegalArgumentException if the topic is not on this agenda
   */
  public List<SegmentKind> segmentKinds(String topicId) {
    return List.copyOf(presence(topicId).kinds);
  }

  /**
   * The kinds of all the segments read, with or without an agenda.
   *
   * @return the kinds, in order of appearance
   */
  public List<SegmentKind> segmentKinds() {
    return List.copyOf(kinds);
  }

  /**
   * Whether any statement or outcome of the agenda, or a summary, note or lead outcome of its
   * meeting, mentions a topic, whatever the titles say.
   *
   * @param topicId a topic id
   * @return true if it is mentioned
   */
  public boolean mentions(String topicId) {
    if (mentions == null) {
      // Resolving every statement and outcome is the costly part; do it once, when asked.
      Set<String> found = new HashSet<>();
      for (AgendaItem item : items) {
        for (Remark r : item.remarks()) {
          scheme.resolve(r.text()).forEach(t -> found.add(t.id()));
        }
      }
      for (String text : texts) {
        scheme.resolve(text).forEach(t -> found.add(t.id()));
      }
      mentions = found;
    }
    return mentions.contains(topicId);
  }

  /**
   * The items whose titles name no topic, keyed by {@linkplain TopicScheme#normalize normalized
   * title}, with the title as published.
   *
   * @return the unclassified titles, in agenda order
   */
  public Map<String, String> unclassified() {
    return Collections.unmodifiableMap(unclassified);
  }
}
