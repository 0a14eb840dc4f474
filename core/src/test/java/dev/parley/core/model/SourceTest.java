package dev.parley.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SourceTest {
  @Test
  void urlAndDivisionAreOptional() {
    assertThat(Samples.SOURCE.url()).isEmpty();
    assertThat(Samples.SOURCE.division()).isEmpty();
    URI url = URI.create("https://www.soumu.go.jp/main_sosiki/joho_tsusin/eng/pressrelease/");
    assertThat(Samples.SOURCE.withUrl(url).url()).contains(url);
  }

  @Test
  void rejectsRelativeUrl() {
    assertThatThrownBy(() -> Samples.SOURCE.withUrl(URI.create("press/2020.html")))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("url"))
        .hasMessageEndingWith("url \"press/2020.html\" is not absolute");
  }

  @Test
  void rejectsBlankPublisher() {
    assertThatThrownBy(() -> Samples.SOURCE.withPublisher(""))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("publisher"));
  }

  @Test
  void aUrlWithALoneSurrogateIsRefusedWhenBuiltNotHalfWayThroughAWrite() {
    URI url = URI.create("https://www.soumu.go.jp/press/\ud800.html");
    assertThatThrownBy(() -> Samples.SOURCE.withUrl(url))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("url"))
        .hasMessageContaining("unpaired surrogate at index");
  }

  @Test
  void aPublisherWithAnEscapeSequenceIsRefused() {
    assertThatThrownBy(() -> Samples.SOURCE.withPublisher("MIC\u001b]0;title\u0007"))
        .isInstanceOfSatisfying(
            InvalidRecordException.class, e -> assertThat(e.field()).isEqualTo("publisher"))
        .hasMessageContaining("control character U+001B at index 3");
  }
}
