package dev.parley.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Commitment;
import dev.parley.core.topic.Topic;
import dev.parley.testing.SampleSessions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopicTrackTest {
  private static TopicTrack track(int sessions, int... indexes) {
    List<Appearance> list =
        java.util.Arrays.stream(indexes)
            .mapToObj(
                i ->
                    new Appearance(
                        i,
                        TimelineColumn.of(SampleSessions.meeting(i + 1, "20" + (10 + i))),
                        Optional.<Commitment>empty()))
            .toList();
    return new TopicTrack(Topic.of("ai", "AI"), list, sessions);
  }

  @Test
  void countsRunsAndRevivals() {
    TopicTrack t = track(8, 0, 1, 3, 4, 5, 7);
    assertThat(t.count()).isEqualTo(6);
    assertThat(t.longestRun()).isEqualTo(3);
    assertThat(t.revivals()).isEqualTo(2);
    assertThat(t.first().index()).isZero();
    assertThat(t.last().index()).isEqualTo(7);
    assertThat(t.isInEverySession()).isFalse();
  }

  @Test
  void aStandingItemIsInEverySession() {
    TopicTrack t = track(3, 0, 1, 2);
    assertThat(t.isInEverySession()).isTrue();
    assertThat(t.revivals()).isZero();
    assertThat(t.longestRun()).isEqualTo(3);
  }
}
