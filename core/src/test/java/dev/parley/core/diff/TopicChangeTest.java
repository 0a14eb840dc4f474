package dev.parley.core.diff;

import static dev.parley.testing.SampleSessions.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.topic.TopicScheme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicChangeTest {
  @Test
  void everyChangeOfADiffCanBeMatchedByKind() {
    AgendaDiff diff =
        AgendaDiff.between(
            meeting(1, "2018", "AI", "Cybersecurity"),
            meeting(2, "2019", "AI", "5G", "IoT security"),
            TopicScheme.defaultScheme());
    List<String> seen = new ArrayList<>();
    for (TopicChange c : diff.changes()) {
      if (c instanceof AddedTopic a) {
        seen.add("added " + a.topic().id());
      } else if (c instanceof DroppedTopic d) {
        seen.add("dropped " + d.topic().id());
      } else if (c instanceof ContinuedTopic k) {
        seen.add("continued " + k.topic().id());
      } else if (c instanceof ShiftedTopic s) {
        seen.add("shifted " + s.topic().id() + " to " + s.to().topic().id());
      } else if (c instanceof MovedTopic m) {
        seen.add("moved " + m.topic().id());
      }
    }
    assertThat(seen)
        .containsExactly("added 5g", "continued ai", "shifted cybersecurity to iot-security");
  }
}
