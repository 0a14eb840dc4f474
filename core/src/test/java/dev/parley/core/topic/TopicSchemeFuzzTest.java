package dev.parley.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Coverage-guided fuzzing of topic resolution with Jazzer: any string resolves to a list of the
 * scheme's topics (possibly empty), never an exception. In a plain {@code mvn verify} the target
 * replays its committed corpus ({@code src/test/resources/dev/parley/core/topic/
 * TopicSchemeFuzzTestInputs}); with {@code JAZZER_FUZZ=1} it fuzzes for the given time. Speed is
 * measured by JMH, not here.
 */
class TopicSchemeFuzzTest {
  private static final TopicScheme SCHEME = TopicScheme.defaultScheme();

  @FuzzTest(maxDuration = "60s")
  void resolveAnyTitle(@NotNull String title) {
    for (Topic t : SCHEME.resolve(title)) {
      assertThat(SCHEME.topic(t.id())).contains(t);
    }
    assertThat(TopicScheme.normalize(title)).isNotNull();
  }
}
