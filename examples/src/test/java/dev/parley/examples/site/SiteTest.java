package dev.parley.examples.site;

import static dev.parley.testing.SampleSessions.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.InvalidRecordException;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.topic.TopicScheme;
import dev.parley.examples.seeds.Seeds;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the site writes, read as files; how it shows in a browser is SiteBrowserTest's. */
class SiteTest {
  @TempDir Path dir;

  @Test
  void writesAnIndexAStylesheetAndAPagePerMeetingDialogueAndTopic() {
    List<Session> seeds = Seeds.sessions();
    List<Path> written = Site.of(seeds, TopicScheme.defaultScheme()).writeTo(dir);
    assertThat(written.get(0)).isEqualTo(dir.resolve("index.html"));
    assertThat(dir.resolve("style.css")).isRegularFile();
    assertThat(dir.resolve("meetings/japan-eu-ict-policy-dialogue-27.html")).isRegularFile();
    assertThat(dir.resolve("dialogues/japan-india-joint-working-group.html")).isRegularFile();
    assertThat(dir.resolve("topics/5g.html")).isRegularFile();
    assertThat(written)
        .filteredOn(p -> p.startsWith(dir.resolve("meetings")))
        .hasSize(seeds.size());
  }

  @Test
  void markupInARecordIsShownAsTextNeverRun() throws IOException {
    // Control characters never reach a record (the model refuses them), so markup is the attack.
    String hostile = "<script>alert('x')</script> & \"quoted\"";
    Session s =
        meeting(1, "2020", "AI <img src=x onerror=alert(1)>")
            .withTitle(hostile)
            .withNotes(hostile)
            .withSources(
                Source.builder()
                    .publisher("MIC")
                    .title("Release")
                    .url(URI.create("javascript:alert(1)"))
                    .build());
    Site.of(List.of(s), TopicScheme.defaultScheme()).writeTo(dir);
    String page = Files.readString(dir.resolve("meetings/japan-us-1.html"), StandardCharsets.UTF_8);
    assertThat(page)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("href=\"javascript:")
        .doesNotContain("\u0007")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
        .contains("javascript:alert(1)");
    String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(index).doesNotContain("<script").contains("&lt;script&gt;");
  }

  @Test
  void twoMeetingsWithOneOrdinalAreRefusedAsAHistoryWouldBe() {
    List<Session> twice = List.of(meeting(1, "2020", "AI"), meeting(1, "2021", "5G"));
    assertThatThrownBy(() -> Site.of(twice, TopicScheme.defaultScheme()))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("ordinal 1");
  }

  @Test
  void meetingsWithoutOrdinalOnOneDayGetPagesOfTheirOwn() {
    Session a = meeting(1, "2020-05-01", "AI").withOrdinal(java.util.OptionalInt.empty());
    Session b = a.withTitle("Another meeting");
    List<Path> written = Site.of(List.of(a, b), TopicScheme.defaultScheme()).writeTo(dir);
    assertThat(written)
        .contains(
            dir.resolve("meetings/japan-us-2020-05-01.html"),
            dir.resolve("meetings/japan-us-2020-05-01-2.html"));
  }
}
