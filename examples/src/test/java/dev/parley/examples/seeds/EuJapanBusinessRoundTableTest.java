package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.ReleaseChecks.assertOutcomes;
import static dev.parley.examples.seeds.ReleaseChecks.level;
import static dev.parley.examples.seeds.ReleaseChecks.titles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Participant;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import org.junit.jupiter.api.Test;

/** Checked against the first release in seed 004: the visit around the 19th EU-Japan BRT. */
class EuJapanBusinessRoundTableTest {
  private final Session session = EuJapanBusinessRoundTable.nineteenth();

  @Test
  void nineteenthAnnualMeetingAndTheVisitFromJuly11To13() {
    assertThat(session.ordinal()).hasValue(19);
    assertThat(session.start()).isEqualTo(PartialDate.of(2017, 7, 11));
    assertThat(session.end()).contains(PartialDate.of(2017, 7, 13));
    assertThat(session.place().orElseThrow().describe())
        .isEqualTo("Egmont Palace, Brussels, Belgium");
    assertThat(session.sources().get(0).published()).isEmpty();
  }

  @Test
  void roundTableDataMeetingAndSixTalks() {
    assertThat(session.segments())
        .extracting(Segment::kind)
        .containsExactly(
            SegmentKind.BUSINESS_ROUND_TABLE,
            SegmentKind.SIDE_MEETING,
            SegmentKind.BILATERAL_TALK,
            SegmentKind.BILATERAL_TALK,
            SegmentKind.BILATERAL_TALK,
            SegmentKind.BILATERAL_TALK,
            SegmentKind.BILATERAL_TALK,
            SegmentKind.BILATERAL_TALK);
    assertThat(session.segments())
        .extracting(s -> s.date().orElseThrow().toString())
        .containsExactly(
            "2017-07-11",
            "2017-07-11",
            "2017-07-11",
            "2017-07-11",
            "2017-07-11",
            "2017-07-12",
            "2017-07-13",
            "2017-07-13");
  }

  @Test
  void theProgrammeOfTheRoundTable() {
    assertThat(titles(session.segments().get(0)))
        .containsExactly(
            "Opening",
            "Science, Industrial Technology, and Innovation",
            "Japan-EU Economic Partnership Agreement (EPA) and International Trade",
            "Digital Economy",
            "Public-Private Joint Sessions");
  }

  @Test
  void counterpartsOfTheTalks() {
    assertThat(session.segments().subList(2, 8))
        .extracting(s -> s.delegations().get(1).members().get(0).name())
        .containsExactly(
            "Andrus Ansip",
            "Giovanni Buttarelli",
            "Andrus Ansip",
            "Jerzy Buzek",
            "Carlo Calenda",
            "Angelo Marcello Cardani");
    assertThat(session.segments().get(4).delegations().get(0).members())
        .extracting(Participant::name)
        .containsExactly("Hiroshige Seko", "Jiro Akama", "Kentaro Sonoura");
  }

  @Test
  void italyIsAtTheTableOnlyInItsTalks() {
    assertThat(session.dialogue().parties()).extracting(p -> p.code()).containsExactly("eu", "jp");
    assertThat(session.parties()).extracting(p -> p.code()).containsExactly("eu", "jp", "it");
  }

  @Test
  void fourPointsWithMinisterCalenda() {
    assertThat(titles(session.segments().get(6)))
        .containsExactly(
            "Promotion of innovation through next-generation production revolution",
            "Promotion of free flow of information",
            "Promotion of AI",
            "Development of high-quality infrastructure");
  }

  @Test
  void outcomeLevelsFollowTheirWording() {
    assertOutcomes(
        session.segments().get(2),
        level(Commitment.AGREED_TO_COOPERATE, "deepen their cooperation in the future"));
    assertOutcomes(
        session.segments().get(6),
        level(Commitment.AGREED_TO_COOPERATE, "both countries would cooperate"),
        level(Commitment.AGREED_TO_COOPERATE, "both countries would cooperate"),
        level(Commitment.AGREED_TO_COOPERATE, "both countries would cooperate"),
        level(Commitment.AGREED_TO_COOPERATE, "both countries would cooperate"));
    assertOutcomes(
        session.segments().get(7),
        level(Commitment.REAFFIRMED, "confirmed their continuous cooperation"));
  }

  @Test
  void recordsTheWeekdayErratum() {
    assertThat(session.notes()).anyMatch(n -> n.contains("13 July 2017 was a Thursday"));
  }
}
