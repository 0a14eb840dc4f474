package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.ReleaseChecks.assertOutcomes;
import static dev.parley.examples.seeds.ReleaseChecks.level;
import static dev.parley.examples.seeds.ReleaseChecks.titles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.Organization;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Participant;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Checked against seed 000, MIC's release of 12 February 2020. */
class JapanGermanyPolicyDialogueTest {
  private final Session session = JapanGermanyPolicyDialogue.fourth();

  @Test
  void fourthViceMinisterialMeetingInTokyoOnFebruary7() {
    assertThat(session.ordinal()).hasValue(4);
    assertThat(session.dialogue().level()).isEqualTo(DialogueLevel.VICE_MINISTERIAL);
    assertThat(session.start()).isEqualTo(PartialDate.of(2020, 2, 7));
    assertThat(session.end()).isEmpty();
    assertThat(session.place().orElseThrow().describe()).isEqualTo("Tokyo, Japan");
    assertThat(session.sources().get(0).published()).contains(LocalDate.of(2020, 2, 12));
  }

  @Test
  void governmentDialogueHasSixNumberedItems() {
    var dialogue = session.segments().get(0);
    assertThat(dialogue.kind()).isEqualTo(SegmentKind.GOVERNMENT_DIALOGUE);
    assertThat(titles(dialogue))
        .containsExactly(
            "International cooperation",
            "AI/IoT",
            "Review policies and regulations",
            "5G",
            "IoT security",
            "Data utilization");
    assertThat(dialogue.agenda())
        .extracting(i -> i.number().getAsInt())
        .containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void publicPrivateMeetingHasThreeUnnumberedItems() {
    var meeting = session.segments().get(1);
    assertThat(meeting.kind()).isEqualTo(SegmentKind.PUBLIC_PRIVATE_MEETING);
    assertThat(titles(meeting))
        .containsExactly(
            "Data economy and Internet governance",
            "New technologies (autonomous driving and AI)",
            "IoT security");
    assertThat(meeting.agenda()).allMatch(i -> i.number().isEmpty());
  }

  @Test
  void participantsAsListed() {
    var dialogue = session.segments().get(0);
    assertThat(dialogue.delegations().get(0).members())
        .extracting(Participant::name)
        .containsExactly("Makiko Yamada");
    assertThat(dialogue.delegations().get(1).members())
        .extracting(Participant::name, p -> p.title().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Christian Hirte", "Parliamentary State Secretary"),
            org.assertj.core.groups.Tuple.tuple("Stefan Schnorr", "Director General"));
    assertThat(dialogue.delegations()).allMatch(Delegation::andOthers);
    assertThat(ReleaseChecks.participants(session)).isEqualTo(5);

    var meeting = session.segments().get(1);
    assertThat(meeting.delegations().get(0).organizations())
        .extracting(o -> o.acronym().orElseThrow())
        .containsExactly("Keidanren", "Shinkeiren");
    assertThat(meeting.delegations().get(1).organizations())
        .extracting(Organization::name)
        .containsExactly("German Chamber of Commerce and Industry in Japan");
  }

  @Test
  void outcomeLevelsFollowTheirWording() {
    assertOutcomes(
        session.segments().get(0),
        level(Commitment.AGREED_TO_COOPERATE, "will continue to promote their cooperation"),
        level(Commitment.AGREED_TO_COOPERATE, "decided to continue their cooperation"),
        level(Commitment.AGREED_TO_COOPERATE, "agreed to continue promoting their cooperation"),
        level(Commitment.CONTINUE_DIALOGUE, "will continue sharing the status"),
        level(Commitment.CONTINUE_DIALOGUE, "will continue exchanging opinions between Japan"),
        level(Commitment.CONTINUE_DIALOGUE, "decided to continue sharing information"),
        level(Commitment.CONTINUE_DIALOGUE, "will continue exchanging opinions on GAIA-X"));
    assertOutcomes(
        session.segments().get(1),
        level(Commitment.SHARED_VIEW, "Germany agreed that cybersecurity is a business challenge"));
  }

  @Test
  void keepsTheOsakaTruckTypoAndSaysSo() {
    AgendaItem international = session.segments().get(0).agenda().get(0);
    assertThat(international.statements().get(0).text()).contains("Osaka Truck");
    assertThat(session.notes()).anyMatch(n -> n.contains("Osaka Track"));
  }
}
