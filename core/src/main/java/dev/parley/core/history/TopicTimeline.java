package dev.parley.core.history;

import dev.parley.core.diff.AgendaTopics;
import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.Segment;
import dev.parley.core.model.Session;
import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Topics followed across sessions in date order, of one dialogue or of several ("everything Japan
 * discussed with the EU and the U.S."): for each topic, the sessions that carry it, the commitment
 * at each, its first and last appearance, its longest run and its revivals.
 *
 * <p>A timeline keeps per session its column in a compact form (about 55 bytes with its title) and
 * five bytes per topic it carried, never the sessions themselves: sessions can be {@linkplain
 * Builder#add added} one at a time from a stream, and a timeline of 100,000 sessions of ten topics
 * each fits in about 12 MiB. Cost grows linearly with the number of agenda items; topics are shared
 * with the scheme.
 */
public final class TopicTimeline {
  private static final byte NO_OUTCOME = -1;

  private final Columns columns;
  private final Map<String, Track> tracks;

  /** The columns of sessions whose agenda is not known in full, ascending; usually none. */
  private final int[] partial;

  /**
   * One topic's appearances: column indexes ascending, with the commitment at each, and the topic's
   * place in the agenda of its earliest session (which orders the tracks).
   */
  private static final class Track {
    final Topic topic;
    Ints columns = new Ints();
    byte[] levels = new byte[4];
    int firstColumn = -1;
    int firstRank;

    Track(Topic topic) {
      this.topic = topic;
    }

    /** A track of the same appearances that the other's later ones do not change. */
    Track copy() {
      Track t = new Track(topic);
      t.columns = columns.copy();
      t.levels = Arrays.copyOf(levels, size());
      t.firstColumn = firstColumn;
      t.firstRank = firstRank;
      return t;
    }

    /** The number of appearances. */
    int size() {
      return columns.size();
    }

    /** Drops the spare capacity. */
    void trim() {
      levels = Arrays.copyOf(levels, size());
    }

    /** Adds an appearance: the column and the level there. */
    void add(int column, byte level) {
      int size = columns.size();
      if (size == levels.length) {
        levels = Arrays.copyOf(levels, size + (size >> 1) + 1);
      }
      columns.add(column);
      levels[size] = level;
    }
  }

  private TopicTimeline(Columns columns, Map<String, Track> tracks) {
    this.columns = columns;
    this.tracks = tracks;
    this.partial = columns.partial();
  }

  /**
   * The timeline of a dialogue's history.
   *
   * @param history the history
   * @param scheme the topics to recognize
   * @return the timeline
   */
  public static TopicTimeline of(DialogueHistory history, TopicScheme scheme) {
    return of(history.sessions(), scheme);
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
    Builder b = builder(scheme);
    sessions.forEach(b::add);
    return b.build();
  }

  /**
   * A builder that takes sessions one at a time, in any order, keeping only what the timeline needs
   * of each.
   *
   * @param scheme the topics to recognize
   * @return the builder
   */
  public static Builder builder(TopicScheme scheme) {
    return new Builder(scheme);
  }

  /** Collects sessions into a {@link TopicTimeline}; not thread-safe. */
  public static final class Builder {
    private final TopicScheme scheme;
    private Columns columns = new Columns();

    /**
     * Whether the last timeline built shares this builder's columns and tracks: the next session
     * added copies them first, so that a timeline never changes once built.
     */
    private boolean shared;

    private final Map<String, Track> tracks = new LinkedHashMap<>();
    private final Map<String, Integer> levels = new HashMap<>();
    private final List<Topic> order = new ArrayList<>();
    private final Set<String> segmentTopics = new HashSet<>();

    private Builder(TopicScheme scheme) {
      this.scheme = scheme;
    }

    /**
     * Adds a session's column and the topics its agenda carries.
     *
     * @param session the session
     * @return this builder
     */
    public Builder add(Session session) {
      if (shared) {
        columns = columns.copy();
        tracks.replaceAll((id, t) -> t.copy());
        shared = false;
      }
      int index = columns.size();
      columns.add(session);
      // The topics of this session with their strongest level, in agenda order; the scratch
      // map and list are reused from session to session, so adding allocates little.
      levels.clear();
      order.clear();
      for (Segment segment : session.segments()) {
        segmentTopics.clear();
        for (AgendaItem item : segment.agenda()) {
          List<Topic> itemTopics = scheme.topicsOf(item);
          Map<String, Commitment> itemLevels = AgendaTopics.levelsOf(item, itemTopics, scheme);
          for (Topic t : itemTopics) {
            Commitment c = itemLevels.get(t.id());
            int level = c == null ? NO_OUTCOME : c.ordinal();
            segmentTopics.add(t.id());
            Integer before = levels.get(t.id());
            if (before == null) {
              order.add(t);
              levels.put(t.id(), level);
            } else if (level > before) {
              levels.put(t.id(), level);
            }
          }
        }
        lead(segment.outcomes(), segmentTopics);
      }
      lead(session.outcomes(), levels.keySet());
      for (int rank = 0; rank < order.size(); rank++) {
        Topic t = order.get(rank);
        Track track = tracks.computeIfAbsent(t.id(), id -> new Track(t));
        // The earliest session's place orders the tracks; among sessions of the same date,
        // ordinal and title, the one added first, as a stable sort keeps it first.
        if (track.firstColumn < 0 || columns.compare(index, track.firstColumn) < 0) {
          track.firstColumn = index;
          track.firstRank = rank;
        }
        track.add(index, (byte) (int) levels.get(t.id()));
      }
      return this;
    }

    /**
     * Lead outcomes, the meeting's: each raises the level of the topics it names among those this
     * eligible (a segment's own topics, or all of the session's).
     */
    private void lead(List<Outcome> outcomes, Set<String> eligible) {
      for (Outcome o : outcomes) {
        int level = o.commitment().ordinal();
        for (Topic t : scheme.resolve(o.text())) {
          Integer before = levels.get(t.id());
          if (before != null && level > before && eligible.contains(t.id())) {
            levels.put(t.id(), level);
          }
        }
      }
    }

    /**
     * The timeline of the sessions added so far, in date order.
     *
     * @return the timeline
     */
    public TopicTimeline build() {
      boolean inOrder = true;
      for (int i = 1; i < columns.size() && inOrder; i++) {
        inOrder = columns.compare(i - 1, i) <= 0;
      }
      List<Track> byFirst = new ArrayList<>(tracks.size());
      Columns sorted;
      if (inOrder) {
        // Sessions came in date order, as from a sorted file: nothing to move.
        sorted = columns;
        shared = true;
        for (Track t : tracks.values()) {
          t.trim();
          byFirst.add(t);
        }
      } else {
        Integer[] order = new Integer[columns.size()];
        for (int i = 0; i < order.length; i++) {
          order[i] = i;
        }
        Arrays.sort(order, columns::compare);
        int[] position = new int[order.length];
        for (int i = 0; i < order.length; i++) {
          position[order[i]] = i;
        }
        sorted = columns.reordered(order);
        for (Track t : tracks.values()) {
          long[] keys = new long[t.size()];
          for (int i = 0; i < t.size(); i++) {
            keys[i] = ((long) position[t.columns.get(i)] << 32) | i;
          }
          Arrays.sort(keys);
          Track r = new Track(t.topic);
          for (long key : keys) {
            int i = (int) key;
            r.add(position[t.columns.get(i)], t.levels[i]);
          }
          r.firstColumn = position[t.firstColumn];
          r.firstRank = t.firstRank;
          r.trim();
          byFirst.add(r);
        }
      }
      // In order of first appearance: by first column, then by place in that agenda.
      byFirst.sort(
          Comparator.<Track>comparingInt(t -> t.columns.get(0)).thenComparingInt(t -> t.firstRank));
      Map<String, Track> ordered = new LinkedHashMap<>();
      byFirst.forEach(t -> ordered.put(t.topic.id(), t));
      return new TopicTimeline(sorted, ordered);
    }
  }

  /**
   * The sessions as columns, in date order.
   *
   * @return the columns
   */
  public List<TimelineColumn> columns() {
    return columns;
  }

  private static final List<Optional<Commitment>> LEVELS = levels();

  private static List<Optional<Commitment>> levels() {
    List<Optional<Commitment>> levels = new ArrayList<>();
    for (Commitment c : Commitment.values()) {
      levels.add(Optional.of(c));
    }
    return List.copyOf(levels);
  }

  private TopicTrack track(Track t) {
    List<Appearance> list = new ArrayList<>(t.size());
    for (int i = 0; i < t.size(); i++) {
      byte level = t.levels[i];
      list.add(
          new Appearance(
              t.columns.get(i),
              columns.get(t.columns.get(i)),
              level == NO_OUTCOME ? Optional.empty() : LEVELS.get(level)));
    }
    List<Integer> unknown = new ArrayList<>(0);
    int a = 0;
    for (int column : partial) {
      while (a < t.size() && t.columns.get(a) < column) {
        a++;
      }
      if (a == t.size() || t.columns.get(a) != column) {
        unknown.add(column);
      }
    }
    return new TopicTrack(t.topic, list, columns.size(), unknown);
  }

  /**
   * Every topic's track, in order of first appearance. The list makes each track when it is read,
   * so that a report can go through a large timeline one topic at a time.
   *
   * @return the tracks
   */
  public List<TopicTrack> tracks() {
    List<Track> all = List.copyOf(tracks.values());
    return new AbstractList<>() {
      @Override
      public TopicTrack get(int index) {
        return track(all.get(index));
      }

      @Override
      public int size() {
        return all.size();
      }
    };
  }

  /**
   * The topics of the timeline, in order of first appearance.
   *
   * @return the topics
   */
  public List<Topic> topics() {
    List<Topic> list = new ArrayList<>(tracks.size());
    tracks.values().forEach(t -> list.add(t.topic));
    return list;
  }

  /**
   * The track of one topic.
   *
   * @param topicId the topic's id
   * @return its track, if any session carries it
   */
  public Optional<TopicTrack> track(String topicId) {
    Track t = tracks.get(topicId);
    return t == null ? Optional.empty() : Optional.of(track(t));
  }

  /**
   * The topics that every session carries: the standing items of a dialogue.
   *
   * @return their tracks, in order of first appearance
   */
  public List<TopicTrack> inEverySession() {
    List<TopicTrack> list = new ArrayList<>();
    for (Track t : tracks.values()) {
      if (t.size() == columns.size()) {
        list.add(track(t));
      }
    }
    return list;
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
    Map<String, TimelineColumn> first = new LinkedHashMap<>();
    for (Track t : tracks.values()) {
      Track there = other.tracks.get(t.topic.id());
      (there != null ? both : onlyHere).add(t.topic);
      TimelineColumn mine = columns.get(t.columns.get(0));
      TimelineColumn theirs = there == null ? null : other.columns.get(there.columns.get(0));
      first.put(
          t.topic.id(),
          theirs != null && TimelineColumn.CHRONOLOGICAL.compare(theirs, mine) < 0 ? theirs : mine);
    }
    for (Track t : other.tracks.values()) {
      if (!tracks.containsKey(t.topic.id())) {
        onlyThere.add(t.topic);
        first.put(t.topic.id(), other.columns.get(t.columns.get(0)));
      }
    }
    return new TimelineComparison(both, onlyHere, onlyThere, first);
  }
}
