package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.ReleaseChecks.assertOutcomes;
import static dev.parley.examples.seeds.ReleaseChecks.level;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.Organization;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Session;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checked against seed 003, MIC's release of 25 September 2020. */
class JapanUsInternetEconomyDialogueTest {
  private final Session session = JapanUsInternetEconomyDialogue.eleventh();

  @Test
  void eleventhMeetingInTokyoOverTwoDays() {
    assertThat(session.ordinal()).hasValue(11);
    assertThat(session.start()).isEqualTo(PartialDate.of(2020, 9, 17));
    assertThat(session.end()).contains(PartialDate.of(2020, 9, 18));
    assertThat(session.place().orElseThrow().city()).contains("Tokyo");
    assertThat(session.sources().get(0).published()).contains(LocalDate.of(2020, 9, 25));
  }

  @Test
  void nextMeetingByTheEndOf2021() {
    var next = session.nextMeeting().orElseThrow();
    assertThat(next.text()).contains("by the end of 2021");
    assertThat(next.windowEnd()).contains(LocalDate.of(2021, 12, 31));
    assertThat(next.windowStart()).isEmpty();
  }

  @Test
  void fiveNumberedItemsAcrossTheTwoParts() {
    assertThat(session.agendaItems())
        .extracting(i -> i.number().getAsInt() + ". " + i.title())
        .containsExactlyInAnyOrder(
            "1. Summary",
            "2. 5G, B5G, and Cybersecurity",
            "3. Cooperation and AI in the International Arena",
            "4. International and Free Data Distribution",
            "5. Third Country Cooperation");
  }

  @Test
  void organizationsOnEachSide() {
    var government = session.segments().get(0);
    assertThat(government.delegations().get(0).organizations())
        .extracting(o -> o.acronym().orElse(o.name()))
        .containsExactly("MIC", "PPC", "MOFA", "METI");
    assertThat(government.delegations().get(1).organizations())
        .extracting(Organization::name)
        .containsExactly(
            "U.S. Department of State",
            "Department of Commerce",
            "Agency for International Development",
            "National Institute of Standards and Technology");
    var business = session.segments().get(1);
    assertThat(
            Stream.concat(
                    business.delegations().get(0).organizations().stream(),
                    business.delegations().get(1).organizations().stream())
                .map(Organization::name))
        .containsExactly(
            "Japan Economic Organization Federation", "American Chamber of Commerce in Japan");
  }

  @Test
  void keepsTheDuplicatedSentenceAndSaysSo() {
    long reviews =
        session.agendaItems().stream()
            .flatMap(i -> i.outcomes().stream())
            .filter(o -> o.text().contains("current review of the implementation of the OECD"))
            .count();
    assertThat(reviews).isEqualTo(2);
    assertThat(session.notes()).anyMatch(n -> n.contains("OECD Privacy Guidelines"));
  }

  @Test
  void outcomeLevelsFollowTheirWording() {
    assertOutcomes(
        session.segments().get(0),
        level(Commitment.SHARED_VIEW, "recognized the importance of promoting cooperation"),
        level(Commitment.SHARED_VIEW, "also recognized the importance of trust"),
        level(Commitment.SHARED_VIEW, "emphasized the value"),
        level(Commitment.AGREED_TO_COOPERATE, "intend to continue working together"),
        level(Commitment.AGREED_TO_COOPERATE, "intend to strengthen cooperation"),
        level(Commitment.CONTINUE_DIALOGUE, "acknowledged the need for ongoing discussions"),
        level(Commitment.REAFFIRMED, "emphasized their continued commitment"),
        level(Commitment.REAFFIRMED, "Their commitment includes cooperation"),
        level(Commitment.REAFFIRMED, "reaffirmed their commitment to a comprehensive"),
        level(Commitment.REAFFIRMED, "also reaffirmed their support"),
        level(Commitment.SHARED_VIEW, "welcomed the recent entry into force"),
        level(Commitment.REAFFIRMED, "confirmed their continued commitment"),
        level(Commitment.AGREED_TO_COOPERATE, "intend to continue working with international"),
        level(Commitment.REAFFIRMED, "reaffirmed their commitment to work together"),
        level(Commitment.SHARED_VIEW, "recognize that the CBPR"),
        level(Commitment.REAFFIRMED, "further reaffirmed"),
        level(Commitment.REAFFIRMED, "also reaffirmed their commitment to a current review"),
        level(Commitment.SHARED_VIEW, "recognized the importance of further discussions"),
        level(Commitment.REAFFIRMED, "reaffirmed their commitment to a vibrant"),
        level(Commitment.REAFFIRMED, "confirmed the ongoing cooperation"));
    assertOutcomes(
        session.segments().get(1), level(Commitment.SHARED_VIEW, "welcomed the proposal"));
  }
}
