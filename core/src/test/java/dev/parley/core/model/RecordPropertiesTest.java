package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testing.RandomRecords;
import dev.parley.testing.SeedOnFailure;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws every valid record obeys, over 1,000 seeded random sessions. A failure names its seed;
 * {@code RandomRecords.seeded(seed).session()} rebuilds the session that broke the law.
 */
@ExtendWith(SeedOnFailure.class)
class RecordPropertiesTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 1_000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void builderFromGivesAnEqualSession(long seed) {
    Session session = RandomRecords.seeded(seed).session();
    Session copy = Session.builder().from(session).build();
    assertThat(copy).isEqualTo(session).hasSameHashCodeAs(session);
    assertThat(copy.toString()).isEqualTo(session.toString());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void withCopiesOfTheSameValuesAreEqual(long seed) {
    Session session = RandomRecords.seeded(seed).session();
    assertThat(
            session
                .withTitle(session.title())
                .withStart(session.start())
                .withEnd(session.end())
                .withSegments(session.segments())
                .withSources(session.sources())
                .withNotes(session.notes()))
        .isEqualTo(session);
    for (Segment segment : session.segments()) {
      assertThat(Segment.builder().from(segment).build()).isEqualTo(segment);
      for (AgendaItem item : segment.agenda()) {
        assertThat(AgendaItem.builder().from(item).build()).isEqualTo(item);
        assertThat(item.withTitle(item.title())).isSameAs(item);
      }
      for (Delegation delegation : segment.delegations()) {
        assertThat(Delegation.builder().from(delegation).build()).isEqualTo(delegation);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aChangedCopyDiffersAndLeavesTheOriginalAlone(long seed) {
    Session session = RandomRecords.seeded(seed).session();
    String before = session.toString();
    Session renamed = session.withTitle(session.title() + " (revised)");
    assertThat(renamed).isNotEqualTo(session);
    assertThat(renamed.title()).endsWith("(revised)");
    assertThat(session.toString()).isEqualTo(before);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theSameSeedGivesTheSameSession(long seed) {
    assertThat(RandomRecords.seeded(seed).session())
        .isEqualTo(RandomRecords.seeded(seed).session());
  }
}
