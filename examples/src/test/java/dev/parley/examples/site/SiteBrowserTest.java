package dev.parley.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.history.PlanCheck;
import dev.parley.core.history.TopicTimeline;
import dev.parley.core.history.TopicTrack;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.Session;
import dev.parley.core.report.TimelineReport;
import dev.parley.core.topic.TopicScheme;
import dev.parley.examples.cli.ParleyCommand;
import dev.parley.examples.seeds.JapanEuPolicyDialogue;
import dev.parley.examples.seeds.JapanUsInternetEconomyDialogue;
import dev.parley.examples.seeds.Seeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site of the demo's files, loaded in headless Chromium: every link resolves, the figures the
 * records imply are on the pages, the pages fit a phone and print, and the timeline picture has its
 * legend first, letters in its cells and tooltips. A screenshot of each kind of page goes to {@code
 * examples/target/site-shots/}, to be looked at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserTest {
  private static final Path SHOTS = Path.of("target", "site-shots");

  @TempDir static Path dir;
  private Path site;
  private Browser browser;
  private final List<Session> seeds = Seeds.sessions();
  private final TopicTimeline timeline = TopicTimeline.of(seeds);

  @BeforeAll
  void writeTheDemoAndItsSiteAndStartTheBrowser() throws IOException {
    Path demo = dir.resolve("demo");
    site = dir.resolve("site");
    assertThat(parley("demo", "--out", demo.toString())).isZero();
    List<String> args = new ArrayList<>(List.of("site", "--out", site.toString()));
    try (Stream<Path> files = Files.list(demo.resolve("histories"))) {
      files.sorted().forEach(f -> args.add(f.toString()));
    }
    assertThat(parley(args.toArray(String[]::new))).isZero();
    browser = Browser.start();
  }

  @BeforeEach
  void onADesktopScreen() {
    browser.printMedia(false);
    browser.viewport(1280, 900, false);
  }

  @AfterAll
  void stopTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static int parley(String... args) {
    StringWriter err = new StringWriter();
    int code = ParleyCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    assertThat(err.toString()).isEmpty();
    return code;
  }

  private String meetingPage(Session s) {
    return "meetings/" + s.dialogue().id() + "-" + s.ordinal().getAsInt() + ".html";
  }

  @Test
  void everyLinkOfEveryPageLeadsToAPageOrAnchorThatExists() {
    Deque<Path> toVisit = new ArrayDeque<>(List.of(site.resolve("index.html")));
    Set<Path> visited = new HashSet<>();
    List<String> broken = new ArrayList<>();
    Set<String> external = new HashSet<>();
    while (!toVisit.isEmpty()) {
      Path page = toVisit.pop().normalize();
      if (!visited.add(page)) {
        continue;
      }
      browser.open(page);
      assertThat(
              browser.eventually(
                  "getComputedStyle(document.querySelector('header.site')).borderBottomStyle"
                      + " === 'solid'"))
          .as("the stylesheet of %s applies", page)
          .isTrue();
      List<String> links =
          browser.strings(
              "return Array.from(document.querySelectorAll('a')).map(a =>"
                  + " new URL(a.getAttribute('href'), document.baseURI).href)");
      for (String link : links) {
        URI uri = URI.create(link);
        if (!uri.getScheme().equals("file")) {
          external.add(link);
          continue;
        }
        Path target = Path.of(URI.create(link.replaceFirst("#.*", "")));
        if (!Files.isRegularFile(target)) {
          broken.add(site.relativize(page) + " -> " + link);
        } else if (uri.getFragment() != null) {
          browser.open(target);
          if (browser.number(
                  "return document.querySelectorAll('[id=\"' + arguments[0] + '\"]').length",
                  uri.getFragment())
              != 1) {
            broken.add(site.relativize(page) + " -> " + link + " (no such anchor)");
          }
          browser.open(page);
        } else if (target.toString().endsWith(".html")) {
          toVisit.add(target);
        }
      }
    }
    assertThat(broken).isEmpty();
    int dialogues = (int) seeds.stream().map(s -> s.dialogue().id()).distinct().count();
    assertThat(visited).hasSize(1 + seeds.size() + dialogues + timeline.tracks().size());
    // The only addresses that leave the site are those of the press releases.
    Set<String> sources =
        seeds.stream()
            .flatMap(s -> s.sources().stream())
            .flatMap(src -> src.url().stream())
            .map(URI::toString)
            .collect(Collectors.toSet());
    assertThat(sources).containsAll(external);
  }

  @Test
  void theIndexCountsWhatTheRecordsHold() throws IOException {
    browser.open(site.resolve("index.html"));
    assertThat(figure("dialogues")).isEqualTo("6 dialogues");
    assertThat(figure("meetings")).isEqualTo(seeds.size() + " meetings");
    assertThat(figure("topics")).isEqualTo(timeline.tracks().size() + " topics");
    assertThat(
            browser.strings(
                "return Array.from(document.querySelectorAll("
                    + "'section[data-dialogue=\"japan-india-joint-working-group\"] ul.meetings li a'))"
                    + ".map(a => a.textContent)"))
        .hasSize(4)
        .first()
        .isEqualTo("first meeting of the JWG");
    TopicTrack fiveG = timeline.track("5g").orElseThrow();
    assertThat(
            browser.js(
                "return Array.from(document.querySelectorAll('table.topics tr'))"
                    + ".find(r => r.cells[0].textContent === '5G').cells[1].textContent"))
        .isEqualTo(String.valueOf(fiveG.count()));
    shots("index");
  }

  @Test
  void aMeetingPageShowsItsAgendaOutcomesAndSources() throws IOException {
    Session s = JapanEuPolicyDialogue.twentySeventh();
    browser.open(site.resolve(meetingPage(s)));
    assertThat(browser.js("return document.querySelector('h1').textContent")).isEqualTo(s.title());
    assertThat(browser.number("return document.querySelectorAll('li.item').length"))
        .isEqualTo(s.agendaItems().size());
    List<String> levels =
        browser.strings(
            "return Array.from(document.querySelectorAll('ul.outcomes .level'))"
                + ".map(e => e.dataset.level)");
    assertThat(levels)
        .isEqualTo(
            s.agendaItems().stream()
                .flatMap(i -> i.outcomes().stream())
                .map(o -> o.commitment().code())
                .toList());
    assertThat(browser.js("return document.querySelector('ul.sources li').textContent"))
        .asString()
        .startsWith(s.sources().get(0).title())
        .contains(s.sources().get(0).publisher());
    shots("meeting");
  }

  @Test
  void aDialoguePageShowsItsTimelineChangesAndPromises() throws IOException {
    Session jwg4 =
        seeds.stream()
            .filter(s -> s.dialogue().id().equals("japan-india-joint-working-group"))
            .filter(s -> s.ordinal().getAsInt() == 4)
            .findFirst()
            .orElseThrow();
    DialogueHistory india =
        DialogueHistory.of(
            seeds.stream().filter(s -> s.dialogue().equals(jwg4.dialogue())).toList());
    browser.open(site.resolve("dialogues/japan-india-joint-working-group.html"));
    assertThat(browser.number("return document.querySelectorAll('section.diff').length"))
        .isEqualTo(india.sessions().size() - 1);
    int added = AgendaDiff.consecutive(india, TopicScheme.defaultScheme()).get(2).added().size();
    assertThat(
            browser.js(
                "return document.querySelectorAll('section.diff')[2]"
                    + ".querySelector('[data-figure=added] b').textContent"))
        .isEqualTo(String.valueOf(added));
    List<PlanCheck> plans = PlanCheck.of(india);
    assertThat(
            browser.strings(
                "return Array.from(document.querySelectorAll('table.plans tr[data-verdict]')).map(r => r.dataset.verdict)"))
        .isEqualTo(plans.stream().map(p -> p.verdict().code()).toList());
    checkPicture(TopicTimeline.of(india, TopicScheme.defaultScheme()), Integer.MAX_VALUE);
    shots("dialogue");

    Session us = JapanUsInternetEconomyDialogue.eleventh();
    browser.open(site.resolve("dialogues/" + us.dialogue().id() + ".html"));
    assertThat(
            browser.strings(
                "return Array.from(document.querySelectorAll('table.plans tr[data-verdict]')).map(r => r.dataset.verdict)"))
        .containsExactly("not-yet-recorded");
  }

  @Test
  void aTopicPageFollowsTheTopicAcrossDialogues() throws IOException {
    TopicTrack fiveG = timeline.track("5g").orElseThrow();
    browser.open(site.resolve("topics/5g.html"));
    assertThat(figure("meetings")).isEqualTo(fiveG.count() + " meetings");
    assertThat(figure("first")).isEqualTo("first " + fiveG.first().column().start());
    assertThat(figure("last")).isEqualTo("last " + fiveG.last().column().start());
    String letters =
        fiveG.appearances().stream()
            .map(a -> String.valueOf(TimelineReport.symbol(a.commitment())))
            .collect(Collectors.joining());
    assertThat(
            browser.js(
                "return Array.from(document.querySelectorAll('td.levels a.cell')).map(a => a.textContent).join('')"))
        .asString()
        .hasSize(letters.length())
        .containsOnlyOnce("J");
    assertThat(
            browser.number("return document.querySelectorAll('table.appearances tbody tr').length"))
        .isEqualTo(fiveG.count());
    shots("topic");
  }

  @Test
  void theCommittedPictureHasItsLegendFirstAndLettersInEveryCell() throws IOException {
    browser.viewport(1400, 900, false);
    browser.open(Path.of("timeline.svg").toAbsolutePath());
    checkPicture(timeline, 900);
    // The grid, not the labels, takes the room: the row labels are narrower than a third of the
    // picture, and the column heads are two short lines, not rotated titles.
    double pictureWidth = browser.number("return document.documentElement.getBBox().width");
    double labels =
        browser.number(
            "return Math.max(...Array.from(document.querySelectorAll('text.topic'))"
                + ".map(t => t.getBBox().width))");
    assertThat(labels).isLessThan(pictureWidth / 3);
    assertThat(browser.number("return document.documentElement.getBBox().width"))
        .isLessThanOrEqualTo(1400);
    browser.screenshot(SHOTS.resolve("timeline-1400.png"));
  }

  @Test
  void pagesFitAPhoneAndPrintWithoutTheNavigation() throws IOException {
    Session s = JapanUsInternetEconomyDialogue.eleventh();
    Map<String, String> pages =
        Map.of(
            "index",
            "index.html",
            "meeting",
            meetingPage(s),
            "dialogue",
            "dialogues/japan-eu-ict-policy-dialogue.html",
            "topic",
            "topics/5g.html");
    List<String> tooWide = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      browser.viewport(390, 844, true);
      browser.open(site.resolve(page.getValue()));
      browser.screenshot(SHOTS.resolve(page.getKey() + "-phone.png"), false);
      double width = browser.number("return document.documentElement.scrollWidth");
      if (width > 390) {
        tooWide.add(page.getValue() + " is " + width + " pixels wide");
      }
      assertThat(browser.number("return parseFloat(getComputedStyle(document.body).fontSize)"))
          .isGreaterThanOrEqualTo(14);
    }
    assertThat(tooWide).as("pages fit 390 pixels without scrolling sideways").isEmpty();
    browser.viewport(800, 1100, false);
    browser.printMedia(true);
    try {
      browser.open(site.resolve("dialogues/japan-india-joint-working-group.html"));
      assertThat(
              browser.js("return getComputedStyle(document.querySelector('header.site')).display"))
          .isEqualTo("none");
      browser.screenshot(SHOTS.resolve("dialogue-print.png"));
    } finally {
      browser.printMedia(false);
    }
  }

  /** The picture shown: legend above the grid and within the first screen, a letter per cell. */
  private void checkPicture(TopicTimeline shown, int fold) {
    String svg = "document.querySelector('svg')";
    double legendBottom =
        browser.number(
            "return Math.max(...Array.from("
                + svg
                + ".querySelectorAll('g.legend rect'))"
                + ".map(r => r.getBoundingClientRect().bottom))");
    double gridTop =
        browser.number(
            "return Math.min(...Array.from("
                + svg
                + ".querySelectorAll('rect.cell'))"
                + ".map(r => r.getBoundingClientRect().top))");
    assertThat(legendBottom).isLessThan(gridTop);
    assertThat(legendBottom).isLessThan(fold);
    assertThat(browser.number("return " + svg + ".querySelectorAll('g.legend').length"))
        .isEqualTo(Commitment.values().length + 2);
    int cells = shown.tracks().size() * shown.columns().size();
    assertThat(browser.number("return " + svg + ".querySelectorAll('rect.cell').length"))
        .isEqualTo(cells);
    // Each cell: its tooltip, and the text report's letter for its level.
    @SuppressWarnings("unchecked")
    List<Map<String, String>> seen =
        (List<Map<String, String>>)
            browser.js(
                "return Array.from("
                    + svg
                    + ".querySelectorAll('rect.cell')).map(r => ({"
                    + "topic: r.dataset.topic, session: r.dataset.session,"
                    + " letter: r.parentNode.querySelector('text.letter').textContent,"
                    + " tip: r.parentNode.querySelector('title').textContent}))");
    for (TopicTrack t : shown.tracks()) {
      for (int c = 0; c < shown.columns().size(); c++) {
        int column = c;
        Optional<String> expected =
            t.appearances().stream()
                .filter(a -> a.index() == column)
                .findFirst()
                .map(a -> String.valueOf(TimelineReport.symbol(a.commitment())));
        Map<String, String> cell =
            seen.stream()
                .filter(x -> x.get("topic").equals(t.topic().id()))
                .filter(x -> x.get("session").equals(String.valueOf(column + 1)))
                .findFirst()
                .orElseThrow();
        assertThat(cell.get("letter")).isEqualTo(expected.orElse("·"));
        assertThat(cell.get("tip"))
            .startsWith(t.topic().prefLabel())
            .contains(shown.columns().get(c).label());
      }
    }
  }

  private String figure(String name) {
    return (String)
        browser.js(
            "return document.querySelector('[data-figure=\"' + arguments[0] + '\"]')"
                + ".textContent",
            name);
  }

  /** A screenshot of the page shown, at a desktop's width. */
  private void shots(String kind) throws IOException {
    browser.viewport(1280, 900, false);
    browser.js("window.scrollTo(0, 0)");
    browser.screenshot(SHOTS.resolve(kind + ".png"));
  }
}
