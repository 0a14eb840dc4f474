package dev.parley.core.diff;

import static dev.parley.core.diff.AgendaDiffTest.DE;
import static dev.parley.core.diff.AgendaDiffTest.JP;
import static dev.parley.core.diff.AgendaDiffTest.item;
import static dev.parley.core.diff.AgendaDiffTest.segment;
import static dev.parley.core.diff.AgendaDiffTest.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import org.junit.jupiter.api.Test;

class AgendaTopicsTest {
  private final AgendaTopics agenda =
      AgendaTopics.of(
          session(
              1,
              segment(
                  SegmentKind.GOVERNMENT_DIALOGUE,
                  item("5G", Commitment.CONTINUE_DIALOGUE, JP),
                  item("Opening", null)),
              segment(
                  SegmentKind.PUBLIC_PRIVATE_MEETING,
                  item("5G security", Commitment.AGREED_TO_COOPERATE, DE))),
          TopicScheme.defaultScheme());

  @Test
  void strongestCommitmentAcrossTheItemsOfATopic() {
    assertThat(agenda.topics()).extracting(Topic::id).containsExactly("5g", "cybersecurity");
    assertThat(agenda.commitment("5g")).contains(Commitment.AGREED_TO_COOPERATE);
    assertThat(agenda.titles("5g")).containsExactly("5G", "5G security");
    assertThat(agenda.raisedBy("5g")).containsExactly(JP, DE);
    assertThat(agenda.segmentKinds("5g"))
        .containsExactly(SegmentKind.GOVERNMENT_DIALOGUE, SegmentKind.PUBLIC_PRIVATE_MEETING);
  }

  @Test
  void keepsUnclassifiedItemsApart() {
    assertThat(agenda.unclassified()).containsEntry("opening", "Opening");
  }

  @Test
  void refusesToAnswerForATopicNotOnTheAgenda() {
    assertThat(agenda.contains("ai")).isFalse();
    assertThatThrownBy(() -> agenda.commitment("ai"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("topic ai is not on this agenda");
  }

  @Test
  void anOutcomeCountsForTheTopicsItNames() {
    AgendaItem item =
        AgendaItem.builder()
            .title("5G, AI and quantum")
            .addOutcome(outcome(Commitment.AGREED_TO_COOPERATE, "They agreed to cooperate on AI."))
            .addOutcome(outcome(Commitment.SHARED_VIEW, "They shared the view on connectivity."))
            .build();
    AgendaTopics topics =
        AgendaTopics.of(
            session(1, segment(SegmentKind.GOVERNMENT_DIALOGUE, item)),
            TopicScheme.defaultScheme());
    assertThat(topics.commitment("ai")).contains(Commitment.AGREED_TO_COOPERATE);
    assertThat(topics.commitment("5g")).contains(Commitment.SHARED_VIEW);
    assertThat(topics.commitment("quantum")).contains(Commitment.SHARED_VIEW);
  }

  @Test
  void anOutcomeNamingANarrowerTopicCountsForTheBroaderTopicOfTheItem() {
    AgendaItem item =
        AgendaItem.builder()
            .title("Cybersecurity and AI")
            .addOutcome(outcome(Commitment.REAFFIRMED, "IoTセキュリティについて連携していくことを確認した。"))
            .build();
    AgendaTopics topics =
        AgendaTopics.of(
            session(1, segment(SegmentKind.GOVERNMENT_DIALOGUE, item)),
            TopicScheme.defaultScheme());
    assertThat(topics.commitment("cybersecurity")).contains(Commitment.REAFFIRMED);
    assertThat(topics.commitment("ai")).isEmpty();
  }

  private static Outcome outcome(Commitment c, String text) {
    return Outcome.builder().addParty(JP).addParty(DE).commitment(c).text(text).build();
  }
}
