package dev.parley.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.testing.SeedOnFailure;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Laws of topic resolution, over seeded titles made of the default scheme's labels in both
 * languages, joined by English and Japanese separators.
 */
@ExtendWith(SeedOnFailure.class)
class TopicSchemePropertiesTest {
  private static final TopicScheme SCHEME = TopicScheme.defaultScheme();
  private static final List<String> SEPARATORS =
      List.of("・", "、", "，", "／", " and ", ", ", "/", " ", "及び", "並びに", "等 ");
  private static final List<String> MARKERS = List.of("", "ア ", "(1)", "（２）", "i. ", "3. ", "1）");

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 7919L * i + 13);
  }

  private static String title(Random r) {
    List<Topic> topics = SCHEME.topics();
    StringBuilder title = new StringBuilder(MARKERS.get(r.nextInt(MARKERS.size())));
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      Topic t = topics.get(r.nextInt(topics.size()));
      List<String> labels = t.labels();
      if (i > 0) {
        title.append(SEPARATORS.get(r.nextInt(SEPARATORS.size())));
      }
      title.append(labels.get(r.nextInt(labels.size())));
    }
    return title.toString();
  }

  /** Full-width forms of ASCII letters, digits and brackets, as Japanese releases write them. */
  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c > ' ' && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return b.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void fullWidthTitlesResolveAsTheirHalfWidthForms(long seed) {
    String title = title(new Random(seed));
    assertThat(SCHEME.resolve(fullWidth(title))).as(title).isEqualTo(SCHEME.resolve(title));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyLabelOfATitleFindsATopicAndItemMarkersDoNotMatter(long seed) {
    Random r = new Random(seed);
    Topic t = SCHEME.topics().get(r.nextInt(SCHEME.topics().size()));
    String label = t.labels().get(r.nextInt(t.labels().size()));
    String marker = MARKERS.get(r.nextInt(MARKERS.size()));
    assertThat(SCHEME.resolve(marker + label)).as(marker + label).isEqualTo(SCHEME.resolve(label));
    assertThat(SCHEME.resolve(label)).as(label).isNotEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void resolutionIsTheSameForEverySchemeInstanceAndEveryRepeat(long seed) {
    String title = title(new Random(seed));
    List<Topic> first = SCHEME.resolve(title);
    assertThat(SCHEME.resolve(title)).isEqualTo(first);
    assertThat(TopicScheme.defaultScheme().resolve(title)).isEqualTo(first);
    assertThat(TopicScheme.normalize(fullWidth(title))).isEqualTo(TopicScheme.normalize(title));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void titlesGiveTheSameTokensWhetherFoldedInOnePassOrNormalizedInFull(long seed) {
    String title = title(new Random(seed));
    // A no-break space is not a simple character, so the general normalizer runs on the title.
    assertThat(TitleWords.of(title + "\u00A0")).as(title).isEqualTo(TitleWords.of(title));
    assertThat(TitleWords.of(fullWidth(title) + "\u00A0"))
        .as(title)
        .isEqualTo(TitleWords.of(title));
    assertThat(SCHEME.resolve(fullWidth(title) + "\u00A0"))
        .as(title)
        .isEqualTo(SCHEME.resolve(title));
  }
}
