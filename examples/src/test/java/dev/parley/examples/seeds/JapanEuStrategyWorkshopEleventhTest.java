package dev.parley.examples.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.diff.AgendaTopics;
import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Session;
import dev.parley.core.report.DiffReport;
import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 11th Japan-EU ICT Strategy Workshop, read off MIC's Japanese release. */
class JapanEuStrategyWorkshopEleventhTest {
  private final Session eleventh = JapanEuStrategyWorkshopEleventh.eleventh();
  private final TopicScheme scheme = TopicScheme.defaultScheme();

  @Test
  void holdsTheFactsOfTheRelease() {
    assertThat(eleventh.dialogue()).isEqualTo(JapanEuStrategyWorkshop.DIALOGUE);
    assertThat(eleventh.ordinal()).hasValue(11);
    assertThat(eleventh.start()).isEqualTo(PartialDate.of(2021, 4, 15));
    assertThat(eleventh.end()).contains(PartialDate.of(2021, 4, 16));
    assertThat(eleventh.mode()).contains(MeetingMode.ONLINE);
    assertThat(eleventh.segments().get(0).agenda())
        .extracting(AgendaItem::title)
        .containsExactly("ア 5G/Beyond 5G(6G)", "イ サイバーセキュリティ");
    assertThat(eleventh.sources().get(0).url().orElseThrow().toString())
        .isEqualTo(JapanEuStrategyWorkshopEleventh.URL);
  }

  @Test
  void itsJapaneseTitlesResolveToTheTopicsAnAnalystGives() {
    List<AgendaItem> agenda = eleventh.segments().get(0).agenda();
    assertThat(scheme.topicsOf(agenda.get(0)))
        .extracting(Topic::id)
        .containsExactly("5g", "beyond-5g");
    assertThat(scheme.topicsOf(agenda.get(1)))
        .extracting(Topic::id)
        .containsExactly("cybersecurity");
  }

  @Test
  void everyRecordedLevelIsWhatTheGrammarSuggestsForItsClause() {
    for (AgendaItem item : eleventh.segments().get(0).agenda()) {
      for (Outcome o : item.outcomes()) {
        assertThat(Commitment.suggest(o.text())).as(o.text()).contains(o.commitment());
      }
    }
  }

  @Test
  void diffsTopicByTopicAgainstTheEnglishRecordBeforeIt() {
    AgendaDiff diff = AgendaDiff.between(JapanEuStrategyWorkshop.tenth(), eleventh, scheme);
    assertThat(diff.continued())
        .extracting(c -> c.topic().id())
        .contains("5g", "beyond-5g", "cybersecurity");
    assertThat(diff.added()).isEmpty();
    AgendaTopics topics = AgendaTopics.of(eleventh, scheme);
    assertThat(topics.commitment("beyond-5g")).contains(Commitment.AGREED_TO_COOPERATE);
    assertThat(topics.commitment("cybersecurity")).contains(Commitment.CONTINUE_DIALOGUE);
    System.out.println(DiffReport.text(diff));
  }
}
