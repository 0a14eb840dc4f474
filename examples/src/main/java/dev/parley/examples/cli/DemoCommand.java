package dev.parley.examples.cli;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.history.TopicTimeline;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.Session;
import dev.parley.core.report.DiffReport;
import dev.parley.core.report.TimelineReport;
import dev.parley.core.report.TimelineSvg;
import dev.parley.examples.seeds.JapanEuPolicyDialogue;
import dev.parley.examples.seeds.JapanEuStrategyWorkshop;
import dev.parley.examples.seeds.Seeds;
import dev.parley.json.ParleyJson;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley demo}: builds the five seed press releases as records, stores them as files, reads
 * them back, and shows a diff, a timeline and its picture.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the seed records, stores them, reads them back, and shows a diff and a timeline.",
      "Writes each meeting as a session file and each series as a history file into DIR, reads",
      "them back, prints the 2020 against 2022 Japan-EU diff and the topic timeline, and draws",
      "the timeline as DIR/timeline.svg."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "parley-demo",
      description = "Where to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter say = spec.commandLine().getOut();
    ParleyJson json = ParleyJson.builder().pretty(true).build();
    Path sessionsDir = out.resolve("sessions");
    Path historiesDir = out.resolve("histories");
    Files.createDirectories(sessionsDir);
    Files.createDirectories(historiesDir);

    List<Session> seeds = Seeds.sessions();
    List<Path> sessionFiles = new ArrayList<>();
    Map<String, List<Session>> bySeries = new LinkedHashMap<>();
    for (Session s : seeds) {
      Path file = sessionsDir.resolve(fileName(s));
      json.write(s, file);
      sessionFiles.add(file);
      bySeries.computeIfAbsent(s.dialogue().id(), id -> new ArrayList<>()).add(s);
    }
    List<Path> historyFiles = new ArrayList<>();
    for (List<Session> series : bySeries.values()) {
      Path file = historiesDir.resolve(series.get(0).dialogue().id() + ".json");
      json.write(DialogueHistory.of(series), file);
      historyFiles.add(file);
    }
    Path lines = out.resolve("all-sessions.jsonl");
    json.lines().write(seeds, lines);

    List<Session> fromFiles = new ArrayList<>();
    sessionFiles.forEach(f -> fromFiles.add(json.readSession(f)));
    List<Session> fromHistories = new ArrayList<>();
    historyFiles.forEach(f -> fromHistories.addAll(json.readHistory(f).sessions()));
    List<Session> fromLines;
    try (Stream<Session> s = json.lines().read(lines)) {
      fromLines = s.collect(Collectors.toList());
    }
    boolean same =
        fromFiles.equals(seeds)
            && fromLines.equals(seeds)
            && fromHistories.containsAll(seeds)
            && fromHistories.size() == seeds.size();
    if (!same) {
      throw new IllegalStateException("the records read back differ from those written");
    }

    Session workshop =
        json.readSession(sessionsDir.resolve(fileName(JapanEuStrategyWorkshop.tenth())));
    Session dialogue =
        json.readSession(sessionsDir.resolve(fileName(JapanEuPolicyDialogue.twentySeventh())));
    say.println("== What changed from the 2020 Japan-EU workshop to the 2022 Japan-EU dialogue");
    say.println();
    say.print(DiffReport.text(AgendaDiff.between(workshop, dialogue)));
    say.println();
    say.println("== Every topic across Japan's dialogues");
    say.println();
    TopicTimeline timeline = TopicTimeline.of(fromLines);
    say.print(TimelineReport.text(timeline));
    Path svg = out.resolve("timeline.svg");
    Outputs.write(svg, TimelineSvg.render(timeline));

    say.println();
    say.println("== Written");
    say.println(
        "  "
            + sessionFiles.size()
            + " session files     "
            + sessionsDir
            + File.separator
            + "*.json");
    say.println(
        "  "
            + historyFiles.size()
            + " history files     "
            + historiesDir
            + File.separator
            + "*.json");
    say.println("  " + seeds.size() + " sessions as JSON Lines  " + lines);
    say.println("  the timeline picture   " + svg + "  (open it in a browser)");
    say.println(
        "  all " + seeds.size() + " sessions read back from each form: equal to those built");
    say.println();
    say.println("== Try next");
    String jar = "java -jar examples/target/parley.jar";
    say.println(
        "  "
            + jar
            + " diff "
            + sessionsDir.resolve(fileName(JapanEuStrategyWorkshop.tenth()))
            + " "
            + sessionsDir.resolve(fileName(JapanEuPolicyDialogue.twentySeventh()))
            + " --format markdown");
    say.println("  " + jar + " validate " + sessionsDir + File.separator + "*.json " + lines);
    say.println(
        "  " + jar + " timeline " + historiesDir + File.separator + "*.json --svg mine.svg");
    say.println("  " + jar + " topics \"5G/Beyond 5G (6G)\" \"IoT security\"");
    return 0;
  }

  /** The file name of a session: {@code <dialogue id>-<ordinal>.json}. */
  static String fileName(Session s) {
    return s.dialogue().id()
        + "-"
        + (s.ordinal().isPresent() ? String.valueOf(s.ordinal().getAsInt()) : s.start().toString())
        + ".json";
  }
}
