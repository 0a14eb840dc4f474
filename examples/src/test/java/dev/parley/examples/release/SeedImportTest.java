package dev.parley.examples.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.Participant;
import dev.parley.core.model.Place;
import dev.parley.core.model.Segment;
import dev.parley.core.model.Session;
import dev.parley.core.release.Draft;
import dev.parley.core.release.ReleaseReader;
import dev.parley.examples.seeds.EuJapanBusinessRoundTable;
import dev.parley.examples.seeds.JapanEuPolicyDialogue;
import dev.parley.examples.seeds.JapanEuStrategyWorkshop;
import dev.parley.examples.seeds.JapanGermanyPolicyDialogue;
import dev.parley.examples.seeds.JapanIndiaJointWorkingGroup;
import dev.parley.examples.seeds.JapanUsInternetEconomyDialogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Imports each seed release's text and compares the draft with the seed's hand-built record: the
 * header facts, every agenda item's number and title, the outcome levels, and the topics a diff
 * sees. The texts are read from {@code /work/shared/seeds} or {@code ../shared/seeds} when present
 * (the project does not copy them); without them the tests are skipped with a message.
 *
 * <p>The 19th EU-Japan Business Round Table is a ministerial visit whose hand-built record titles
 * the talks in the analyst's own words; its agenda is printed, not required. Its topics are
 * required all the same: the draft reads them from what the talks were about, not from the posts of
 * the people met ("EC Vice-President – Digital Single Market"). The items of the 4th Japan-India
 * meeting name no topic: the draft takes them from the projects' fields and names, as the record
 * does.
 */
class SeedImportTest {
  private static final List<String> LINES = new ArrayList<>();
  private static final int[] TOTALS = new int[8];

  static Optional<Path> seeds() {
    for (String dir : List.of("/work/shared/seeds", "../shared/seeds", "../../shared/seeds")) {
      Path p = Path.of(dir);
      if (Files.isDirectory(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("000", JapanGermanyPolicyDialogue.fourth(), true),
        Arguments.of("001", JapanEuStrategyWorkshop.tenth(), true),
        Arguments.of("002", JapanEuPolicyDialogue.twentySeventh(), true),
        Arguments.of("003", JapanUsInternetEconomyDialogue.eleventh(), true),
        Arguments.of("004", EuJapanBusinessRoundTable.nineteenth(), false),
        Arguments.of("004", JapanIndiaJointWorkingGroup.fourth(), true));
  }

  static Draft importSeed(String prefix) throws IOException {
    Optional<Path> dir = seeds();
    assumeTrue(dir.isPresent(), "seed texts not present (../shared/seeds); seed import skipped");
    Path file;
    try (Stream<Path> files = Files.list(dir.get())) {
      file =
          files
              .filter(f -> f.getFileName().toString().startsWith(prefix + "_"))
              .findFirst()
              .orElseThrow();
    }
    return ReleaseReader.defaults()
        .read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("cases")
  void importAgreesWithTheHandBuiltRecord(String prefix, Session expected, boolean agendaRequired)
      throws IOException {
    Draft draft = importSeed(prefix);
    Session got =
        draft.sessions().stream()
            .filter(s -> s.dialogue().id().equals(expected.dialogue().id()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session of " + expected.dialogue().id()));

    int header = 0;
    List<String> wrong = new ArrayList<>();
    header += same("ordinal", expected.ordinal(), got.ordinal(), wrong);
    header += same("start", expected.start(), got.start(), wrong);
    header += same("end", expected.end(), got.end(), wrong);
    header += same("mode", expected.mode(), got.mode(), wrong);
    header +=
        same(
            "place",
            expected.place().map(Place::describe),
            got.place().map(Place::describe),
            wrong);

    List<String> want = items(expected);
    List<String> have = items(got);
    long found = have.stream().filter(want::contains).count();

    int outcomes = 0;
    int agreed = 0;
    for (AgendaItem item : expected.agendaItems()) {
      Optional<AgendaItem> mine =
          got.agendaItems().stream().filter(i -> key(i).equals(key(item))).findFirst();
      for (Outcome o : item.outcomes()) {
        outcomes++;
        boolean same =
            mine.isPresent()
                && mine.get().outcomes().stream()
                    .anyMatch(
                        m ->
                            norm(m.text()).equals(norm(o.text()))
                                && m.commitment() == o.commitment());
        agreed += same ? 1 : 0;
        if (!same) {
          wrong.add(
              "outcome "
                  + o.commitment().code()
                  + " \""
                  + o.text()
                  + "\" got "
                  + mine.map(
                          m ->
                              m.outcomes().stream()
                                  .map(
                                      x ->
                                          x.commitment().code()
                                              + " "
                                              + x.text()
                                                  .substring(0, Math.min(40, x.text().length())))
                                  .toList())
                      .orElse(List.of()));
        }
      }
    }
    List<String> wantMembers = members(expected);
    List<String> haveMembers = members(got);
    long membersFound = haveMembers.stream().filter(wantMembers::contains).count();
    wantMembers.stream()
        .filter(m -> !haveMembers.contains(m))
        .forEach(m -> wrong.add("member " + m + " not read"));
    AgendaDiff diff = AgendaDiff.between(expected, got);
    String line =
        String.format(
            Locale.ROOT,
            "seed %s %s: header %d/5, items found %d/%d (draft has %d), outcome levels %d/%d,"
                + " delegation members %d/%d (draft has %d), topics added %s dropped %s",
            prefix,
            expected.dialogue().id(),
            header,
            found,
            want.size(),
            have.size(),
            agreed,
            outcomes,
            membersFound,
            wantMembers.size(),
            haveMembers.size(),
            diff.added().stream().map(a -> a.topic().id()).toList(),
            diff.dropped().stream().map(d -> d.topic().id()).toList());
    System.out.println(line);
    wrong.forEach(w -> System.out.println("  differs: " + w));
    LINES.add(line);
    TOTALS[0] += header;
    TOTALS[1] += 5;
    TOTALS[2] += agendaRequired ? (int) found : 0;
    TOTALS[3] += agendaRequired ? want.size() : 0;
    TOTALS[4] += agendaRequired ? agreed : 0;
    TOTALS[5] += agendaRequired ? outcomes : 0;
    TOTALS[6] += agendaRequired ? (int) membersFound : 0;
    TOTALS[7] += agendaRequired ? wantMembers.size() : 0;

    assertThat(wrong.stream().filter(w -> !w.startsWith("outcome ") && !w.startsWith("member ")))
        .as("header facts of seed %s", prefix)
        .isEmpty();
    if (agendaRequired) {
      assertThat(have).as("agenda of seed %s", prefix).containsExactlyInAnyOrderElementsOf(want);
      // The goal, 90% of outcome levels, holds over the seeds (asserted after all of them); a
      // single seed may read one or two clauses otherwise (seed 001: "confirmed that discussions
      // to promote ..." has lost its predicate in the release; the words read as
      // continue-dialogue, the record reads the verb alone, reaffirmed).
      assertThat(agreed * 10)
          .as("outcome levels of seed %s", prefix)
          .isGreaterThanOrEqualTo(outcomes * 8);
    }
    assertThat(diff.added()).as("topics added in seed %s", prefix).isEmpty();
    assertThat(diff.dropped()).as("topics dropped in seed %s", prefix).isEmpty();
  }

  @Test
  void everyDraftOfASeedIsAValidSessionWithASource() throws IOException {
    for (String prefix : List.of("000", "001", "002", "003", "004")) {
      Draft draft = importSeed(prefix);
      assertThat(draft.sessions()).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
    }
    assertThat(importSeed("004").sessions()).as("release 004 reports two meetings").hasSize(2);
  }

  @AfterAll
  static void printTotals() {
    if (TOTALS[1] > 0) {
      System.out.printf(
          Locale.ROOT,
          "seed import agreement: header facts %d/%d, agenda items %d/%d, outcome levels %d/%d,"
              + " delegation members (name and title) %d/%d (items, outcomes and members without"
              + " the round table visit)%n",
          TOTALS[0],
          TOTALS[1],
          TOTALS[2],
          TOTALS[3],
          TOTALS[4],
          TOTALS[5],
          TOTALS[6],
          TOTALS[7]);
      assertThat(TOTALS[4] * 10)
          .as("outcome levels over the seeds (goal 90%%)")
          .isGreaterThanOrEqualTo(TOTALS[5] * 9);
    }
  }

  private static int same(String field, Object want, Object got, List<String> wrong) {
    if (Objects.equals(want, got)) {
      return 1;
    }
    wrong.add(field + " " + got + " instead of " + want);
    return 0;
  }

  /** Each segment's delegation members as "segment kind / party: name (title)". */
  private static List<String> members(Session s) {
    List<String> out = new ArrayList<>();
    for (Segment g : s.segments()) {
      for (Delegation d : g.delegations()) {
        for (Participant p : d.members()) {
          out.add(
              g.kind().code()
                  + " / "
                  + d.party().code()
                  + ": "
                  + p.name()
                  + p.title().map(t -> " (" + t + ")").orElse(""));
        }
      }
    }
    return out;
  }

  private static List<String> items(Session s) {
    return s.agendaItems().stream().map(SeedImportTest::key).toList();
  }

  private static String key(AgendaItem i) {
    return (i.number().isPresent() ? i.number().getAsInt() + ". " : "") + norm(i.title());
  }

  static String norm(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
