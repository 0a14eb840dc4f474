package dev.parley.core.diff;

import static dev.parley.testing.SampleSessions.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Party;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.Statement;
import dev.parley.core.model.StatementAct;
import dev.parley.core.topic.TopicScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaDiffTest {
  static final Party JP = Party.of("jp", "Japan");
  static final Party DE = Party.of("de", "Germany");
  static final Dialogue DIALOGUE =
      Dialogue.builder()
          .id("jp-de")
          .name("Japan-Germany")
          .addParty(JP)
          .addParty(DE)
          .level(DialogueLevel.VICE_MINISTERIAL)
          .build();

  static AgendaItem item(String title, Commitment commitment, Party... speakers) {
    AgendaItem.Builder b = AgendaItem.builder().title(title);
    for (Party p : speakers) {
      b.addStatement(
          Statement.builder().addParty(p).act(StatementAct.EXPLAINED).text("explained").build());
    }
    if (commitment != null) {
      b.addOutcome(
          Outcome.builder().addParty(JP).addParty(DE).commitment(commitment).text("x").build());
    }
    return b.build();
  }

  static Segment segment(SegmentKind kind, AgendaItem... items) {
    return Segment.builder().title(kind.code()).kind(kind).addAgenda(items).build();
  }

  static Session session(int ordinal, Segment... segments) {
    return Session.builder()
        .dialogue(DIALOGUE)
        .ordinal(ordinal)
        .title("Meeting " + ordinal)
        .start(PartialDate.of(2020 + ordinal))
        .addSegments(segments)
        .addSource(Source.builder().publisher("MIC").title("Release " + ordinal).build())
        .build();
  }

  private final TopicScheme scheme = TopicScheme.defaultScheme();

  @Test
  void matchesItemsByTopicNotByTitleOrPosition() {
    Session older =
        session(
            1,
            segment(
                SegmentKind.GOVERNMENT_DIALOGUE,
                item("AI", null),
                item("5G and Beyond 5G (6G)", Commitment.CONTINUE_DIALOGUE)));
    Session newer =
        session(
            2,
            segment(
                SegmentKind.GOVERNMENT_DIALOGUE,
                item("5G/Beyond 5G (6G)", Commitment.AGREED_TO_COOPERATE, DE, JP),
                item("Artificial intelligence", null)));
    AgendaDiff diff = AgendaDiff.between(older, newer, scheme);
    assertThat(diff.added()).isEmpty();
    assertThat(diff.dropped()).isEmpty();
    assertThat(diff.continued())
        .extracting(c -> c.topic().id() + " " + c.direction().code())
        .containsExactly("5g raised", "beyond-5g raised", "ai kept");
    ContinuedTopic fiveG = diff.continued().get(0);
    assertThat(fiveG.titlesBefore()).containsExactly("5G and Beyond 5G (6G)");
    assertThat(fiveG.titlesAfter()).containsExactly("5G/Beyond 5G (6G)");
    assertThat(fiveG.before()).contains(Commitment.CONTINUE_DIALOGUE);
    assertThat(fiveG.after()).contains(Commitment.AGREED_TO_COOPERATE);
    assertThat(fiveG.raisedBy()).containsExactly(DE, JP);
  }

  @Test
  void reportsAddedAndDroppedWithTheirTitlesAndWhetherStillMentioned() {
    AgendaItem privacyMentioned =
        AgendaItem.builder()
            .title("Review policies and regulations")
            .addStatement(
                Statement.builder()
                    .addParty(JP)
                    .act(StatementAct.EXPLAINED)
                    .text("Japan explained fake news.")
                    .build())
            .build();
    Session older =
        session(
            1,
            segment(
                SegmentKind.GOVERNMENT_DIALOGUE,
                item("Trust services", Commitment.AGREED_TO_COOPERATE),
                item("Disinformation", null)));
    Session newer =
        session(
            2,
            segment(
                SegmentKind.GOVERNMENT_DIALOGUE,
                privacyMentioned,
                item("Spectrum", Commitment.SHARED_VIEW, JP)));
    AgendaDiff diff = AgendaDiff.between(older, newer, scheme);
    assertThat(diff.added())
        .extracting(a -> a.topic().id())
        .containsExactly("ict-regulation", "spectrum");
    assertThat(diff.added().get(1).raisedBy()).containsExactly(JP);
    assertThat(diff.added().get(1).commitment()).contains(Commitment.SHARED_VIEW);
    assertThat(diff.dropped())
        .extracting(d -> d.topic().id() + " " + d.stillMentioned())
        .containsExactly("trust-services false", "disinformation true");
    assertThat(diff.dropped().get(0).titles()).containsExactly("Trust services");
  }

  @Test
  void aNarrowerTopicReplacingABroaderOneIsAShift() {
    Session older =
        session(1, segment(SegmentKind.GOVERNMENT_DIALOGUE, item("Cybersecurity", null)));
    Session newer =
        session(2, segment(SegmentKind.GOVERNMENT_DIALOGUE, item("IoT security", null)));
    AgendaDiff diff = AgendaDiff.between(older, newer, scheme);
    assertThat(diff.added()).isEmpty();
    assertThat(diff.dropped()).isEmpty();
    assertThat(diff.shifted()).hasSize(1);
    assertThat(diff.shifted().get(0).from().topic().id()).isEqualTo("cybersecurity");
    assertThat(diff.shifted().get(0).to().topic().id()).isEqualTo("iot-security");
    assertThat(diff.shifted().get(0).narrowed()).isTrue();
    assertThat(AgendaDiff.between(newer, older, scheme).shifted().get(0).narrowed()).isFalse();
  }

  @Test
  void aTopicThatChangedSegmentsMovedAndContinued() {
    Session older =
        session(
            1,
            segment(SegmentKind.GOVERNMENT_DIALOGUE, item("IoT security", null)),
            segment(SegmentKind.PUBLIC_PRIVATE_MEETING, item("AI", null)));
    Session newer =
        session(
            2,
            segment(SegmentKind.GOVERNMENT_DIALOGUE, item("AI", null)),
            segment(SegmentKind.PUBLIC_PRIVATE_MEETING, item("IoT security", null)));
    AgendaDiff diff = AgendaDiff.between(older, newer, scheme);
    assertThat(diff.added()).isEmpty();
    assertThat(diff.dropped()).isEmpty();
    assertThat(diff.moved())
        .extracting(m -> m.topic().id() + " " + m.from() + " " + m.to())
        .containsExactly(
            "ai [PUBLIC_PRIVATE_MEETING] [GOVERNMENT_DIALOGUE]",
            "iot-security [GOVERNMENT_DIALOGUE] [PUBLIC_PRIVATE_MEETING]");
  }

  @Test
  void aChangeOfFormatIsNotAMove() {
    Session workshop = session(1, segment(SegmentKind.PUBLIC_PRIVATE_MEETING, item("AI", null)));
    Session dialogue = session(2, segment(SegmentKind.GOVERNMENT_DIALOGUE, item("AI", null)));
    assertThat(AgendaDiff.between(workshop, dialogue, scheme).moved()).isEmpty();
  }

  @Test
  void unclassifiedItemsAreComparedByNormalizedTitle() {
    Session older =
        session(
            1,
            segment(SegmentKind.GOVERNMENT_DIALOGUE, item("Opening", null), item("Others", null)));
    Session newer =
        session(
            2,
            segment(
                SegmentKind.GOVERNMENT_DIALOGUE, item("OPENING.", null), item("Summary", null)));
    Unclassified u = AgendaDiff.between(older, newer, scheme).unclassified();
    assertThat(u.kept()).containsExactly("OPENING.");
    assertThat(u.added()).containsExactly("Summary");
    assertThat(u.dropped()).containsExactly("Others");
  }

  @Test
  void segmentsCanBeComparedOnTheirOwn() {
    Segment a = segment(SegmentKind.GOVERNMENT_DIALOGUE, item("AI", null));
    Segment b = segment(SegmentKind.PUBLIC_PRIVATE_MEETING, item("AI", null), item("5G", null));
    AgendaDiff diff = AgendaDiff.between(a, b, scheme);
    assertThat(diff.added()).extracting(x -> x.topic().id()).containsExactly("5g");
    assertThat(diff.olderName()).isEqualTo("government-dialogue");
  }

  @Test
  void namesBothSessions() {
    Session older = session(1, segment(SegmentKind.GOVERNMENT_DIALOGUE));
    Session newer = session(2, segment(SegmentKind.GOVERNMENT_DIALOGUE));
    AgendaDiff diff = AgendaDiff.between(older, newer);
    assertThat(diff.olderName()).isEqualTo("Meeting 1 (2021)");
    assertThat(diff.newerName()).isEqualTo("Meeting 2 (2022)");
    assertThat(diff.sameTopics()).isTrue();
    assertThat(List.of(diff.added(), diff.dropped(), diff.continued())).allMatch(List::isEmpty);
  }

  @Test
  void consecutiveDiffsFollowTheOrder() {
    DialogueHistory h =
        DialogueHistory.of(List.of(meeting(1, "2018", "AI"), meeting(2, "2019", "AI", "5G")));
    assertThat(AgendaDiff.consecutive(h, TopicScheme.defaultScheme())).hasSize(1);
    assertThat(AgendaDiff.consecutive(h, TopicScheme.defaultScheme()).get(0).added())
        .extracting(a -> a.topic().id())
        .containsExactly("5g");
  }
}
