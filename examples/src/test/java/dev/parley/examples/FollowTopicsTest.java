package dev.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FollowTopicsTest {
  @Test
  void oneColumnPerSeedSessionAndARowFor5g() {
    String report = FollowTopics.report();
    assertThat(report).startsWith("Topic timeline: 9 sessions, ");
    // 5G: BRT talks with Ansip (agreed), JWG 4 (joint projects), Germany (continue dialogue),
    // U.S. (agreed); at the EU workshop and the EU dialogue the item's outcomes name Beyond 5G
    // (B5G/6G), not 5G, so 5G is on the agenda without an outcome of its own.
    assertThat(report).containsPattern("\\n5g +\\.\\.\\.AJCA\\+\\+ ");
  }
}
