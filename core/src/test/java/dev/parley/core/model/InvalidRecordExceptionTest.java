package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidRecordExceptionTest {
  @Test
  void messageNamesTheRecordThenTheRule() {
    InvalidRecordException e =
        new InvalidRecordException("Session 27", "end", "end date 2022-02-01 is before start");
    assertThat(e.getMessage()).isEqualTo("Session 27: end date 2022-02-01 is before start");
    assertThat(e.subject()).isEqualTo("Session 27");
    assertThat(e.field()).isEqualTo("end");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }
}
