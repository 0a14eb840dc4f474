package dev.parley.core.report;

import static dev.parley.testing.SampleSessions.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.history.TopicTimeline;
import dev.parley.core.model.Commitment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineReportTest {
  private final TopicTimeline timeline =
      TopicTimeline.of(
          List.of(
              meeting(1, "2019", "AI", "5G"),
              meeting(2, "2020", "Spectrum"),
              meeting(3, "2021", "AI")));

  @Test
  void symbolsFollowTheScale() {
    assertThat(TimelineReport.symbol(Optional.of(Commitment.INFORMED))).isEqualTo('I');
    assertThat(TimelineReport.symbol(Optional.of(Commitment.JOINT_ACTION))).isEqualTo('J');
    assertThat(TimelineReport.symbol(Optional.of(Commitment.AGREED_TO_COOPERATE))).isEqualTo('A');
    assertThat(TimelineReport.symbol(Optional.empty())).isEqualTo('+');
  }

  @Test
  void textIsAGridOfTopicsBySessions() {
    String text = TimelineReport.text(timeline);
    assertThat(text)
        .startsWith("Topic timeline: 3 sessions, 3 topics\n\n")
        .contains("   1  2019 Japan-U.S. Internet Economy #1\n")
        .contains("\ntopic         123  count run revivals\n")
        .contains("\nai            +.+      2   1        1\n")
        .contains("\n5g            +..      1   1        0\n")
        .contains("\nspectrum      .+.      1   1        0\n")
        .endsWith(" . absent\n");
  }

  @Test
  void markdownIsATable() {
    String md = TimelineReport.markdown(timeline);
    assertThat(md)
        .contains("| topic | 2019 Japan-U.S. Internet Economy #1 |")
        .contains("|---|---|---|---|---|---|---|\n")
        .contains("| ai (AI) | + |  | + | 2 | 1 | 1 |\n");
  }
}
