package dev.parley.examples.site;

import dev.parley.core.history.TimelineColumn;
import dev.parley.core.history.TopicTimeline;
import dev.parley.core.history.TopicTrack;
import dev.parley.core.io.AtomicFile;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.InvalidRecordException;
import dev.parley.core.model.Session;
import dev.parley.core.topic.TopicScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The static report of an archive of meetings, as a folder of HTML pages that need no server, no
 * network and no script: an index of the dialogues with their meetings; a page per meeting; a page
 * per dialogue with its timeline picture, what changed from each meeting to the next and whether
 * each planned meeting was held as planned; a page per topic across all dialogues. Every page links
 * to the others, reads on a phone and prints.
 *
 * <p>The pages are laid out as {@code index.html}, {@code meetings/DIALOGUE-ORDINAL.html}, {@code
 * dialogues/DIALOGUE.html}, {@code topics/TOPIC.html} and one stylesheet, {@code style.css}; every
 * link is relative, so the folder can be moved, zipped or opened from disk. Immutable.
 */
public final class Site {
  private final TopicScheme scheme;
  private final List<DialogueHistory> histories;
  private final TopicTimeline timeline;
  private final Map<Session, String> meetingPages;
  private final Map<TimelineColumn, Session> byColumn;

  private Site(
      TopicScheme scheme,
      List<DialogueHistory> histories,
      TopicTimeline timeline,
      Map<Session, String> meetingPages,
      Map<TimelineColumn, Session> byColumn) {
    this.scheme = scheme;
    this.histories = histories;
    this.timeline = timeline;
    this.meetingPages = meetingPages;
    this.byColumn = byColumn;
  }

  /**
   * The site of the given meetings, of one or several dialogues.
   *
   * @param sessions the meetings, in any order
   * @param scheme the topics to recognize in agenda titles
   * @return the site, not yet written
   * @throws InvalidRecordException if the meetings of one dialogue do not make a history (two with
   *     one ordinal, a dialogue recorded two ways, ordinals whose dates run backwards)
   */
  public static Site of(Collection<Session> sessions, TopicScheme scheme) {
    Map<String, List<Session>> byDialogue = new LinkedHashMap<>();
    for (Session s : sessions) {
      byDialogue.computeIfAbsent(s.dialogue().id(), id -> new ArrayList<>()).add(s);
    }
    List<DialogueHistory> histories = new ArrayList<>();
    for (List<Session> series : byDialogue.values()) {
      histories.add(DialogueHistory.of(series));
    }
    histories.sort(
        Comparator.comparing((DialogueHistory h) -> h.dialogue().name())
            .thenComparing(h -> h.dialogue().id()));
    Map<Session, String> pages = new IdentityHashMap<>();
    Map<TimelineColumn, Session> byColumn = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (DialogueHistory h : histories) {
      for (Session s : h.sessions()) {
        String base =
            s.dialogue().id()
                + "-"
                + (s.ordinal().isPresent()
                    ? String.valueOf(s.ordinal().getAsInt())
                    : s.start().toString());
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
          name = base + "-" + n;
        }
        pages.put(s, "meetings/" + name + ".html");
        byColumn.putIfAbsent(TimelineColumn.of(s), s);
      }
    }
    return new Site(
        scheme, List.copyOf(histories), TopicTimeline.of(sessions, scheme), pages, byColumn);
  }

  /**
   * Writes every page into a folder, each file atomically; pages a previous run wrote under other
   * names are left alone.
   *
   * @param dir the folder, created if missing
   * @return the files written, the index first
   * @throws UncheckedIOException if a folder or file cannot be written
   */
  public List<Path> writeTo(Path dir) {
    Pages pages = new Pages(this);
    Map<String, String> files = new LinkedHashMap<>();
    files.put("index.html", pages.index());
    files.put("style.css", Pages.stylesheet());
    for (DialogueHistory h : histories) {
      files.put(dialoguePage(h.dialogue().id()), pages.dialogue(h));
      for (Session s : h.sessions()) {
        files.put(meetingPage(s), pages.meeting(h, s));
      }
    }
    for (TopicTrack t : timeline.tracks()) {
      files.put(topicPage(t.topic().id()), pages.topic(t));
    }
    List<Path> written = new ArrayList<>();
    try {
      for (String folder : List.of("meetings", "dialogues", "topics")) {
        Files.createDirectories(dir.resolve(folder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folders of " + dir, e);
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path target = dir.resolve(f.getKey());
      byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
      AtomicFile.write(target, out -> out.write(bytes));
      written.add(target);
    }
    return written;
  }

  TopicScheme scheme() {
    return scheme;
  }

  List<DialogueHistory> histories() {
    return histories;
  }

  TopicTimeline timeline() {
    return timeline;
  }

  /** The meeting of a timeline column, if the site has it. */
  Optional<Session> session(TimelineColumn column) {
    return Optional.ofNullable(byColumn.get(column));
  }

  /** A meeting's page, relative to the site's folder. */
  String meetingPage(Session session) {
    return meetingPages.get(session);
  }

  /** A dialogue's page, relative to the site's folder. */
  static String dialoguePage(String dialogueId) {
    return "dialogues/" + dialogueId + ".html";
  }

  /** A topic's page, relative to the site's folder. */
  static String topicPage(String topicId) {
    return "topics/" + topicId + ".html";
  }

  /** Whether a topic has a page: it appears in at least one meeting. */
  boolean hasTopicPage(String topicId) {
    return timeline.track(topicId).isPresent();
  }
}
