package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of {@link Commitment#suggestion} on real outcome clauses outside the seeds ({@code
 * outcome-clauses.tsv} in the topic package's test resources: MIC releases and their partners',
 * Japanese and English, with the level an analyst gives). Every row is marked {@code seen}: the
 * grammar was written after reading all of them (the rows of the first to fifth blind sets
 * included: each scored once, blind, on 2026-12-02, then merged here), so these figures measure how
 * well it fits clauses it was tuned on, not how it does on new ones; that is measured on a new
 * blind set, scored by its own test after the grammar was written. Goal: 0.90 per level, printed
 * per language and level. A clause with no suggestion counts as wrong, except one whose level is
 * {@code none} (no commitment, or a negated one), which is right only when there is no suggestion.
 */
class CommitmentAccuracyTest {
  private static final double GOAL = 0.90;

  private static List<String[]> clauses() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in =
            CommitmentAccuracyTest.class.getResourceAsStream(
                "/dev/parley/core/topic/outcome-clauses.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }

  /** The level column of a clause that carries no commitment (or a negated one). */
  private static final String NONE = "none";

  /**
   * The accuracy over some clauses, per level the clauses right and the clauses in all, and the
   * same for the clauses whose level is {@code none} (right when there is no suggestion).
   */
  private record Figures(double accuracy, Map<Commitment, int[]> perLevel, int[] none) {}

  /** Prints accuracy per level and overall, and returns them. */
  private static Figures measure(String name, List<String[]> rows, Predicate<String[]> which) {
    Map<Commitment, int[]> perLevel = new EnumMap<>(Commitment.class);
    int[] none = new int[2];
    int right = 0;
    int n = 0;
    for (String[] row : rows) {
      if (!which.test(row)) {
        continue;
      }
      Optional<Commitment> want =
          row[2].equals(NONE) ? Optional.empty() : Optional.of(Commitment.parse(row[2]));
      Optional<CommitmentSuggestion> got = Commitment.suggestion(row[1]);
      int[] counts = want.map(w -> perLevel.computeIfAbsent(w, k -> new int[2])).orElse(none);
      counts[1]++;
      n++;
      if (got.map(CommitmentSuggestion::level).equals(want)) {
        counts[0]++;
        right++;
      } else {
        System.out.println(
            "  miss "
                + row[0]
                + " "
                + row[1]
                + " -> "
                + got.map(s -> s.level().code() + " [" + s.evidence() + "]").orElse("none")
                + " want "
                + row[2]);
      }
    }
    StringBuilder line = new StringBuilder();
    for (Map.Entry<Commitment, int[]> e : perLevel.entrySet()) {
      line.append(
          String.format(
              Locale.ROOT,
              " %s %.2f (%d/%d)",
              e.getKey().code(),
              (double) e.getValue()[0] / e.getValue()[1],
              e.getValue()[0],
              e.getValue()[1]));
    }
    if (none[1] > 0) {
      line.append(
          String.format(
              Locale.ROOT, " %s %.2f (%d/%d)", NONE, (double) none[0] / none[1], none[0], none[1]));
    }
    double accuracy = n == 0 ? 1 : (double) right / n;
    System.out.printf(
        Locale.ROOT,
        "commitment %s: %d clauses, accuracy %.3f;%s (goal %.2f per level)%n",
        name,
        n,
        accuracy,
        line,
        GOAL);
    return new Figures(accuracy, perLevel, none);
  }

  @Test
  void seenClausesGetTheAnalystsLevel() throws IOException {
    List<String[]> rows = clauses();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(120);
    assertThat(rows.stream().filter(r -> r[0].equals("ja")).count()).isGreaterThanOrEqualTo(60);
    // No row may claim to be held out: the grammar was written after reading every one of them.
    assertThat(rows).allSatisfy(r -> assertThat(r[3]).as(r[1]).isEqualTo("seen"));
    Figures ja = measure("seen ja", rows, r -> r[0].equals("ja"));
    Figures en = measure("seen en", rows, r -> r[0].equals("en"));
    Figures all = measure("seen all", rows, r -> true);
    // Floors just below today's figures (Japanese 0.952, English 0.937, both 0.945 when this was
    // written, with the eleventh blind set merged), so that a change that loses accuracy fails; the
    // goal is printed above.
    assertThat(ja.accuracy()).as("Japanese accuracy").isGreaterThanOrEqualTo(0.95);
    assertThat(en.accuracy()).as("English accuracy").isGreaterThanOrEqualTo(0.93);
    assertThat(all.accuracy()).as("accuracy").isGreaterThanOrEqualTo(0.94);
    for (Figures language : List.of(ja, en, all)) {
      for (Map.Entry<Commitment, int[]> level : language.perLevel().entrySet()) {
        assertThat((double) level.getValue()[0] / level.getValue()[1])
            .as("accuracy on " + level.getKey().code())
            .isGreaterThanOrEqualTo(GOAL);
      }
      if (language.none()[1] > 0) {
        assertThat((double) language.none()[0] / language.none()[1])
            .as("accuracy on none")
            .isGreaterThanOrEqualTo(GOAL);
      }
    }
  }
}
