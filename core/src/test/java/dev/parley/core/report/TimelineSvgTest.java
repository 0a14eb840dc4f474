package dev.parley.core.report;

import static dev.parley.testing.SampleSessions.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.history.TopicTimeline;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The picture's structure and colours; its rendering is tested in a browser in examples. */
class TimelineSvgTest {
  private static final TopicTimeline THREE =
      TopicTimeline.of(
          List.of(
              meeting(1, "2019", "AI", "5G"),
              meeting(2, "2020", "Spectrum"),
              meeting(3, "2021", "AI")));

  @Test
  void oneCellPerTopicAndSession() {
    String svg = TimelineSvg.render(THREE);
    assertThat(Pattern.compile("class=\"cell\"").matcher(svg).results().count()).isEqualTo(9);
    assertThat(svg)
        .contains("data-topic=\"ai\" data-session=\"2\" data-commitment=\"absent\"")
        .contains("data-topic=\"spectrum\" data-session=\"2\" data-commitment=\"no-outcome\"")
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
  }

  @Test
  void eachCellCarriesTheLetterOfTheTextReport() {
    String svg = TimelineSvg.render(THREE);
    Matcher cells =
        Pattern.compile(
                "data-topic=\"([a-z0-9-]+)\" data-session=\"(\\d+)\"[^>]*/><text class=\"letter\"[^>]*>([^<]+)</text>")
            .matcher(svg);
    List<String> seen = new ArrayList<>();
    while (cells.find()) {
      seen.add(cells.group(1) + "@" + cells.group(2) + "=" + cells.group(3));
    }
    assertThat(seen).hasSize(9).contains("ai@1=+", "ai@2=·", "ai@3=+", "spectrum@2=+", "5g@3=·");
  }

  @Test
  void theLegendComesBeforeTheGrid() {
    String svg = TimelineSvg.render(THREE);
    assertThat(svg.indexOf("class=\"legend\""))
        .isPositive()
        .isLessThan(svg.indexOf("class=\"cell\""));
    assertThat(Pattern.compile("class=\"legend\"").matcher(svg).results().count())
        .isEqualTo(Commitment.values().length + 2);
  }

  @Test
  void theWidthGrowsWithTheNumberOfSessions() {
    List<Session> many = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      many.add(meeting(i, String.valueOf(1960 + i), "AI"));
    }
    int few = width(TimelineSvg.render(THREE));
    int sixty = width(TimelineSvg.render(TopicTimeline.of(many)));
    int thirty = width(TimelineSvg.render(TopicTimeline.of(many.subList(0, 30))));
    assertThat(sixty).isGreaterThan(thirty).isGreaterThan(few);
    // Each session adds a column of the same width; the labels do not grow with them.
    assertThat(sixty - thirty).isEqualTo(30 * 28);
  }

  @Test
  void shadesGetDarkerByAClearStepAtEveryLevelSoTheyPrintApartInGrey() {
    double previous = lightness(TimelineSvg.shade(true, Optional.empty()));
    assertThat(lightness(TimelineSvg.shade(false, Optional.empty()))).isEqualTo(100.0, within());
    for (Commitment c : Commitment.values()) {
      double l = lightness(TimelineSvg.shade(true, Optional.of(c)));
      if (c != Commitment.INFORMED) {
        assertThat(previous - l).as("lightness step to %s", c).isGreaterThan(10);
      }
      previous = l;
    }
  }

  @Test
  void lettersStandOutFromTheirCells() {
    for (Commitment c : Commitment.values()) {
      Optional<Commitment> level = Optional.of(c);
      assertThat(contrast(TimelineSvg.shade(true, level), TimelineSvg.ink(true, level)))
          .as("contrast of the letter on %s", c)
          .isGreaterThanOrEqualTo(4.5);
    }
    assertThat(
            contrast(
                TimelineSvg.shade(true, Optional.empty()), TimelineSvg.ink(true, Optional.empty())))
        .isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void escapesMarkupInText() {
    assertThat(TimelineSvg.escape("<a & \"b\">")).isEqualTo("&lt;a &amp; &quot;b&quot;&gt;");
  }

  @Test
  void linksGoAroundTheSessionNumbersWhenGiven() {
    String svg =
        TimelineSvg.element(THREE, c -> Optional.of("m/" + c.ordinal().getAsInt() + ".html?a&b"));
    assertThat(svg).doesNotStartWith("<?xml").contains("<a href=\"m/2.html?a&amp;b\">");
  }

  private static int width(String svg) {
    Matcher m = Pattern.compile("<svg [^>]*width=\"(\\d+)\"").matcher(svg);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.5);
  }

  /** Relative luminance (WCAG) of a #rrggbb colour. */
  private static double luminance(String hex) {
    double[] rgb = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      rgb[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }

  /** CIE L* of a colour: what a grey-scale print keeps of it. */
  private static double lightness(String hex) {
    double y = luminance(hex);
    return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389 / 27;
  }

  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
}
