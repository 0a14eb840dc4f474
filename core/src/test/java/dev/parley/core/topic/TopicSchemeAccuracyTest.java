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
 * topics an analyst gives them). The labels were tuned on the tuning part only; the figures that
 * count are those of the held-out part. Goal: 0.95 each.
 */
class TopicSchemeAccuracyTest {
  private static final double GOAL = 0.95;

  /** One title of the development set. */
  static final class Row {
    final String language;
    final String title;
    final Set<String> topics;
    final boolean heldOut;
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
      heldOut = c[3].equals("heldout");
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
  void heldOutTitlesResolveToTheAnalystsTopics() throws IOException {
    List<Row> rows = titles();
    assertThat(rows.stream().filter(r -> r.language.equals("ja")).count())
        .isGreaterThanOrEqualTo(80);
    assertThat(rows.stream().filter(r -> r.language.equals("en")).count())
        .isGreaterThanOrEqualTo(40);
    measure("tuning ja", rows, r -> !r.heldOut && r.language.equals("ja"));
    measure("tuning en", rows, r -> !r.heldOut && r.language.equals("en"));
    double[] ja = measure("held-out ja", rows, r -> r.heldOut && r.language.equals("ja"));
    double[] en = measure("held-out en", rows, r -> r.heldOut && r.language.equals("en"));
    double[] heldOut = measure("held-out all", rows, r -> r.heldOut);
    double[] all = measure("all", rows, r -> true);
    // Floors below today's figures, so that a change that loses accuracy fails; the goal is
    // printed above. English held-out recall is below the goal (0.72 when this was written).
    assertThat(heldOut[0]).as("held-out precision").isGreaterThanOrEqualTo(0.95);
    assertThat(heldOut[1]).as("held-out recall").isGreaterThanOrEqualTo(0.85);
    assertThat(ja[0]).as("held-out Japanese precision").isGreaterThanOrEqualTo(0.95);
    assertThat(ja[1]).as("held-out Japanese recall").isGreaterThanOrEqualTo(0.95);
    assertThat(en[1]).as("held-out English recall").isGreaterThanOrEqualTo(0.70);
    assertThat(all[1]).as("recall on all").isGreaterThanOrEqualTo(0.90);
  }
}
