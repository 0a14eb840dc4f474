package dev.parley.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParleyJsonExceptionTest {
  @Test
  void messageReadsPathLineColumnThenProblem() {
    ParleyJsonException e =
        new ParleyJsonException("$.session.title", 3, 14, "expected a string, found null", null);
    assertThat(e.getMessage())
        .isEqualTo("$.session.title (line 3, column 14): expected a string, found null");
    assertThat(e.path()).isEqualTo("$.session.title");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(14);
    assertThat(e.problem()).isEqualTo("expected a string, found null");
  }
}
