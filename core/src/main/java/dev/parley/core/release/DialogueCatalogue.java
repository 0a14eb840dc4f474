package dev.parley.core.release;

import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.InvalidRecordException;
import dev.parley.core.model.Party;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dialogue series an importer knows, with their names in English and Japanese, so that the same
 * series gets the same {@link Dialogue} (and so the same id) whichever language its release is in:
 * "27th Japan-EU ICT Policy Dialogue" and "日EU・ICT政策対話（第27回）" are both {@code
 * japan-eu-ict-policy-dialogue}.
 *
 * <p>The {@link #defaultCatalogue() default catalogue} holds the series MIC reports. A catalogue
 * file has one series a line, tab-separated: id, level code, parties ({@code code=name}, separated
 * by {@code ;}), and names (separated by {@code |}, the first being the series' name). Lines
 * starting with {@code #} are comments. Instances are immutable.
 */
public final class DialogueCatalogue {
  private static final String RESOURCE = "dialogues.tsv";
  private static final int MAX_LINE = 4_000;

  private final Map<String, Entry> entries;

  /** A series with every name it is published under, folded for matching. */
  record Entry(Dialogue dialogue, List<String> names, List<String> keys) {}

  /** Where a catalogued series is named in a text. */
  record Mention(Dialogue dialogue, int start, int end) {}

  private DialogueCatalogue(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /**
   * The catalogue shipped with Parley: the Japan-EU ICT Policy Dialogue and ICT Strategy Workshop,
   * the Japan-U.S. Internet Economy dialogue, the Japan-Germany and Japan-France ICT policy
   * dialogues, the Japan-India Joint Working Group, the Japan-Singapore and UK-Japan ICT policy
   * dialogues, and the EU-Japan Business Round Table.
   *
   * @return the default catalogue
   */
  public static DialogueCatalogue defaultCatalogue() {
    return Default.CATALOGUE;
  }

  private static final class Default {
    static final DialogueCatalogue CATALOGUE = load();

    private static DialogueCatalogue load() {
      try (InputStream in = DialogueCatalogue.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the resource " + RESOURCE + " is missing");
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a catalogue in the tab-separated form described above. Linear in the text's length.
   *
   * @param reader the catalogue text
   * @param name the name of the text in messages, such as a file name
   * @return the catalogue
   * @throws IllegalArgumentException naming the line and the problem, if a line is malformed
   * @throws UncheckedIOException if reading fails
   */
  public static DialogueCatalogue parse(Reader reader, String name) {
    Objects.requireNonNull(name, "name");
    Map<String, Entry> entries = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.length() > MAX_LINE) {
          throw problem(name, number, "the line is longer than " + MAX_LINE + " characters");
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Entry entry = entry(name, number, line);
        if (entries.put(entry.dialogue().id(), entry) != null) {
          throw problem(name, number, "dialogue " + entry.dialogue().id() + " is listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DialogueCatalogue(Map.copyOf(entries));
  }

  /**
   * Reads a catalogue file (UTF-8).
   *
   * @param file the file
   * @return the catalogue
   * @throws IllegalArgumentException naming the file, the line and the problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static DialogueCatalogue read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Entry entry(String name, int number, String line) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 4) {
      throw problem(name, number, "expected 4 tab-separated columns, found " + cells.length);
    }
    try {
      Dialogue.Builder b =
          Dialogue.builder().id(cells[0].trim()).level(DialogueLevel.parse(cells[1].trim()));
      for (String party : cells[2].split(";")) {
        int eq = party.indexOf('=');
        if (eq < 1) {
          throw problem(name, number, "party \"" + party + "\" is not of the form code=name");
        }
        b.addParty(Party.of(party.substring(0, eq).trim(), party.substring(eq + 1).trim()));
      }
      List<String> names = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (String n : cells[3].split("\\|")) {
        if (!n.isBlank()) {
          names.add(n.trim());
          keys.add(Key.fold(n.trim()));
        }
      }
      if (names.isEmpty()) {
        throw problem(name, number, "no name is given");
      }
      return new Entry(b.name(names.get(0)).build(), List.copyOf(names), List.copyOf(keys));
    } catch (InvalidRecordException e) {
      throw problem(name, number, e.getMessage());
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(name + ":")) {
        throw e;
      }
      throw problem(name, number, e.getMessage());
    }
  }

  private static IllegalArgumentException problem(String name, int line, String message) {
    return new IllegalArgumentException(name + ":" + line + ": " + message);
  }

  /**
   * This catalogue with the series of {@code overrides} added; a series of the same id replaces
   * this catalogue's.
   *
   * @param overrides the series to add or replace
   * @return the merged catalogue
   */
  public DialogueCatalogue mergedWith(DialogueCatalogue overrides) {
    Map<String, Entry> merged = new LinkedHashMap<>(entries);
    merged.putAll(overrides.entries);
    return new DialogueCatalogue(Map.copyOf(merged));
  }

  /**
   * The series of the catalogue.
   *
   * @return the dialogues, in no particular order
   */
  public List<Dialogue> dialogues() {
    List<Dialogue> all = new ArrayList<>();
    entries.values().forEach(e -> all.add(e.dialogue()));
    return List.copyOf(all);
  }

  /**
   * The series of the given id.
   *
   * @param id a dialogue id such as {@code japan-india-joint-working-group}
   * @return the dialogue, if catalogued
   */
  public Optional<Dialogue> dialogue(String id) {
    return Optional.ofNullable(entries.get(id)).map(Entry::dialogue);
  }

  /**
   * The names a series is published under, in English and Japanese.
   *
   * @param id a dialogue id
   * @return the names, empty if the id is not catalogued
   */
  public List<String> names(String id) {
    Entry e = entries.get(id);
    return e == null ? List.of() : e.names();
  }

  /**
   * The first catalogued series that a text names, such as the title of a release.
   *
   * @param text any text
   * @return the series named first, if any
   */
  public Optional<Dialogue> find(String text) {
    List<Mention> found = mentions(text);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).dialogue());
  }

  /**
   * Every mention of a catalogued series in a text, in order, the longest name winning where names
   * overlap. Linear in the text's length times the number of names: each name's occurrences are
   * looked for in one forward scan.
   */
  List<Mention> mentions(String text) {
    Key key = Key.of(text);
    List<Entry> all = List.copyOf(entries.values());
    List<String> keys = new ArrayList<>();
    List<Entry> owners = new ArrayList<>();
    for (Entry e : all) {
      for (String k : e.keys()) {
        keys.add(k);
        owners.add(e);
      }
    }
    // The next occurrence of each name at or after the search position, found again only when the
    // position has passed it: each name's occurrences are searched for once over the whole text.
    int[] next = new int[keys.size()];
    java.util.Arrays.fill(next, -2);
    List<Mention> found = new ArrayList<>();
    int from = 0;
    while (from < key.folded.length()) {
      int bestAt = -1;
      int bestLength = 0;
      Entry best = null;
      for (int i = 0; i < keys.size(); i++) {
        if (next[i] == -1) {
          continue;
        }
        if (next[i] < from) {
          next[i] = key.folded.indexOf(keys.get(i), from);
          if (next[i] < 0) {
            next[i] = -1;
            continue;
          }
        }
        int at = next[i];
        int length = keys.get(i).length();
        if (bestAt < 0 || at < bestAt || (at == bestAt && length > bestLength)) {
          bestAt = at;
          bestLength = length;
          best = owners.get(i);
        }
      }
      if (best == null) {
        break;
      }
      int end = bestAt + bestLength;
      found.add(new Mention(best.dialogue(), key.origin(bestAt), key.origin(end - 1) + 1));
      from = end;
    }
    return found;
  }
}
