package dev.parley.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the default scheme on real agenda titles outside the seeds ({@code
 * agenda-titles.tsv}: MIC releases and their partners' releases, Japanese and English, with the
 * topics an analyst gives them). Every row is marked {@code seen}: the labels were written after
 * reading all of them (the rows of the first five blind sets included: each scored once, blind, on
 * 2026-12-02, then merged here), so these figures measure how well the scheme fits titles it was
 * tuned on, not how it does on new ones; that is measured on a new blind set, scored by its own
 * test after the labels were written. Goal: 0.95 each, per language.
 */
class TopicSchemeAccuracyTest {
  private static final double GOAL = 0.95;

  /**
   * The lowest precision the tests accept in one language, just below the figures reached with
   * blind round 12 merged (Japanese 0.945, English 0.961: round 6's analyst did not give G7 action
   * plans the forum, nor round 7's and round 8's APEC workshops, and round 8's radio-conference
   * items differ). Over both languages the goal itself is asserted (0.952 reached).
   */
  private static final double FLOOR_PRECISION = 0.94;

  /**
   * The lowest recall the tests accept in one language, just below the figures reached (Japanese
   * 0.948, English 0.955; 政策及び規制 joins its two words with a list separator that the label 政策*
   * cannot span, and two Japanese IoT/インダストリー4.0 security headings split into iot and
   * cybersecurity). Over both languages the goal itself is asserted (0.951 reached).
   */
  private static final double FLOOR_RECALL = 0.94;

  /**
   * How many rows the development set had before blind set round 5 was merged into it; those rows
   * keep the floors on their own, so that the merged rows cannot hide a loss on the earlier ones.
   */
  private static final int ROWS_BEFORE_ROUND_5 = 558;

  /** One title of the development set. */
  static final class Row {
    final String language;
    final String title;
    final Set<String> topics;
    final String split;
    final String url;

    Row(String[] c) {
      language = c[0];
      title = c[1];
      topics = new LinkedHashSet<>();
      for (String id : c[2].split(",")) {
        if (!id.isBlank()) {
          topics.add(id.strip());
        }
      }
      split = c[3];
      url = c[4];
    }
  }

  static List<String[]> read(String resource) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = TopicSchemeAccuracyTest.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }

  static List<Row> titles() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String[] c : read("agenda-titles.tsv")) {
      rows.add(new Row(c));
    }
    return rows;
  }

  /** Precision and recall over the rows that pass the filter; prints one line per figure. */
  private static double[] measure(String name, List<Row> rows, Predicate<Row> which) {
    TopicScheme scheme = TopicScheme.defaultScheme();
    int found = 0;
    int right = 0;
    int expected = 0;
    int n = 0;
    for (Row row : rows) {
      if (!which.test(row)) {
        continue;
      }
      n++;
      Set<String> got = new LinkedHashSet<>();
      scheme.resolve(row.title).forEach(t -> got.add(t.id()));
      expected += row.topics.size();
      found += got.size();
      for (String id : got) {
        if (row.topics.contains(id)) {
          right++;
        }
      }
      if (!got.equals(row.topics)) {
        System.out.println(
            "  miss " + row.language + " " + row.title + " -> " + got + " want " + row.topics);
      }
    }
    double precision = found == 0 ? 1 : (double) right / found;
    double recall = expected == 0 ? 1 : (double) right / expected;
    System.out.printf(
        Locale.ROOT,
        "topics %s: %d titles, precision %.3f, recall %.3f (goal %.2f each)%n",
        name,
        n,
        precision,
        recall,
        GOAL);
    return new double[] {precision, recall};
  }

  @Test
  void seenTitlesResolveToTheAnalystsTopics() throws IOException {
    List<Row> rows = titles();
    assertThat(rows.stream().filter(r -> r.language.equals("ja")).count())
        .isGreaterThanOrEqualTo(80);
    assertThat(rows.stream().filter(r -> r.language.equals("en")).count())
        .isGreaterThanOrEqualTo(40);
    // No row may claim to be held out: the labels were written after reading every one of them.
    assertThat(rows).allSatisfy(r -> assertThat(r.split).as(r.title).isEqualTo("seen"));
    double[] ja = measure("seen ja", rows, r -> r.language.equals("ja"));
    double[] en = measure("seen en", rows, r -> r.language.equals("en"));
    double[] all = measure("seen all", rows, r -> true);
    double[] before =
        measure("seen before round 5", rows.subList(0, ROWS_BEFORE_ROUND_5), r -> true);
    // Floors just below today's figures, so that a change that loses accuracy fails; the goal is
    // printed above.
    assertThat(ja[0]).as("Japanese precision").isGreaterThanOrEqualTo(FLOOR_PRECISION);
    assertThat(ja[1]).as("Japanese recall").isGreaterThanOrEqualTo(FLOOR_RECALL);
    assertThat(en[0]).as("English precision").isGreaterThanOrEqualTo(FLOOR_PRECISION);
    assertThat(en[1]).as("English recall").isGreaterThanOrEqualTo(FLOOR_RECALL);
    assertThat(all[0]).as("precision").isGreaterThanOrEqualTo(GOAL);
    assertThat(all[1]).as("recall").isGreaterThanOrEqualTo(GOAL);
    assertThat(before[0]).as("precision before round 5").isGreaterThanOrEqualTo(FLOOR_PRECISION);
    assertThat(before[1]).as("recall before round 5").isGreaterThanOrEqualTo(FLOOR_PRECISION);
  }
}
