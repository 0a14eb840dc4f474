package dev.parley.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.Segment;
import dev.parley.core.model.Session;
import java.util.List;
import java.util.stream.Collectors;

/** Checks of a seed record against facts read off its press release. */
final class ReleaseChecks {
  /** An outcome's level, with the words of the release that justify it. */
  record Level(Commitment commitment, String wording) {}

  private ReleaseChecks() {}

  static Level level(Commitment commitment, String wording) {
    return new Level(commitment, wording);
  }

  /** The outcomes of a segment, in order, have these levels and contain these words. */
  static void assertOutcomes(Segment segment, Level... expected) {
    List<Outcome> outcomes =
        segment.agenda().stream().flatMap(i -> i.outcomes().stream()).collect(Collectors.toList());
    assertThat(outcomes).as("outcomes of %s", segment.title()).hasSize(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(outcomes.get(i).text())
          .as("outcome %d of %s", i, segment.title())
          .contains(expected[i].wording());
      assertThat(outcomes.get(i).commitment())
          .as("level of \"%s\"", expected[i].wording())
          .isEqualTo(expected[i].commitment());
    }
  }

  static List<String> titles(Segment segment) {
    return segment.agenda().stream().map(AgendaItem::title).toList();
  }

  static int participants(Session session) {
    return session.segments().stream()
        .flatMap(s -> s.delegations().stream())
        .mapToInt(d -> d.members().size())
        .sum();
  }

  static long jointProjects(Session session) {
    return session.agendaItems().stream().mapToLong(i -> i.jointProjects().size()).sum();
  }
}
