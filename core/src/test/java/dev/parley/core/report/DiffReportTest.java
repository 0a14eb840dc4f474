package dev.parley.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.model.Session;
import dev.parley.core.topic.TopicScheme;
import dev.parley.testing.SampleSessions;
import org.junit.jupiter.api.Test;

class DiffReportTest {
  private final Session older = SampleSessions.meeting(1, "2019", "AI", "Opening", "Cybersecurity");
  private final Session newer =
      SampleSessions.meeting(2, "2020", "Artificial intelligence", "5G", "IoT security");
  private final AgendaDiff diff = AgendaDiff.between(older, newer);

  @Test
  void textListsEveryKindOfChange() {
    String text = DiffReport.text(diff);
    assertThat(text)
        .startsWith("Agenda diff\n  from: 1th meeting (2019)\n  to:   2th meeting (2020)\n")
        .contains("\nContinued (1)\n  ai (AI): no outcome -> no outcome (kept)\n")
        .contains("      before: AI\n      after:  Artificial intelligence\n")
        .contains("\nAdded (1)\n  5g (5G): no outcome\n      titles: 5G\n")
        .contains("\nDropped (0)\n")
        .contains(
            "\nShifted (1)\n  cybersecurity (Cybersecurity) narrowed to iot-security (IoT security)\n")
        .contains("\nUnclassified (1)\n  dropped: Opening\n");
  }

  @Test
  void dependsOnTheSessionsNotOnTheOrderOfTheSchemesTopics() {
    java.util.List<dev.parley.core.topic.Topic> reversed =
        new java.util.ArrayList<>(TopicScheme.defaultScheme().topics());
    java.util.Collections.reverse(reversed);
    TopicScheme sameTopics = TopicScheme.of(reversed);
    AgendaDiff again =
        AgendaDiff.between(
            Session.builder().from(older).build(),
            Session.builder().from(newer).build(),
            sameTopics);
    assertThat(DiffReport.text(again)).isEqualTo(DiffReport.text(diff));
    assertThat(DiffReport.markdown(again)).isEqualTo(DiffReport.markdown(diff));
  }

  @Test
  void markdownHasATablePerKindAndEscapesTitles() {
    String md = DiffReport.markdown(diff);
    assertThat(md)
        .startsWith("## Agenda diff\n\nFrom **1th meeting (2019)** to **2th meeting (2020)**\n")
        .contains("| topic | before | after | commitment | raised by |\n|---|---|---|---|---|\n")
        .contains(
            "| ai (AI) | AI | Artificial intelligence | no outcome → no outcome (kept) |  |\n")
        .contains(
            "### Shifted (1)\n\n- cybersecurity (Cybersecurity) narrowed to iot-security (IoT security)\n");
  }

  @Test
  void againstAPartialRecordAMissingTopicIsNotReportedAndAMissingLevelUnknown() {
    Session partial =
        SampleSessions.meeting(2, "2020", "AI")
            .withCompleteness(
                dev.parley.core.model.Completeness.partial("the English release lists one item"));
    AgendaDiff d = AgendaDiff.between(older, partial);
    String text = DiffReport.text(d);
    assertThat(text)
        .contains("\nContinued (1)\n  ai (AI): no outcome -> unknown (unknown)\n")
        .contains("\nDropped (0)\n")
        .contains(
            "\nNot reported (1)\n  cybersecurity (Cybersecurity): no outcome (the newer record is"
                + " partial and does not show it)\n      titles: Cybersecurity\n")
        .contains("\n  not reported: Opening\n");
    assertThat(DiffReport.markdown(d))
        .contains("\n### Dropped (0)\n")
        .contains("\n### Not reported (1)\n")
        .contains("| cybersecurity (Cybersecurity) | Cybersecurity | no outcome | newer | no |\n");
  }

  @Test
  void aTitleHoldingLineBreaksStaysOnItsLineOfTheTextReport() {
    Session broken =
        SampleSessions.meeting(3, "2021", "5G\nAdded (9)\n  fake: line", "Opening\n\tremarks");
    String text = DiffReport.text(AgendaDiff.between(newer, broken));
    assertThat(text)
        .contains("after:  5G Added (9)   fake: line\n")
        .contains("  added: Opening remarks\n")
        .doesNotContain("\nAdded (9)")
        .doesNotContain("\t");
  }
}
