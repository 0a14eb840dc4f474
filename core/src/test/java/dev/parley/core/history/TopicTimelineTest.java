package dev.parley.core.history;

import static dev.parley.testing.SampleSessions.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Session;
import dev.parley.core.topic.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTimelineTest {
  private final List<Session> sessions =
      List.of(
          meeting(3, "2021", "AI", "Spectrum"),
          meeting(1, "2019", "AI", "5G"),
          meeting(2, "2020", "AI"));

  @Test
  void followsEachTopicInDateOrder() {
    TopicTimeline t = TopicTimeline.of(sessions);
    assertThat(t.columns()).extracting(s -> s.ordinal().getAsInt()).containsExactly(1, 2, 3);
    assertThat(t.tracks()).extracting(x -> x.topic().id()).containsExactly("ai", "5g", "spectrum");
    assertThat(t.track("5g").orElseThrow().last().index()).isZero();
    assertThat(t.track("spectrum").orElseThrow().first().column().ordinal()).hasValue(3);
    assertThat(t.track("quantum")).isEmpty();
  }

  @Test
  void standingItemsAreInEverySession() {
    assertThat(TopicTimeline.of(sessions).inEverySession())
        .extracting(x -> x.topic().id())
        .containsExactly("ai");
  }

  @Test
  void comparesTwoTimelines() {
    TopicTimeline first = TopicTimeline.of(List.of(meeting(1, "2019", "AI", "5G")));
    TopicTimeline second = TopicTimeline.of(List.of(meeting(2, "2018", "AI", "Spectrum")));
    TimelineComparison c = first.compareWith(second);
    assertThat(c.inBoth()).extracting(Topic::id).containsExactly("ai");
    assertThat(c.onlyInFirst()).extracting(Topic::id).containsExactly("5g");
    assertThat(c.onlyInSecond()).extracting(Topic::id).containsExactly("spectrum");
    assertThat(c.firstAppearance().get("ai").ordinal()).hasValue(2);
    assertThat(c.firstAppearance().get("5g").ordinal()).hasValue(1);
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
  void theOrderSessionsAreAddedInDoesNotMatter(long seed) {
    dev.parley.testing.RandomRecords random = dev.parley.testing.RandomRecords.seeded(seed);
    java.util.List<dev.parley.core.model.Session> sessions = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      sessions.add(random.session());
    }
    TopicTimeline forward = TopicTimeline.of(sessions);
    java.util.Collections.reverse(sessions);
    TopicTimeline backward = TopicTimeline.of(sessions);
    assertThat(backward.columns()).isEqualTo(forward.columns());
    assertThat(backward.tracks()).isEqualTo(forward.tracks());
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
  void eachColumnIsItsSessionsColumnInDateOrder(long seed) {
    dev.parley.testing.RandomRecords random = dev.parley.testing.RandomRecords.seeded(seed);
    List<Session> sessions = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      sessions.add(random.session());
    }
    List<TimelineColumn> expected = new java.util.ArrayList<>();
    sessions.forEach(s -> expected.add(TimelineColumn.of(s)));
    expected.sort(TimelineColumn.CHRONOLOGICAL);
    java.util.Collections.shuffle(sessions, new java.util.Random(seed));
    TopicTimeline t = TopicTimeline.of(sessions);
    assertThat(t.columns()).as("seed %d", seed).containsExactlyElementsOf(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(t.columns().get(i).title()).as("seed %d", seed).isEqualTo(expected.get(i).title());
      assertThat(t.columns().get(i).isAgendaComplete())
          .isEqualTo(expected.get(i).isAgendaComplete());
    }
  }

  @Test
  void everyTitleComesBackWholeAcrossManyChunksAndOneLongerThanAChunk() {
    List<Session> sessions = new java.util.ArrayList<>();
    for (int i = 1; i <= 2_000; i++) {
      String title =
          i == 777
              ? "長い".repeat(Columns.CHUNK / 2) + " meeting"
              : "第" + i + "回 Japan-EU ICT Policy Dialogue — Brüssel " + "x".repeat(1 + i % 97);
      sessions.add(meeting(i, "2019", "AI").withTitle(title));
    }
    TopicTimeline t = TopicTimeline.of(sessions);
    assertThat(t.columns()).hasSize(2_000);
    for (int i = 0; i < sessions.size(); i++) {
      assertThat(t.columns().get(i).title()).isEqualTo(sessions.get(i).title());
    }
  }

  @Test
  void aTimelineOnceBuiltDoesNotChangeWhenItsBuilderTakesMoreSessions() {
    TopicTimeline.Builder b =
        TopicTimeline.builder(dev.parley.core.topic.TopicScheme.defaultScheme());
    b.add(meeting(1, "2019", "AI", "5G"));
    TopicTimeline first = b.build();
    b.add(meeting(2, "2020", "AI", "Spectrum"));
    TopicTimeline second = b.build();
    assertThat(first.columns()).hasSize(1);
    assertThat(first.track("ai").orElseThrow().appearances()).hasSize(1);
    assertThat(first.track("spectrum")).isEmpty();
    assertThat(second.columns()).hasSize(2);
    assertThat(second.track("ai").orElseThrow().appearances()).hasSize(2);
  }

  @Test
  void aTopicAPartialSessionDoesNotShowIsUnknownThereAndNoRevival() {
    Session partial =
        meeting(2, "2020", "5G")
            .withCompleteness(dev.parley.core.model.Completeness.partial("first item only"));
    TopicTimeline t =
        TopicTimeline.of(
            List.of(meeting(1, "2019", "AI", "5G"), partial, meeting(3, "2021", "AI")));
    assertThat(t.columns().get(1).isAgendaComplete()).isFalse();
    TopicTrack ai = t.track("ai").orElseThrow();
    assertThat(ai.unknownAt()).containsExactly(1);
    assertThat(ai.isUnknownAt(1)).isTrue();
    assertThat(ai.revivals()).isZero();
    assertThat(t.track("5g").orElseThrow().unknownAt()).isEmpty();
    assertThat(
            TopicTimeline.of(
                    List.of(
                        meeting(1, "2019", "AI"),
                        meeting(2, "2020", "5G"),
                        meeting(3, "2021", "AI")))
                .track("ai")
                .orElseThrow()
                .revivals())
        .isEqualTo(1);
  }

  @Test
  void aSessionsLeadOutcomeGivesTheTopicItNamesItsLevel() {
    Session s =
        meeting(1, "2019", "AI", "5G")
            .withOutcomes(
                dev.parley.core.model.Outcome.builder()
                    .addParty(dev.parley.testing.SampleSessions.DIALOGUE.parties().get(0))
                    .commitment(dev.parley.core.model.Commitment.REAFFIRMED)
                    .text("Both sides reaffirmed their cooperation on AI.")
                    .build());
    TopicTimeline t = TopicTimeline.of(List.of(s));
    assertThat(t.track("ai").orElseThrow().first().commitment())
        .contains(dev.parley.core.model.Commitment.REAFFIRMED);
    assertThat(t.track("5g").orElseThrow().first().commitment()).isEmpty();
  }
}
