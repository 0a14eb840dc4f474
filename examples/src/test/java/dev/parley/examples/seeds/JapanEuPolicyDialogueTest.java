package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.ReleaseChecks.assertOutcomes;
import static dev.parley.examples.seeds.ReleaseChecks.level;
import static dev.parley.examples.seeds.ReleaseChecks.titles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Session;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Checked against seed 002, MIC's release of 7 February 2022. */
class JapanEuPolicyDialogueTest {
  private final Session session = JapanEuPolicyDialogue.twentySeventh();

  @Test
  void twentySeventhDialogueOnlineOnFebruary3() {
    assertThat(session.ordinal()).hasValue(27);
    assertThat(session.start()).isEqualTo(PartialDate.of(2022, 2, 3));
    assertThat(session.end()).isEmpty();
    assertThat(session.mode()).contains(MeetingMode.ONLINE);
    assertThat(session.sources().get(0).published()).contains(LocalDate.of(2022, 2, 7));
  }

  @Test
  void recordsThe26thHeadingErratumWithoutFixingTheOrdinal() {
    assertThat(session.title()).startsWith("27th");
    assertThat(session.notes()).anyMatch(n -> n.contains("26th") && n.contains("27th"));
  }

  @Test
  void keepsTheIsacFootnote() {
    assertThat(session.notes())
        .anyMatch(n -> n.contains("Information Sharing and Analysis Center"));
  }

  @Test
  void threeNumberedItems() {
    assertThat(titles(session.segments().get(0)))
        .containsExactly("5G/Beyond 5G (6G)", "Regulatory reform", "Cybersecurity");
  }

  @Test
  void outcomeLevelsFollowTheirWording() {
    assertOutcomes(
        session.segments().get(0),
        level(Commitment.AGREED_TO_COOPERATE, "decided to promote cooperation"),
        level(Commitment.INFORMED, "showed a strong interest in strengthening"));
  }
}
