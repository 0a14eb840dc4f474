package dev.parley.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.testing.SampleSessions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftTest {
  @Test
  void aDraftHasAtLeastOneSession() {
    assertThatThrownBy(() -> new Draft(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a draft has at least one session");
  }

  @Test
  void aDraftKeepsItsOwnCopies() {
    List<ReviewNote> review = new ArrayList<>();
    Draft draft = new Draft(List.of(SampleSessions.meeting(1, "2020-01-01", "5G")), review);
    review.add(ReviewNote.of("r", 1, ReviewNote.Kind.INFERRED, "f", "v", ""));
    assertThat(draft.review()).isEmpty();
  }
}
