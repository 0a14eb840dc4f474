package dev.parley.core.report;

import static dev.parley.testing.SampleSessions.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.history.TopicTimeline;
import dev.parley.core.model.Commitment;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The picture's structure; parsing it as XML is tested in the examples module. */
class TimelineSvgTest {
  @Test
  void oneCellPerTopicAndSession() {
    TopicTimeline timeline =
        TopicTimeline.of(
            List.of(
                meeting(1, "2019", "AI", "5G"),
                meeting(2, "2020", "Spectrum"),
                meeting(3, "2021", "AI")));
    String svg = TimelineSvg.render(timeline);
    assertThat(Pattern.compile("class=\"cell\"").matcher(svg).results().count()).isEqualTo(9);
    assertThat(svg)
        .contains("data-topic=\"ai\" data-session=\"2\" data-commitment=\"absent\"")
        .contains("data-topic=\"spectrum\" data-session=\"2\" data-commitment=\"no-outcome\"")
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
  }

  @Test
  void shadesDarkenWithTheCommitment() {
    assertThat(TimelineSvg.shade(false, Optional.empty())).isEqualTo("#ffffff");
    assertThat(TimelineSvg.shade(true, Optional.empty())).isEqualTo("#d9d9d9");
    assertThat(TimelineSvg.shade(true, Optional.of(Commitment.JOINT_ACTION))).isEqualTo("#08519c");
  }

  @Test
  void escapesMarkupInText() {
    assertThat(TimelineSvg.escape("<a & \"b\">")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;");
  }
}
