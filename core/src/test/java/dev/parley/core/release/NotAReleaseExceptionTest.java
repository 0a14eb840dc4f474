package dev.parley.core.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotAReleaseExceptionTest {
  @Test
  void theMessageNamesTheTextAndTheReason() {
    NotAReleaseException e = new NotAReleaseException("notes.txt", "the text is empty");
    assertThat(e).hasMessage("notes.txt: not a meeting release: the text is empty");
    assertThat(e.source()).isEqualTo("notes.txt");
    assertThat(e.reason()).isEqualTo("the text is empty");
  }
}
