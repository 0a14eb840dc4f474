package dev.parley.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.diff.ContinuedTopic;
import dev.parley.core.diff.Direction;
import dev.parley.core.diff.DroppedTopic;
import dev.parley.core.diff.UnreportedTopic;
import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Completeness;
import dev.parley.core.model.Extent;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.PublishedTitle;
import dev.parley.core.model.Segment;
import dev.parley.core.model.Session;
import dev.parley.core.report.DiffReport;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Checked against MIC's English release of 28 February 2023 ("Results of 28th Japan-EU ICT Policy
 * Dialogue") and its Japanese release (日EU・ICT政策対話(第28回)の結果), both cut off during item 2 in the
 * copies at hand.
 */
class JapanEuTwentyEighthTest {
  private final Session session = JapanEuTwentyEighth.session();

  @Test
  void heldInBrusselsWithSomeParticipantsOnline() {
    assertThat(session.ordinal()).hasValue(28);
    assertThat(session.start()).isEqualTo(PartialDate.of(2023, 2, 24));
    assertThat(session.place().orElseThrow().describe()).isEqualTo("Brussels, Belgium");
    assertThat(session.mode()).contains(MeetingMode.HYBRID);
    assertThat(session.sources().get(0).published()).contains(LocalDate.of(2023, 2, 28));
    assertThat(session.sources().get(1).published()).isEmpty();
    assertThat(session.sources())
        .extracting(s -> s.language().orElseThrow())
        .containsExactly("en", "ja");
  }

  @Test
  void knownOnlyInPartWithTheReason() {
    assertThat(session.completeness().extent()).isEqualTo(Extent.PARTIAL);
    assertThat(session.completeness().reason().orElseThrow()).contains("end during item 2");
    assertThat(session.segments().get(0).agendaCompleteness().isComplete()).isFalse();
    assertThat(session.isAgendaComplete()).isFalse();
  }

  @Test
  void twoItemsInBothLanguagesWithTheirLabels() {
    Segment dialogue = session.segments().get(0);
    assertThat(dialogue.agenda())
        .extracting(AgendaItem::title)
        .containsExactly("Smart Cities", "5G and Beyond 5G (6G), etc.");
    assertThat(dialogue.agenda())
        .extracting(i -> i.numberLabel().orElseThrow())
        .containsExactly("1.", "2.");
    assertThat(dialogue.agenda())
        .extracting(i -> i.titles().get(0))
        .containsExactly(
            PublishedTitle.of("スマートシティ", "ja", 1), PublishedTitle.of("5G/Beyond 5G(6G)等", "ja", 1));
    assertThat(session.titles()).containsExactly(PublishedTitle.of("日EU・ICT政策対話(第28回)", "ja", 1));
    assertThat(dialogue.agenda().stream().flatMap(i -> i.outcomes().stream())).isEmpty();
  }

  @Test
  void theMeetingsOutcomeFollowsTheJapaneseWordingAndKeepsTheEnglishAsAClaim() {
    assertThat(session.outcomes())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.text()).contains("will advance efforts to further deepen cooperation");
              assertThat(o.commitment()).isEqualTo(Commitment.CONTINUE_DIALOGUE);
            });
    assertThat(session.discrepancies())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.fact()).isEqualTo("outcomes[0].commitment");
              assertThat(d.claims())
                  .extracting(c -> c.value())
                  .containsExactly("agreed-to-cooperate", "continue-dialogue");
              assertThat(d.followedClaim().source()).isEqualTo(JapanEuTwentyEighth.JAPANESE);
            });
  }

  @Test
  void againstThe27thWhatThePartialRecordDoesNotShowIsNotReportedNotDropped() {
    AgendaDiff diff = AgendaDiff.between(JapanEuPolicyDialogue.twentySeventh(), session);
    assertThat(diff.dropped()).isEmpty();
    assertThat(diff.notReported())
        .extracting(u -> u.topic().id())
        .containsExactly("ict-regulation", "cybersecurity");
    assertThat(diff.notReported()).allMatch(UnreportedTopic::missingFromNewer);
    assertThat(diff.added()).extracting(a -> a.topic().id()).containsExactly("smart-cities");
    assertThat(diff.continued())
        .extracting(c -> c.topic().id(), ContinuedTopic::direction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("5g", Direction.UNKNOWN),
            org.assertj.core.groups.Tuple.tuple("beyond-5g", Direction.UNKNOWN));
    assertThat(DiffReport.text(diff))
        .contains("\nDropped (0)\n")
        .contains("\nNot reported (2)\n")
        .contains("agreed-to-cooperate -> unknown (unknown)");
  }

  @Test
  void theReadmeShowsThisDiff() throws java.io.IOException {
    String readme =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("../README.md"), java.nio.charset.StandardCharsets.UTF_8);
    AgendaDiff diff = AgendaDiff.between(JapanEuPolicyDialogue.twentySeventh(), session);
    assertThat(readme).contains("```text\n" + DiffReport.text(diff) + "```\n");
  }

  @Test
  void theSameRecordTakenAsCompleteWouldDropAndLowerWhatItMerelyDoesNotShow() {
    Session asIfComplete =
        session
            .withCompleteness(Completeness.complete())
            .withSegments(
                session.segments().get(0).withAgendaCompleteness(Completeness.complete()));
    AgendaDiff diff = AgendaDiff.between(JapanEuPolicyDialogue.twentySeventh(), asIfComplete);
    assertThat(diff.dropped())
        .extracting(DroppedTopic::topic)
        .extracting(t -> t.id())
        .containsExactly("ict-regulation", "cybersecurity");
    // 5G had no outcome of its own at the 27th (its outcome names B5G/6G), so only Beyond 5G can
    // look lowered.
    assertThat(diff.continued())
        .extracting(c -> c.topic().id(), ContinuedTopic::direction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("5g", Direction.KEPT),
            org.assertj.core.groups.Tuple.tuple("beyond-5g", Direction.LOWERED));
    assertThat(diff.notReported()).isEmpty();
  }
}
