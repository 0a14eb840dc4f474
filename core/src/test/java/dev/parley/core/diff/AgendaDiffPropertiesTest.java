package dev.parley.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Completeness;
import dev.parley.core.model.Segment;
import dev.parley.core.model.Session;
import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import dev.parley.testing.RandomRecords;
import dev.parley.testing.SeedOnFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The laws of agenda diffs, over 1,000 seeded pairs of random sessions each. */
@ExtendWith(SeedOnFailure.class)
class AgendaDiffPropertiesTest {
  private static final TopicScheme SCHEME = TopicScheme.defaultScheme();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 1_000);
  }

  private static List<String> ids(List<? extends Record> changes) {
    List<String> ids = new ArrayList<>();
    for (Record r : changes) {
      if (r instanceof AddedTopic a) {
        ids.add(a.topic().id());
      } else if (r instanceof DroppedTopic d) {
        ids.add(d.topic().id());
      } else if (r instanceof ContinuedTopic c) {
        ids.add(c.topic().id());
      }
    }
    return ids.stream().sorted().toList();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aSessionAgainstItselfChangesNoTopic(long seed) {
    Session s = RandomRecords.seeded(seed).session();
    AgendaDiff diff = AgendaDiff.between(s, s, SCHEME);
    assertThat(diff.added()).isEmpty();
    assertThat(diff.dropped()).isEmpty();
    assertThat(diff.shifted()).isEmpty();
    assertThat(diff.moved()).isEmpty();
    assertThat(diff.notReported()).isEmpty();
    assertThat(diff.sameTopics()).isTrue();
    for (ContinuedTopic c : diff.continued()) {
      // Against itself a level never changes; it is unknown only where a partial record shows none.
      Direction expected = s.isAgendaComplete() ? Direction.KEPT : Direction.UNKNOWN;
      assertThat(c.direction()).as(c.topic().id()).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void whatAToBAddsBToADrops(long seed) {
    RandomRecords random = RandomRecords.seeded(seed);
    Session a = random.session();
    Session b = random.session(a.dialogue());
    AgendaDiff forward = AgendaDiff.between(a, b, SCHEME);
    AgendaDiff backward = AgendaDiff.between(b, a, SCHEME);
    assertThat(ids(forward.added())).isEqualTo(ids(backward.dropped()));
    assertThat(ids(forward.dropped())).isEqualTo(ids(backward.added()));
    assertThat(ids(forward.continued())).isEqualTo(ids(backward.continued()));
    assertThat(forward.shifted())
        .extracting(s -> s.from().topic().id() + ">" + s.to().topic().id() + ":" + s.narrowed())
        .containsExactlyInAnyOrderElementsOf(
            backward.shifted().stream()
                .map(s -> s.to().topic().id() + ">" + s.from().topic().id() + ":" + !s.narrowed())
                .toList());
    assertThat(forward.unclassified().added())
        .containsExactlyInAnyOrderElementsOf(backward.unclassified().dropped());
    assertThat(forward.notReported())
        .extracting(u -> u.topic().id() + ":" + u.missingFromNewer())
        .containsExactlyInAnyOrderElementsOf(
            backward.notReported().stream()
                .map(u -> u.topic().id() + ":" + !u.missingFromNewer())
                .toList());
    for (ContinuedTopic c : forward.continued()) {
      ContinuedTopic back =
          backward.continued().stream()
              .filter(x -> x.topic().id().equals(c.topic().id()))
              .findFirst()
              .orElseThrow();
      assertThat(back.before()).isEqualTo(c.after());
      assertThat(back.after()).isEqualTo(c.before());
      assertThat(back.direction() == Direction.UNKNOWN)
          .isEqualTo(c.direction() == Direction.UNKNOWN);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aPartialRecordOfTheSameMeetingDropsNothingItMerelyDoesNotShow(long seed) {
    RandomRecords random = RandomRecords.seeded(seed);
    Session full = complete(random.session());
    // The same meeting as a release that lists only the first items of each agenda.
    List<Segment> cut = new ArrayList<>();
    for (Segment seg : full.segments()) {
      int keep = seg.agenda().isEmpty() ? 0 : random.nextInt(seg.agenda().size() + 1);
      cut.add(
          seg.withAgenda(seg.agenda().subList(0, keep))
              .withAgendaCompleteness(Completeness.partial("the first " + keep + " items")));
    }
    Session partial = full.withSegments(cut);
    AgendaDiff diff = AgendaDiff.between(full, partial, SCHEME);
    assertThat(diff.dropped()).isEmpty();
    assertThat(diff.added()).isEmpty();
    assertThat(diff.shifted()).isEmpty();
    assertThat(diff.unclassified().dropped()).isEmpty();
    assertThat(diff.continued()).noneMatch(c -> c.direction() == Direction.LOWERED);
    AgendaTopics shown = AgendaTopics.of(partial, SCHEME);
    assertThat(diff.notReported())
        .allMatch(UnreportedTopic::missingFromNewer)
        .extracting(u -> u.topic().id())
        .containsExactlyElementsOf(
            AgendaTopics.of(full, SCHEME).topics().stream()
                .map(Topic::id)
                .filter(id -> !shown.contains(id))
                .toList());
    AgendaDiff back = AgendaDiff.between(partial, full, SCHEME);
    assertThat(back.added()).isEmpty();
    assertThat(back.dropped()).isEmpty();
    assertThat(back.continued()).noneMatch(c -> c.direction() == Direction.RAISED);
  }

  /** The session with every completeness mark removed. */
  private static Session complete(Session s) {
    List<Segment> segments = new ArrayList<>();
    for (Segment seg : s.segments()) {
      segments.add(
          seg.withCompleteness(Completeness.complete())
              .withAgendaCompleteness(Completeness.complete()));
    }
    return s.withCompleteness(Completeness.complete()).withSegments(segments);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void addingAnItemTitledWithAKnownLabelAddsExactlyThatTopic(long seed) {
    RandomRecords random = RandomRecords.seeded(seed);
    Session a = complete(random.session());
    AgendaTopics present = AgendaTopics.of(a, SCHEME);
    List<Topic> absent = SCHEME.topics().stream().filter(t -> !present.contains(t.id())).toList();
    Topic topic = random.pick(absent);
    String label = random.pick(topic.labels());
    Session b = withItemAt(a, 0, AgendaItem.builder().title(label).build());
    AgendaDiff diff = AgendaDiff.between(a, b, SCHEME);
    assertThat(diff.added()).extracting(x -> x.topic().id()).containsExactly(topic.id());
    assertThat(diff.dropped()).isEmpty();
    assertThat(diff.shifted()).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void whereAnItemIsInsertedChangesNothing(long seed) {
    RandomRecords random = RandomRecords.seeded(seed);
    Session a = random.session();
    Session b = random.session(a.dialogue());
    AgendaItem extra = AgendaItem.builder().title(random.agendaTitle()).build();
    Segment first = b.segments().get(0);
    AgendaDiff atTop = AgendaDiff.between(a, withItemAt(b, 0, extra), SCHEME);
    AgendaDiff atEnd = AgendaDiff.between(a, withItemAt(b, first.agenda().size(), extra), SCHEME);
    assertThat(ids(atTop.added())).isEqualTo(ids(atEnd.added()));
    assertThat(ids(atTop.dropped())).isEqualTo(ids(atEnd.dropped()));
    assertThat(ids(atTop.continued())).isEqualTo(ids(atEnd.continued()));
    assertThat(atTop.continued().stream().map(c -> c.topic().id() + c.direction()).sorted())
        .containsExactlyElementsOf(
            atEnd.continued().stream().map(c -> c.topic().id() + c.direction()).sorted().toList());
  }

  /** The session with an unnumbered item inserted into its first segment's agenda. */
  private static Session withItemAt(Session s, int index, AgendaItem item) {
    Segment first = s.segments().get(0);
    List<AgendaItem> agenda = new ArrayList<>(first.agenda());
    agenda.add(index, item);
    List<Segment> segments = new ArrayList<>(s.segments());
    segments.set(0, first.withAgenda(agenda));
    return s.withSegments(segments);
  }
}
