package dev.parley.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.Session;
import dev.parley.examples.seeds.JapanEuTwentyEighth;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SessionsOnceTest {
  private static final Session SEED = JapanEuTwentyEighth.session();
  private static final Path A = Path.of("a.jsonl");
  private static final Path B = Path.of("histories", "b.json");

  private static Session numbered(int ordinal) {
    return SEED.withOrdinal(ordinal);
  }

  @Test
  void everySessionOfManyIsNewOnceAndEqualOnesAreCountedOnce() {
    SessionsOnce once = new SessionsOnce();
    // More sessions than the table's first size, so that it grows while holding them.
    for (int i = 1; i <= 3_000; i++) {
      assertThat(once.isNew(numbered(i), A)).as("first sight of #%d", i).isTrue();
    }
    for (int i = 1; i <= 3_000; i += 7) {
      assertThat(once.isNew(numbered(i), B)).as("second sight of #%d", i).isFalse();
    }
    StringWriter err = new StringWriter();
    once.note(new PrintWriter(err));
    assertThat(err.toString())
        .contains("note: 429 sessions were given twice and counted once")
        .contains("#1 in a.jsonl and " + B);
  }

  @Test
  void aDifferentSessionOfTheSameDialogueAndOrdinalNamesBothFiles() {
    SessionsOnce once = new SessionsOnce();
    for (int i = 1; i <= 1_500; i++) {
      once.isNew(numbered(i), A);
    }
    Session changed = numbered(1_234).withTitle("Another meeting under the same ordinal");
    assertThatThrownBy(() -> once.isNew(changed, B))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining(B + ": session ")
        .hasMessageContaining("#1234 conflicts with the session of the same dialogue and ordinal")
        .hasMessageContaining("in a.jsonl");
  }

  @Test
  void sessionsWithoutAnOrdinalAreTheSameByTitleAndStart() {
    SessionsOnce once = new SessionsOnce();
    Session untitled = SEED.withOrdinal(OptionalInt.empty());
    assertThat(once.isNew(untitled, A)).isTrue();
    assertThat(once.isNew(untitled.withTitle("Another meeting"), A)).isTrue();
    assertThat(once.isNew(untitled, B)).isFalse();
    assertThat(once.isNew(numbered(1), A)).isTrue();
  }
}
