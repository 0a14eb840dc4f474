package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * Coverage-guided fuzzing of {@link Commitment#suggestion} with Jazzer: any string gives a
 * suggestion with non-blank evidence, or nothing, never an exception. In a plain {@code mvn verify}
 * the target replays its committed corpus ({@code src/test/resources/dev/parley/core/model/
 * CommitmentFuzzTestInputs}); with {@code JAZZER_FUZZ=1} it fuzzes for the given time.
 */
class CommitmentFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void suggestAnyWording(@NotNull String wording) {
    Commitment.suggestion(wording)
        .ifPresent(
            s -> {
              assertThat(s.evidence()).isNotBlank();
              assertThat(Commitment.suggest(wording)).contains(s.level());
            });
  }
}
