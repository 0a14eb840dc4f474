package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.ReleaseChecks.assertOutcomes;
import static dev.parley.examples.seeds.ReleaseChecks.level;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.DatePrecision;
import dev.parley.core.model.JointProject;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.ProjectStatus;
import dev.parley.core.model.Session;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Checked against the second release in seed 004: the 4th Japan-India JWG. */
class JapanIndiaJointWorkingGroupTest {
  private final Session fourth = JapanIndiaJointWorkingGroup.fourth();

  @Test
  void earlierMeetingsKnownToTheMonth() {
    assertThat(JapanIndiaJointWorkingGroup.sessions())
        .extracting(
            s ->
                s.ordinal().getAsInt()
                    + " "
                    + s.start()
                    + " "
                    + s.place().orElseThrow().city().orElseThrow())
        .containsExactly(
            "1 2014-02 Tokyo", "2 2014-12 New Delhi", "3 2015-11 Tokyo", "4 2017-07-13 Tokyo");
    assertThat(JapanIndiaJointWorkingGroup.first().start().precision())
        .isEqualTo(DatePrecision.MONTH);
  }

  @Test
  void sitsUnderTheComprehensiveCooperationFramework() {
    assertThat(fourth.dialogue().framework())
        .contains("Japan-India ICT Comprehensive Cooperation Framework");
  }

  @Test
  void fourthMeetingAtMitaKaigishoWith37Participants() {
    assertThat(fourth.start()).isEqualTo(PartialDate.of(2017, 7, 13));
    assertThat(fourth.place().orElseThrow().describe())
        .isEqualTo("Mita Kaigisho, Minato-ku, Tokyo, Japan");
    assertThat(fourth.participantCount()).hasValue(37);
    assertThat(ReleaseChecks.participants(fourth)).isEqualTo(4);
    assertThat(fourth.segments().get(0).delegations().get(1).head().orElseThrow().name())
        .isEqualTo("G. K. Upadhyay");
  }

  @Test
  void sixNewProjectsInThreeFieldsAndFiveRunningInFour() {
    assertThat(ReleaseChecks.jointProjects(fourth)).isEqualTo(11);
    var projects = fourth.agendaItems().stream().flatMap(i -> i.jointProjects().stream()).toList();
    assertThat(projects.stream().filter(p -> p.status() == ProjectStatus.NEWLY_SELECTED))
        .hasSize(6)
        .allMatch(p -> p.selectedAt().getAsInt() == 4);
    assertThat(
            projects.stream()
                .filter(p -> p.status() == ProjectStatus.NEWLY_SELECTED)
                .map(JointProject::field)
                .distinct())
        .hasSize(3);
    assertThat(projects.stream().filter(p -> p.status() == ProjectStatus.ONGOING))
        .hasSize(5)
        .allMatch(p -> p.selectedAt().getAsInt() == 2);
    assertThat(
            projects.stream()
                .filter(p -> p.status() == ProjectStatus.ONGOING)
                .map(p -> p.field().toLowerCase(java.util.Locale.ROOT))
                .distinct())
        .hasSize(4);
  }

  @Test
  void nextMeetingInNewDelhiNextYearOrLater() {
    var next = fourth.nextMeeting().orElseThrow();
    assertThat(next.text()).contains("at the earliest opportunity next year or later");
    assertThat(next.windowStart()).contains(LocalDate.of(2018, 1, 1));
    assertThat(next.windowEnd()).isEmpty();
    assertThat(next.place().orElseThrow().city()).contains("New Delhi");
  }

  @Test
  void outcomeLevelsFollowTheirWording() {
    assertOutcomes(
        fourth.segments().get(0),
        level(Commitment.JOINT_ACTION, "selected the following joint projects and decided to"),
        level(Commitment.REAFFIRMED, "confirmed the implementation status"));
  }
}
