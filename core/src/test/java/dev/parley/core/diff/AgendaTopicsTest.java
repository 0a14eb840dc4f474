package dev.parley.core.diff;

import static dev.parley.core.diff.AgendaDiffTest.DE;
import static dev.parley.core.diff.AgendaDiffTest.JP;
import static dev.parley.core.diff.AgendaDiffTest.item;
import static dev.parley.core.diff.AgendaDiffTest.segment;
import static dev.parley.core.diff.AgendaDiffTest.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.Commitment;
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
    assertThat(agenda.topics()).extracting(Topic::id).containsExactly("5g");
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
}
