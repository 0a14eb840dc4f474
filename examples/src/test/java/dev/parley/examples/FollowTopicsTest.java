package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FollowTopicsTest {
  @Test
  void oneColumnPerSeedSessionAndARowFor5g() {
    String report = FollowTopics.report();
    assertThat(report).startsWith("Topic timeline: 9 sessions, ");
    // 5G: BRT talks with Ansip (agreed), JWG 4 (joint projects), Germany (continue dialogue),
    // U.S. (agreed), EU workshop (agreed), EU dialogue (agreed).
    assertThat(report).containsPattern("\\n5g +\\.\\.\\.AJCAAA ");
  }
}
