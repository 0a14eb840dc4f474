package dev.parley.core.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReviewNoteTest {
  @Test
  void printsAsTheCommandsReviewLine() {
    assertThat(
            ReviewNote.of(
                "release.txt",
                14,
                ReviewNote.Kind.INFERRED,
                "mode",
                "online",
                "web-conference style"))
        .hasToString("release.txt:14: mode online, from \"web-conference style\"");
    assertThat(ReviewNote.of("r.txt", 1, ReviewNote.Kind.NOT_FOUND, "ordinal", "no ordinal", ""))
        .hasToString("r.txt:1: ordinal not found: no ordinal");
    assertThat(
            ReviewNote.of(
                "r.txt",
                7,
                ReviewNote.Kind.CONTRADICTION,
                "ordinal",
                "27; the heading says 26",
                "Major achievements"))
        .hasToString("r.txt:7: ordinal 27; the heading says 26, in \"Major achievements\"");
  }

  @Test
  void notesAreValuesAndRefuseANegativeLine() {
    ReviewNote a = ReviewNote.of("r", 1, ReviewNote.Kind.INFERRED, "f", "v", "e");
    assertThat(a)
        .isEqualTo(ReviewNote.of("r", 1, ReviewNote.Kind.INFERRED, "f", "v", "e"))
        .hasSameHashCodeAs(ReviewNote.of("r", 1, ReviewNote.Kind.INFERRED, "f", "v", "e"));
    assertThat(a).isNotEqualTo(ReviewNote.of("r", 2, ReviewNote.Kind.INFERRED, "f", "v", "e"));
    assertThat(a.source()).isEqualTo("r");
    assertThat(a.line()).isEqualTo(1);
    assertThat(a.kind()).isEqualTo(ReviewNote.Kind.INFERRED);
    assertThat(a.field()).isEqualTo("f");
    assertThat(a.value()).isEqualTo("v");
    assertThat(a.evidence()).isEqualTo("e");
    assertThatThrownBy(() -> ReviewNote.of("r", -1, ReviewNote.Kind.INFERRED, "f", "v", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line -1 is negative");
  }
}
