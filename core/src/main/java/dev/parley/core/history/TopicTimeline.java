package dev.parley.core.history;

import dev.parley.core.diff.AgendaTopics;
import dev.parley.core.model.Session;
import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Topics followed across sessions in date order, of one dialogue or of several ("everything Japan
 * discussed with the EU and the U.S."): for each topic, the sessions that carry it, the commitment
 * at each, its first and last appearance, its longest run and its revivals.
 *
 * <p>Building a timeline reads each session's agenda once; cost grows linearly with the number of
 * agenda items, and topics are shared with the scheme, not copied.
 */
public final class TopicTimeline {
  /** The order of sessions in a timeline: by start date, then by ordinal, then by title. */
  static final Comparator<Session> CHRONOLOGICAL =
      Comparator.comparing(Session::start)
          .thenComparingInt(s -> s.ordinal().orElse(0))
          .thenComparing(Session::title);

  private final List<Session> sessions;
  private final Map<String, TopicTrack> tracks;

  private TopicTimeline(List<Session> sessions, Map<String, TopicTrack> tracks) {
    this.sessions = sessions;
    this.tracks = tracks;
  }

  /**
   * The timeline of the given sessions with the default topic scheme.
   *
   * @param sessions the sessions, in any order
   * @return the timeline
   */
  public static TopicTimeline of(Collection<Session> sessions) {
    return of(sessions, TopicScheme.defaultScheme());
  }

  /**
   * The timeline of the given sessions.
   *
   * @param sessions the sessions, in any order; they are put in date order
   * @param scheme the topics to recognize
   * @return the timeline
   */
  public static TopicTimeline of(Collection<Session> sessions, TopicScheme scheme) {
    List<Session> ordered = new ArrayList<>(sessions);
    ordered.sort(CHRONOLOGICAL);
    Map<String, Topic> topics = new LinkedHashMap<>();
    Map<String, List<Appearance>> appearances = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      Session session = ordered.get(i);
      AgendaTopics agenda = AgendaTopics.of(session, scheme);
      for (Topic t : agenda.topics()) {
        topics.putIfAbsent(t.id(), t);
        appearances
            .computeIfAbsent(t.id(), id -> new ArrayList<>())
            .add(new Appearance(i, session, agenda.commitment(t.id())));
      }
    }
    Map<String, TopicTrack> tracks = new LinkedHashMap<>();
    appearances.forEach(
        (id, list) -> tracks.put(id, new TopicTrack(topics.get(id), list, ordered.size())));
    return new TopicTimeline(List.copyOf(ordered), tracks);
  }

  /**
   * The sessions, in date order.
   *
   * @return the sessions
   */
  public List<Session> sessions() {
    return sessions;
  }

  /**
   * Every topic's track, in order of first appearance.
   *
   * @return the tracks
   */
  public List<TopicTrack> tracks() {
    return List.copyOf(tracks.values());
  }

  /**
   * The track of one topic.
   *
   * @param topicId the topic's id
   * @return its track, if any session carries it
   */
  public Optional<TopicTrack> track(String topicId) {
    return Optional.ofNullable(tracks.get(topicId));
  }

  /**
   * The topics that every session carries: the standing items of a dialogue.
   *
   * @return their tracks, in order of first appearance
   */
  public List<TopicTrack> inEverySession() {
    return tracks.values().stream().filter(TopicTrack::isInEverySession).toList();
  }

  /**
   * Compares the topics of this timeline with another's, such as Japan-EU against Japan-U.S. over
   * the same period.
   *
   * @param other the other timeline
   * @return topics in both, in one only, and where each first appeared
   */
  public TimelineComparison compareWith(TopicTimeline other) {
    List<Topic> both = new ArrayList<>();
    List<Topic> onlyHere = new ArrayList<>();
    List<Topic> onlyThere = new ArrayList<>();
    Map<String, Session> first = new LinkedHashMap<>();
    for (TopicTrack t : tracks.values()) {
      Optional<TopicTrack> there = other.track(t.topic().id());
      (there.isPresent() ? both : onlyHere).add(t.topic());
      Session mine = t.first().session();
      first.put(
          t.topic().id(),
          there
              .map(o -> o.first().session())
              .filter(s -> CHRONOLOGICAL.compare(s, mine) < 0)
              .orElse(mine));
    }
    for (TopicTrack t : other.tracks.values()) {
      if (!tracks.containsKey(t.topic().id())) {
        onlyThere.add(t.topic());
        first.put(t.topic().id(), t.first().session());
      }
    }
    return new TimelineComparison(both, onlyHere, onlyThere, first);
  }
}
