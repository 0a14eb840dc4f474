package dev.parley.core.release;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Place;
import dev.parley.core.model.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reads every release of the development set ({@code devset/README.md}: twelve real meetings and
 * more, six of them from Japanese releases, some held out from tuning) and compares the drafts with
 * the facts an analyst reads off them. Prints the agreement per field group and checks the goals:
 * header facts 95%, item titles precision and recall 0.95, commitments 85%.
 */
class DevSetTest {
  private static final List<String> TUNING =
      List.of(
          "en-eu-25-ws-9",
          "en-eu-28",
          "en-eu-29",
          "en-ws-13",
          "ja-eu-27",
          "ja-eu-23-ws-6",
          "ja-ws-7",
          "ja-de-6",
          "ja-us-10");
  private static final List<String> HELD_OUT = List.of("en-ws-12", "en-in-6", "ja-de-5", "ja-us-7");

  /** Agreement counts of one part of the set. */
  static final class Tally {
    int header;
    int headerTotal;
    int itemsFound;
    int itemsDrafted;
    int itemsExpected;
    int commitments;
    int commitmentsTotal;
    int membersFound;
    int membersDrafted;
    int membersExpected;
    final List<String> misses = new ArrayList<>();

    String membersLine(String name) {
      return String.format(
          Locale.ROOT,
          "dev set %s: delegation members (party, name and title) found %d of %d, drafted %d",
          name,
          membersFound,
          membersExpected,
          membersDrafted);
    }

    String line(String name) {
      return String.format(
          Locale.ROOT,
          "dev set %s: header facts %d/%d (%.0f%%), item titles precision %.2f recall %.2f,"
              + " commitments %d/%d (%.0f%%)",
          name,
          header,
          headerTotal,
          100.0 * header / headerTotal,
          itemsDrafted == 0 ? 1.0 : (double) itemsFound / itemsDrafted,
          itemsExpected == 0 ? 1.0 : (double) itemsFound / itemsExpected,
          commitments,
          commitmentsTotal,
          commitmentsTotal == 0 ? 100.0 : 100.0 * commitments / commitmentsTotal);
    }
  }

  @Test
  void draftsAgreeWithTheFactsAnAnalystReadsOff() throws IOException {
    Tally tuning = tally(TUNING);
    Tally held = tally(HELD_OUT);
    Tally all = new Tally();
    for (Tally t : List.of(tuning, held)) {
      all.header += t.header;
      all.headerTotal += t.headerTotal;
      all.itemsFound += t.itemsFound;
      all.itemsDrafted += t.itemsDrafted;
      all.itemsExpected += t.itemsExpected;
      all.commitments += t.commitments;
      all.commitmentsTotal += t.commitmentsTotal;
      all.membersFound += t.membersFound;
      all.membersDrafted += t.membersDrafted;
      all.membersExpected += t.membersExpected;
      all.misses.addAll(t.misses);
    }
    all.misses.forEach(m -> System.out.println("  miss: " + m));
    System.out.println(tuning.line("tuning (" + TUNING.size() + " releases)"));
    System.out.println(held.line("held out (" + HELD_OUT.size() + " releases)"));
    System.out.println(all.line("all"));
    System.out.println(all.membersLine("all"));
    assertThat(all.header * 100).as("header facts").isGreaterThanOrEqualTo(all.headerTotal * 95);
    assertThat(all.itemsFound * 100)
        .as("item title precision")
        .isGreaterThanOrEqualTo(all.itemsDrafted * 95);
    assertThat(all.itemsFound * 100)
        .as("item title recall")
        .isGreaterThanOrEqualTo(all.itemsExpected * 95);
    assertThat(all.commitments * 100)
        .as("commitments")
        .isGreaterThanOrEqualTo(all.commitmentsTotal * 85);
  }

  private Tally tally(List<String> names) throws IOException {
    Tally t = new Tally();
    ReleaseReader reader = ReleaseReader.defaults();
    for (String name : names) {
      Draft draft = reader.read(name + ".txt", resource(name + ".txt"));
      Facts facts = Facts.parse(resource(name + ".facts"));
      for (Map<String, Object> want : facts.sessions) {
        Optional<Session> got =
            draft.sessions().stream()
                .filter(s -> s.dialogue().id().equals(want.get("session")))
                .findFirst();
        String where = name + " " + want.get("session");
        check(
            t, where, "session", want.get("session"), got.map(s -> s.dialogue().id()).orElse(null));
        check(
            t,
            where,
            "published",
            facts.published,
            got.flatMap(s -> s.sources().get(0).published()).map(Object::toString).orElse(null));
        check(
            t,
            where,
            "ordinal",
            want.get("ordinal"),
            got.map(s -> s.ordinal().isPresent() ? String.valueOf(s.ordinal().getAsInt()) : null)
                .orElse(null));
        check(
            t, where, "start", want.get("start"), got.map(s -> s.start().toString()).orElse(null));
        check(
            t,
            where,
            "end",
            want.get("end"),
            got.flatMap(Session::end).map(Object::toString).orElse(null));
        check(
            t,
            where,
            "mode",
            want.get("mode"),
            got.flatMap(Session::mode).map(m -> m.code()).orElse(null));
        check(
            t,
            where,
            "place",
            want.get("place"),
            got.flatMap(Session::place).map(Place::describe).orElse(null));
        @SuppressWarnings("unchecked")
        List<String[]> items = (List<String[]>) want.get("items");
        List<AgendaItem> drafted = got.map(Session::agendaItems).orElse(List.of());
        t.itemsExpected += items.size();
        t.itemsDrafted += drafted.size();
        for (String[] item : items) {
          Optional<AgendaItem> mine =
              drafted.stream().filter(i -> key(i).equals(key(item[0], item[1]))).findFirst();
          if (mine.isPresent()) {
            t.itemsFound++;
          } else {
            t.misses.add(where + ": item " + item[0] + " " + item[1] + " not drafted");
          }
          t.commitmentsTotal++;
          String level =
              mine.flatMap(AgendaItem::strongestCommitment).map(c -> c.code()).orElse("informed");
          if (level.equals(item[2])) {
            t.commitments++;
          } else {
            t.misses.add(
                where + ": item " + item[1] + " commitment " + level + " instead of " + item[2]);
          }
        }
        @SuppressWarnings("unchecked")
        List<String> members = (List<String>) want.get("members");
        List<String> read = new ArrayList<>();
        got.ifPresent(
            s ->
                s.segments()
                    .forEach(
                        g ->
                            g.delegations()
                                .forEach(
                                    d ->
                                        d.members()
                                            .forEach(
                                                p ->
                                                    read.add(
                                                        d.party().code()
                                                            + "|"
                                                            + p.name()
                                                            + "|"
                                                            + p.title().orElse(""))))));
        t.membersExpected += members.size();
        t.membersDrafted += read.size();
        for (String m : members) {
          if (read.contains(m)) {
            t.membersFound++;
          } else {
            t.misses.add(where + ": member " + m + " not read; read " + read);
          }
        }
        for (AgendaItem i : drafted) {
          if (items.stream().noneMatch(e -> key(e[0], e[1]).equals(key(i)))) {
            t.misses.add(where + ": item " + key(i) + " drafted but not in the facts");
          }
        }
      }
    }
    return t;
  }

  private static void check(Tally t, String where, String field, Object want, Object got) {
    t.headerTotal++;
    if (Objects.equals(want, got)) {
      t.header++;
    } else {
      t.misses.add(where + ": " + field + " " + got + " instead of " + want);
    }
  }

  private static String key(AgendaItem i) {
    return key(i.number().isPresent() ? String.valueOf(i.number().getAsInt()) : "", i.title());
  }

  private static String key(String number, String title) {
    return number
        + "|"
        + Normalizer.normalize(title, Normalizer.Form.NFKC).replaceAll("\\s+", " ").trim();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DevSetTest.class.getResourceAsStream("devset/" + name)) {
      assertThat(in).as("resource devset/%s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A facts file: the publication date, then per session its facts and items. */
  static final class Facts {
    String published;
    final List<Map<String, Object>> sessions = new ArrayList<>();

    static Facts parse(String text) {
      Facts f = new Facts();
      Map<String, Object> current = null;
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        String key = line.substring(0, colon).trim();
        String value = line.substring(colon + 1).trim();
        if (key.equals("published")) {
          f.published = value;
        } else if (key.equals("session")) {
          current = new LinkedHashMap<>();
          current.put("session", value);
          current.put("items", new ArrayList<String[]>());
          current.put("members", new ArrayList<String>());
          f.sessions.add(current);
        } else if (key.equals("item")) {
          String[] parts = value.split("\\|");
          @SuppressWarnings("unchecked")
          List<String[]> items = (List<String[]>) current.get("items");
          items.add(new String[] {parts[0].trim(), parts[1].trim(), parts[2].trim()});
        } else if (key.equals("member")) {
          @SuppressWarnings("unchecked")
          List<String> members = (List<String>) current.get("members");
          members.add(value.replaceAll("\\s*\\|\\s*", "|"));
        } else {
          current.put(key, value);
        }
      }
      return f;
    }
  }
}
