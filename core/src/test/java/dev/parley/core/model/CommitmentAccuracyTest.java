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
 * Japanese and English, with the level an analyst gives). The grammar was tuned on the tuning part
 * only; the held-out figures are the ones that count. Goal: 0.90 per level. A clause with no
 * suggestion counts as wrong.
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

  /** Prints accuracy per level and overall; returns the overall accuracy. */
  private static double measure(String name, List<String[]> rows, Predicate<String[]> which) {
    Map<Commitment, int[]> perLevel = new EnumMap<>(Commitment.class);
    int right = 0;
    int n = 0;
    for (String[] row : rows) {
      if (!which.test(row)) {
        continue;
      }
      Commitment want = Commitment.parse(row[2]);
      Optional<CommitmentSuggestion> got = Commitment.suggestion(row[1]);
      int[] counts = perLevel.computeIfAbsent(want, k -> new int[2]);
      counts[1]++;
      n++;
      if (got.isPresent() && got.get().level() == want) {
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
                + want.code());
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
    double accuracy = n == 0 ? 1 : (double) right / n;
    System.out.printf(
        Locale.ROOT,
        "commitment %s: %d clauses, accuracy %.3f;%s (goal %.2f per level)%n",
        name,
        n,
        accuracy,
        line,
        GOAL);
    return accuracy;
  }

  @Test
  void heldOutClausesGetTheAnalystsLevel() throws IOException {
    List<String[]> rows = clauses();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(120);
    assertThat(rows.stream().filter(r -> r[0].equals("ja")).count()).isGreaterThanOrEqualTo(60);
    measure("tuning", rows, r -> r[3].equals("tuning"));
    double ja = measure("held-out ja", rows, r -> r[3].equals("heldout") && r[0].equals("ja"));
    double en = measure("held-out en", rows, r -> r[3].equals("heldout") && r[0].equals("en"));
    double heldOut = measure("held-out all", rows, r -> r[3].equals("heldout"));
    measure("all", rows, r -> true);
    assertThat(heldOut).as("held-out accuracy").isGreaterThanOrEqualTo(0.80);
    assertThat(ja).as("held-out Japanese accuracy").isGreaterThanOrEqualTo(0.75);
    assertThat(en).as("held-out English accuracy").isGreaterThanOrEqualTo(0.75);
  }
}
