package dev.parley.core.topic;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.Statement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A vocabulary of {@link Topic}s that recognizes which topics a title names.
 *
 * <p>{@link #resolve} normalizes a title once (NFKC, so full-width letters, digits and brackets
 * fold; case, punctuation, slashes, parentheses, hyphens, the word "and", British or American
 * spelling ("standardisation", "centre", "labour"), English plurals ("divides", "strategies") and
 * item markers such as "ア", "(1)" or "（２）" do not matter) and matches the labels of the scheme's
 * topics in every language it has labels for, left to right, the longest first: "IoT security" is
 * {@code iot-security}, not {@code iot}; "5G, B5G, and Cybersecurity" is {@code 5g}, {@code
 * beyond-5g} and {@code cybersecurity}; "（２）５Ｇセキュリティ・オープンRAN" is {@code 5g-security} and {@code
 * open-networks}. Labels in alphabetic scripts match on word boundaries, also where a word is
 * written against kana or kanji ("IoTセキュリティ"); Japanese labels match as character sequences, so no
 * spaces or list separators (・ 、 と 及び) are needed. Resolution never guesses: text that no label
 * covers is ignored, and a title in which no label occurs resolves to nothing.
 *
 * <p>An alternative label may have one slot, written {@code *} after at least one word, that any
 * one label of the scheme fills: a span that names two topics at once, one inside the other. With
 * the label "diversification of * suppliers", "Diversification of 5G suppliers" is {@code
 * open-networks} and {@code 5g}; with "government *", "Government Cloud" is {@code e-government}
 * and {@code cloud-computing}. The label in the slot is the longest one there (its own slots do not
 * count), and the label with the slot must go on to its end after it; where a label without a slot
 * ends as far or further, that label wins. A title that leaves the slot empty ("Diversification of
 * suppliers", "Government") does not match the label with the slot; a {@code *} in a title fills
 * it, so that every label, written as it is, names its topic ("government *" is {@code
 * e-government}).
 *
 * <p>Resolution takes time linear in the length of the title: one pass to fold it (or one NFKC
 * normalization, for text outside the characters agenda titles are mostly written in), one pass to
 * cut it into at most {@code n} tokens, then at most {@code n × (L + 1) × (2L + 1)} trie steps for
 * a title of {@code n} characters, where {@code L} is the length of the scheme's longest label in
 * tokens (a label has at most 200 characters): at each of the {@code n} places at most {@code L}
 * steps into the labels that start there, and at each of the at most {@code L + 1} nodes passed, if
 * a label has a slot there, at most {@code L} steps for the label in the slot and {@code L} for the
 * rest of the label with the slot. A step for a Japanese character is a lookup by code point and
 * allocates nothing. Runs of combining marks are cut to 30 marks before normalizing, so that no
 * input makes normalization quadratic.
 *
 * <p>The {@linkplain #defaultScheme() default scheme} covers ICT policy in English and Japanese;
 * users extend or override it with their own topics through {@link #mergedWith}. A scheme is
 * immutable and safe to share between threads; its topics are shared by every result it gives, not
 * copied. Each scheme instance remembers the topics of the titles it has resolved, since agendas
 * repeat their titles: titles of up to 1,024 characters, and at most 1,048,576 characters of titles
 * in all (about 2 MiB), after which it forgets them and starts again. The memory belongs to the
 * instance, so it lives no longer than the scheme the caller holds.
 */
public final class TopicScheme {
  private static final String DEFAULT_RESOURCE = "default-scheme.tsv";

  /** The longest title whose topics a scheme remembers, in characters. */
  private static final int MAX_REMEMBERED_TITLE = 1_024;

  /** How many characters of titles a scheme remembers in all before it forgets them. */
  private static final long MAX_REMEMBERED_CHARS = 1L << 20;

  /**
   * The slot of a label, which another label of any topic fills: "diversification of * suppliers".
   */
  static final char SLOT = '*';

  /** The longest chain of broader links a scheme may have. */
  static final int MAX_DEPTH = 64;

  private final Map<String, Topic> topics;
  private final List<Topic> priority;
  private final Node labels;

  /** Each topic's broader topics, directly or through others: what {@link #isBroader} looks up. */
  private final Map<String, Set<String>> ancestors;

  private final Map<String, List<Topic>> remembered = new ConcurrentHashMap<>();
  private final AtomicLong rememberedChars = new AtomicLong();

  private TopicScheme(Map<String, Topic> topics, List<Topic> priority, Node labels) {
    this.topics = topics;
    this.priority = priority;
    this.labels = labels;
    this.ancestors = ancestors(topics);
  }

  /**
   * Each topic's broader topics, following broader links to the top: one walk per topic, each at
   * most as long as the links it follows ({@value #MAX_DEPTH} deep at most).
   */
  private static Map<String, Set<String>> ancestors(Map<String, Topic> topics) {
    Map<String, Set<String>> all = new HashMap<>(topics.size() * 2);
    for (Topic t : topics.values()) {
      if (t.broader().isEmpty()) {
        all.put(t.id(), Set.of());
        continue;
      }
      Set<String> seen = new HashSet<>();
      List<String> todo = new ArrayList<>(t.broader());
      while (!todo.isEmpty()) {
        String id = todo.remove(todo.size() - 1);
        Topic up = topics.get(id);
        if (seen.add(id) && up != null) {
          todo.addAll(up.broader());
        }
      }
      all.put(t.id(), Set.copyOf(seen));
    }
    return all;
  }

  /**
   * The ICT-policy scheme that ships with Parley, in English and Japanese, read from the {@code
   * default-scheme.tsv} resource of this package once. Each call gives a scheme of its own that
   * shares the topics and labels but remembers titles for its caller only.
   *
   * @return the default scheme
   */
  public static TopicScheme defaultScheme() {
    TopicScheme d = DefaultHolder.INSTANCE;
    return new TopicScheme(d.topics, d.priority, d.labels);
  }

  /** Loads the default scheme once, on first use. */
  private static final class DefaultHolder {
    static final TopicScheme INSTANCE = loadDefault();

    private static TopicScheme loadDefault() {
      try (InputStream in = TopicScheme.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing");
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A scheme of the given topics. Every broader id must be a topic of the scheme, broader links
   * must not form a cycle, and no two topics may share a label (after normalization).
   *
   * @param topics the topics, each id once
   * @return the scheme
   * @throws TopicSchemeException if the topics are inconsistent
   */
  public static TopicScheme of(Collection<Topic> topics) {
    Map<String, Topic> byId = new LinkedHashMap<>();
    for (Topic t : topics) {
      if (byId.put(t.id(), t) != null) {
        throw new TopicSchemeException("Topic '" + t.id() + "' is defined more than once");
      }
    }
    return build(byId, List.copyOf(byId.values()), true);
  }

  /**
   * A scheme of the given topics.
   *
   * @param topics the topics
   * @return the scheme
   * @throws TopicSchemeException if the topics are inconsistent
   */
  public static TopicScheme of(Topic... topics) {
    return of(Arrays.asList(topics));
  }

  /**
   * Reads a scheme in Parley's tab-separated format: one topic and language per line, with the
   * columns id, preferred label, alternative labels separated by {@code |}, broader ids separated
   * by {@code ,}, and language (a BCP 47 tag such as {@code ja}); the last three may be empty or
   * left out, and a line without a language is English. An alternative label may have one slot,
   * {@code *}, after at least one word (see the class description). Every topic has an English
   * line, which carries its broader ids; a line in another language adds the topic's labels in that
   * language and leaves the broader column empty. Blank lines and lines starting with {@code #} are
   * ignored. For example:
   *
   * <pre>
   * iot-security	IoT security	IoT device security|security of IoT devices	cybersecurity,iot
   * iot-security	IoTセキュリティ	IoT機器のセキュリティ		ja
   * </pre>
   *
   * @param reader the text; read to the end but not closed
   * @param name what to call the text in error messages, such as a file name
   * @return the scheme
   * @throws TopicSchemeException if a line is malformed or the topics are inconsistent; the message
   *     names the text and the line
   * @throws UncheckedIOException if the reader fails
   */
  public static TopicScheme parse(Reader reader, String name) {
    return of(parseTopics(reader, name));
  }

  /**
   * Reads topics in the tab-separated format of {@link #parse(Reader, String)} without making a
   * scheme of them, so that they may name broader topics of the scheme they will be {@linkplain
   * #mergedWith(Collection) merged} into. Broader links among the topics read are checked here, in
   * one pass without recursion: a cycle, or a chain of more than 64 broader links, is an error that
   * names the line.
   *
   * @param reader the text; read to the end but not closed
   * @param name what to call the text in error messages, such as a file name
   * @return the topics in the order of their English lines
   * @throws TopicSchemeException if a line is malformed; the message names the text and the line
   * @throws UncheckedIOException if the reader fails
   */
  public static List<Topic> parseTopics(Reader reader, String name) {
    Map<String, Topic.Builder> builders = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    Map<String, List<Label>> local = new HashMap<>();
    Map<String, Integer> localLine = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length < 2 || columns.length > 5) {
          throw new TopicSchemeException(
              name
                  + ":"
                  + number
                  + ": expected 2 to 5 tab-separated columns (id, label, alternative labels,"
                  + " broader ids, language), found "
                  + columns.length);
        }
        String id = columns[0].strip();
        String language = columns.length > 4 && !columns[4].isBlank() ? columns[4].strip() : "en";
        try {
          if (!Label.isLanguageTag(language)) {
            throw new TopicSchemeException(
                "language \"" + language + "\" is not a BCP 47 tag such as ja");
          }
          if (!seen.add(id + "\t" + language)) {
            throw new TopicSchemeException(
                "Topic '" + id + "' is defined more than once in language " + language);
          }
          if (language.equals("en")) {
            Topic.Builder topic = Topic.builder().id(id).prefLabel(columns[1].strip());
            if (columns.length > 2) {
              split(columns[2], "\\|").forEach(topic::addAltLabel);
            }
            if (columns.length > 3) {
              split(columns[3], ",").forEach(topic::addBroader);
            }
            builders.put(id, topic);
            lineOf.put(id, number);
          } else {
            if (columns.length > 3 && !columns[3].isBlank()) {
              throw new TopicSchemeException(
                  "Topic '" + id + "': broader ids belong on the topic's English line");
            }
            List<Label> labels = local.computeIfAbsent(id, k -> new ArrayList<>());
            labels.add(Label.pref(language, columns[1].strip()));
            if (columns.length > 2) {
              for (String alt : split(columns[2], "\\|")) {
                labels.add(Label.alt(language, alt));
              }
            }
            localLine.putIfAbsent(id, number);
          }
        } catch (TopicSchemeException e) {
          throw new TopicSchemeException(name + ":" + number + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Map.Entry<String, Integer> e : localLine.entrySet()) {
      if (!builders.containsKey(e.getKey())) {
        throw new TopicSchemeException(
            name
                + ":"
                + e.getValue()
                + ": Topic '"
                + e.getKey()
                + "' has labels in another language but no English line");
      }
    }
    List<Topic> topics = new ArrayList<>(builders.size());
    for (Map.Entry<String, Topic.Builder> e : builders.entrySet()) {
      try {
        topics.add(
            e.getValue().addAllLocalLabels(local.getOrDefault(e.getKey(), List.of())).build());
      } catch (TopicSchemeException ex) {
        throw new TopicSchemeException(
            name + ":" + lineOf.get(e.getKey()) + ": " + ex.getMessage());
      }
    }
    Map<String, Topic> byId = new LinkedHashMap<>();
    topics.forEach(t -> byId.put(t.id(), t));
    BroaderLinks.Problem problem = BroaderLinks.check(byId);
    if (problem != null) {
      throw new TopicSchemeException(
          name + ":" + lineOf.get(problem.topicId) + ": " + problem.message);
    }
    return List.copyOf(topics);
  }

  /**
   * Reads a scheme file in the tab-separated format of {@link #parse(Reader, String)}.
   *
   * @param file the file, UTF-8
   * @return the scheme
   * @throws TopicSchemeException if the file is malformed or its topics are inconsistent
   * @throws UncheckedIOException if the file cannot be read
   */
  public static TopicScheme read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> split(String column, String separator) {
    List<String> parts = new ArrayList<>();
    for (String part : column.split(separator, -1)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  /**
   * This scheme extended and overridden by {@code overrides}: a topic of {@code overrides} with the
   * id of one of this scheme's topics replaces it; the others are added. Where a label of {@code
   * overrides} is also a label of another topic of this scheme, the label means the overriding
   * topic.
   *
   * @param overrides the user's topics
   * @return the merged scheme
   * @throws TopicSchemeException if the result has a broader id that is not a topic, or a cycle
   */
  public TopicScheme mergedWith(TopicScheme overrides) {
    return mergedWith(overrides.priority);
  }

  /**
   * This scheme extended and overridden by the given topics, which may name this scheme's topics as
   * broader; see {@link #mergedWith(TopicScheme)}.
   *
   * @param overrides the user's topics, each id once
   * @return the merged scheme
   * @throws TopicSchemeException if an id is given twice, a broader id is not a topic of the
   *     result, or broader links form a cycle
   */
  public TopicScheme mergedWith(Collection<Topic> overrides) {
    Map<String, Topic> mine = new LinkedHashMap<>();
    for (Topic t : overrides) {
      if (mine.put(t.id(), t) != null) {
        throw new TopicSchemeException("Topic '" + t.id() + "' is defined more than once");
      }
    }
    Map<String, Topic> merged = new LinkedHashMap<>(topics);
    merged.putAll(mine);
    // The labels of earlier merges keep their priority over the default topics: the new topics
    // first, then this scheme's own priority order without the topics they replace.
    List<Topic> order = new ArrayList<>(mine.values());
    for (Topic t : priority) {
      if (!mine.containsKey(t.id())) {
        order.add(t);
      }
    }
    return build(merged, order, false);
  }

  private static TopicScheme build(Map<String, Topic> byId, List<Topic> priority, boolean strict) {
    for (Topic t : byId.values()) {
      for (String b : t.broader()) {
        if (!byId.containsKey(b)) {
          throw new TopicSchemeException(
              "Topic '" + t.id() + "': broader topic '" + b + "' is not in the scheme");
        }
      }
    }
    BroaderLinks.Problem problem = BroaderLinks.check(byId);
    if (problem != null) {
      throw new TopicSchemeException(problem.message);
    }
    Node root = new Node();
    for (Topic t : priority) {
      for (String label : t.labels()) {
        int slot = label.indexOf(SLOT);
        Node node = add(root, slot < 0 ? label : label.substring(0, slot));
        if (slot >= 0) {
          if (node.slot == null) {
            node.slot = new Node();
          }
          node = add(node.slot, label.substring(slot + 1));
        }
        if (node.topic == null) {
          node.topic = t;
        } else if (strict && node.topic != t) {
          throw new TopicSchemeException(
              "Topic '"
                  + t.id()
                  + "': label \""
                  + label
                  + "\" is already a label of topic '"
                  + node.topic.id()
                  + "'");
        }
      }
    }
    return new TopicScheme(
        Collections.unmodifiableMap(new LinkedHashMap<>(byId)), List.copyOf(priority), root);
  }

  /** Adds the tokens of a text to the trie below a node; the node of its last token. */
  private static Node add(Node node, String text) {
    TitleWords.Tokens tokens = TitleWords.tokens(text);
    for (int k = 0; k < tokens.size; k++) {
      int code = tokens.codes[k];
      node = code < 0 ? node.addWord(tokens.words[-1 - code]) : node.addCharacter(code);
    }
    return node;
  }

  /**
   * A title as topic matching sees it: lowercase, its words in American spelling and in the
   * singular, separated by single spaces, without punctuation and without the word "and". Two
   * titles that normalize alike are the same title for every comparison Parley makes.
   *
   * @param title a title
   * @return the normalized title
   */
  public static String normalize(String title) {
    // Linear in the length of the title; see TitleWords.
    return TitleWords.key(title);
  }

  /**
   * The topics of this scheme, in the order they were given.
   *
   * @return the topics
   */
  public List<Topic> topics() {
    return List.copyOf(topics.values());
  }

  /**
   * The topic with the given id.
   *
   * @param id a topic id such as {@code beyond-5g}
   * @return the topic, if the scheme has it
   */
  public Optional<Topic> topic(String id) {
    return Optional.ofNullable(topics.get(id));
  }

  /**
   * The topics a title names, in the order they occur in it, each once (a label with a slot before
   * the label in its slot). Linear in the length of the title: one pass to fold it (or one NFKC
   * normalization for text outside the simple characters), one to cut it into tokens, and at most
   * {@code n × (L + 1) × (2L + 1)} trie steps (see the class description).
   *
   * @param title an agenda title or any text, in any language the scheme has labels for
   * @return the topics; empty if no label of the scheme occurs in the title
   */
  public List<Topic> resolve(String title) {
    if (title.length() > MAX_REMEMBERED_TITLE) {
      return match(title);
    }
    List<Topic> known = remembered.get(title);
    if (known != null) {
      return known;
    }
    List<Topic> found = match(title);
    if (rememberedChars.addAndGet(title.length()) > MAX_REMEMBERED_CHARS) {
      remembered.clear();
      rememberedChars.set(title.length());
    }
    remembered.put(title, found);
    return found;
  }

  private List<Topic> match(String title) {
    TitleWords.Tokens tokens = TitleWords.tokens(title);
    List<Topic> found = new ArrayList<>(2);
    Match best = new Match();
    Match inner = new Match();
    Match after = new Match();
    int i = 0;
    while (i < tokens.size) {
      best.clear();
      Node node = labels;
      int j = i;
      while (node != null) {
        if (node.slot != null && longest(labels, tokens, j, inner) > j) {
          // A label with a slot: another label fills the slot, then the label goes on.
          if (longest(node.slot, tokens, inner.end, after) > best.end) {
            best.set(after.topic, after.end, inner.topic);
          }
        }
        if (j == tokens.size) {
          break;
        }
        node = step(node, tokens, j++);
        if (node != null && node.topic != null && j >= best.end) {
          best.set(node.topic, j, null);
        }
      }
      if (best.topic != null) {
        addOnce(found, best.topic);
        if (best.inSlot != null) {
          addOnce(found, best.inSlot);
        }
        i = best.end;
      } else {
        i++;
      }
    }
    return List.copyOf(found);
  }

  /** The node one token further, or null; a {@code *} in the title fills a slot. */
  private static Node step(Node node, TitleWords.Tokens tokens, int k) {
    int code = tokens.codes[k];
    if (code == TitleWords.SLOT_TOKEN) {
      return node.slot;
    }
    return code < 0 ? node.word(tokens.words[-1 - code]) : node.character(code);
  }

  /**
   * The longest label that starts below {@code node} at token {@code from} and ignores slots, at
   * most {@code L} steps: sets {@code match} to its topic and end and returns the end, or clears
   * {@code match} and returns -1 when none does. At {@code node} itself a label that has ended (a
   * label whose slot is its last part) counts, with no token taken.
   */
  private static int longest(Node node, TitleWords.Tokens tokens, int from, Match match) {
    match.clear();
    if (node.topic != null) {
      match.set(node.topic, from, null);
    }
    for (int k = from; k < tokens.size; ) {
      node = step(node, tokens, k++);
      if (node == null) {
        break;
      }
      if (node.topic != null) {
        match.set(node.topic, k, null);
      }
    }
    return match.topic == null ? -1 : match.end;
  }

  /** The best label found so far at one place in a title. */
  private static final class Match {
    Topic topic;
    int end = -1;
    Topic inSlot;

    void set(Topic topic, int end, Topic inSlot) {
      this.topic = topic;
      this.end = end;
      this.inSlot = inSlot;
    }

    void clear() {
      set(null, -1, null);
    }
  }

  /**
   * The topics on the agenda under an item: its explicit topic ids, then the topics its title
   * names, then those its other published titles name, each once. An explicit id that this scheme
   * does not know stands for a topic of that id with the id as its label.
   *
   * @param item the agenda item
   * @return the item's topics
   */
  public List<Topic> topicsOf(AgendaItem item) {
    if (item.topics().isEmpty() && item.titles().isEmpty()) {
      return resolve(item.title());
    }
    List<Topic> topics = new ArrayList<>(item.topics().size() + 2);
    for (String id : item.topics()) {
      topics.add(this.topics.getOrDefault(id, Topic.of(id, id)));
    }
    resolve(item.title()).forEach(t -> addOnce(topics, t));
    // The same item as other sources titled it, in other languages.
    item.titles().forEach(title -> resolve(title.text()).forEach(t -> addOnce(topics, t)));
    return List.copyOf(topics);
  }

  /**
   * The topics that an item's statements and outcomes mention, whether or not its title names them:
   * "Japan explained privacy protection ..." under "Review policies and regulations" mentions
   * {@code privacy}.
   *
   * @param item the agenda item
   * @return the mentioned topics, in order of first mention
   */
  public List<Topic> mentionsOf(AgendaItem item) {
    List<Topic> topics = new ArrayList<>();
    for (Statement s : item.statements()) {
      resolve(s.text()).forEach(t -> addOnce(topics, t));
    }
    for (Outcome o : item.outcomes()) {
      resolve(o.text()).forEach(t -> addOnce(topics, t));
    }
    return List.copyOf(topics);
  }

  /**
   * Adds a topic unless a topic of the same id is there. Lists of a title's topics are short, and
   * comparing ids is cheaper than hashing whole topics.
   */
  private static void addOnce(List<Topic> topics, Topic topic) {
    for (Topic t : topics) {
      if (t.id().equals(topic.id())) {
        return;
      }
    }
    topics.add(topic);
  }

  /**
   * Whether {@code broader} is a broader topic of {@code narrower}, directly or through other
   * topics ({@code cybersecurity} is broader than {@code iot-security}).
   *
   * @param broader a topic id
   * @param narrower another topic id
   * @return true if following broader links from {@code narrower} reaches {@code broader}
   */
  public boolean isBroader(String broader, String narrower) {
    Set<String> up = ancestors.get(narrower);
    return up != null && up.contains(broader);
  }

  /**
   * A node of the label trie: one token further into some label. Words of alphabetic scripts are
   * looked up by string; Japanese characters by code point, in an open-addressing table, so that
   * matching a Japanese title allocates nothing per character.
   */
  private static final class Node {
    private static final int EMPTY = -1;

    private Map<String, Node> words;
    private int[] characters;
    private Node[] next;
    private int count;
    Topic topic;

    /** Where a label goes on after its slot is filled; null if no label has a slot here. */
    Node slot;

    Node word(String w) {
      return words == null ? null : words.get(w);
    }

    Node character(int c) {
      if (characters == null) {
        return null;
      }
      int mask = characters.length - 1;
      for (int k = slot(c, mask); ; k = (k + 1) & mask) {
        int key = characters[k];
        if (key == c) {
          return next[k];
        }
        if (key == EMPTY) {
          return null;
        }
      }
    }

    Node addWord(String w) {
      if (words == null) {
        words = new HashMap<>(4);
      }
      return words.computeIfAbsent(w, x -> new Node());
    }

    Node addCharacter(int c) {
      Node known = character(c);
      if (known != null) {
        return known;
      }
      if (characters == null || (count + 1) * 2 > characters.length) {
        grow();
      }
      Node node = new Node();
      put(c, node);
      count++;
      return node;
    }

    private void grow() {
      int[] oldKeys = characters;
      Node[] oldNext = next;
      characters = new int[oldKeys == null ? 4 : oldKeys.length * 2];
      Arrays.fill(characters, EMPTY);
      next = new Node[characters.length];
      if (oldKeys != null) {
        for (int k = 0; k < oldKeys.length; k++) {
          if (oldKeys[k] != EMPTY) {
            put(oldKeys[k], oldNext[k]);
          }
        }
      }
    }

    private void put(int c, Node node) {
      int mask = characters.length - 1;
      int k = slot(c, mask);
      while (characters[k] != EMPTY) {
        k = (k + 1) & mask;
      }
      characters[k] = c;
      next[k] = node;
    }

    private static int slot(int c, int mask) {
      return (c * 0x9E3779B9 >>> 16) & mask;
    }
  }
}
