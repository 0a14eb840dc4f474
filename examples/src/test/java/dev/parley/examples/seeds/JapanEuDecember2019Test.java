package dev.parley.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.history.TopicTimeline;
import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.PublishedTitle;
import dev.parley.core.model.Session;
import dev.parley.core.report.TimelineReport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checked against MIC's English release of 17 December 2019 ("Results of 25th Japan-EU ICT Policy
 * Dialogue and 9th Japan-EU ICT Strategy Workshop") and its Japanese release of the same day
 * (令和元年12月17日), both cut off in the copies at hand.
 */
class JapanEuDecember2019Test {
  private final Session dialogue = JapanEuDecember2019.twentyFifthDialogue();
  private final Session workshop = JapanEuDecember2019.ninthWorkshop();

  @Test
  void aWorkshopTwoDaysBeforeTheDialogueInTokyo() {
    assertThat(workshop.start()).isEqualTo(PartialDate.of(2019, 12, 11));
    assertThat(dialogue.start()).isEqualTo(PartialDate.of(2019, 12, 13));
    assertThat(dialogue.place().orElseThrow().city()).contains("Tokyo");
    assertThat(workshop.place()).isEqualTo(dialogue.place());
    assertThat(dialogue.ordinal()).hasValue(25);
    assertThat(workshop.ordinal()).hasValue(9);
  }

  @Test
  void oneReleaseInTwoLanguagesReportsBoth() {
    assertThat(workshop.sources()).isEqualTo(dialogue.sources());
    assertThat(dialogue.sources())
        .extracting(s -> s.published().orElseThrow())
        .containsOnly(LocalDate.of(2019, 12, 17));
    assertThat(dialogue.sources().get(1).title())
        .isEqualTo("日EU・ICT政策対話(第25回)及び日EU・ICT戦略ワークショップ(第9回)の結果");
    assertThat(dialogue.titles()).containsExactly(PublishedTitle.of("日EU・ICT政策対話(第25回)", "ja", 1));
  }

  @Test
  void theReleasesTitleAndNumberTheItemsDifferently() {
    List<AgendaItem> items = dialogue.segments().get(0).agenda();
    assertThat(items)
        .extracting(AgendaItem::title)
        .containsExactly(
            "International collaboration",
            "5G",
            "Cybersecurity",
            "Standardization and international joint research");
    assertThat(items.get(0).titles()).containsExactly(PublishedTitle.of("多国間協力", "ja", 1));
    assertThat(items.get(2).titles()).containsExactly(PublishedTitle.of("サイバーセキュリティ", "ja", 1));
    assertThat(items.get(3).titles()).as("the Japanese copy ends before item エ").isEmpty();
    assertThat(items)
        .extracting(i -> i.numberLabel().orElseThrow())
        .containsExactly("1.", "2.", "3.", "4.");
  }

  @Test
  void eachItemsOutcomeAgreesToCooperate() {
    assertThat(dialogue.agendaItems().stream().flatMap(i -> i.outcomes().stream()))
        .extracting(Outcome::commitment)
        .containsExactly(
            Commitment.AGREED_TO_COOPERATE,
            Commitment.AGREED_TO_COOPERATE,
            Commitment.AGREED_TO_COOPERATE);
    assertThat(dialogue.agendaItems().get(0).outcomes().get(0).text())
        .contains("G7 and G20 summits");
  }

  @Test
  void bothAreKnownInPartAndTheWorkshopsAgendaNotAtAll() {
    assertThat(dialogue.isAgendaComplete()).isFalse();
    assertThat(dialogue.completeness().reason().orElseThrow()).contains("item ウ");
    assertThat(workshop.segments().get(0).agenda()).isEmpty();
    assertThat(workshop.isAgendaComplete()).isFalse();
  }

  @Test
  void eachSeriesCountsItsOwnMeetingFromTheSharedRelease() {
    DialogueHistory workshops =
        DialogueHistory.of(List.of(workshop, JapanEuStrategyWorkshop.tenth()));
    DialogueHistory dialogues =
        DialogueHistory.of(
            List.of(
                dialogue, JapanEuPolicyDialogue.twentySeventh(), JapanEuTwentyEighth.session()));
    assertThat(workshops.sessions()).hasSize(2);
    assertThat(dialogues.sessions())
        .extracting(s -> s.ordinal().getAsInt())
        .containsExactly(25, 27, 28);
    assertThat(dialogues.missingOrdinals()).containsExactly(26);
    TopicTimeline timeline = TopicTimeline.of(workshops.sessions());
    assertThat(timeline.track("5g").orElseThrow().unknownAt()).containsExactly(0);
    assertThat(TimelineReport.text(timeline)).containsPattern("\n5g +\\?\\+ +1 +1 +0\n");
  }
}
