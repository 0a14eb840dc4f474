package dev.parley.examples.cli;

import dev.parley.core.history.TopicTimeline;
import dev.parley.core.model.Session;
import dev.parley.core.report.TimelineReport;
import dev.parley.core.report.TimelineSvg;
import dev.parley.core.topic.TopicScheme;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley timeline FILE...}: the topic timeline of sessions and histories. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Follows every topic across sessions, with the commitment at each.",
      "Reads session documents, history documents and JSON Lines; sessions go in date order."
    })
final class TimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Sessions and histories.")
  List<Path> files;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--svg", paramLabel = "OUT.svg", description = "Also draw the timeline as SVG.")
  Path svg;

  @Mixin SchemeOption scheme;

  @Override
  public Integer call() {
    // One session at a time: JSON Lines of any length are timed in constant memory per session.
    TopicScheme topics = scheme.scheme();
    PrintWriter err = spec.commandLine().getErr();
    TopicTimeline.Builder builder = TopicTimeline.builder(topics);
    SessionsOnce once = new SessionsOnce();
    for (Path f : files) {
      Inputs.forEachSession(
          f,
          ExplicitTopics.checked(
              f,
              topics,
              err,
              s -> {
                if (once.isNew(s, f)) {
                  builder.add(s);
                }
              }));
    }
    TopicTimeline timeline = builder.build();
    once.note(err);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      Inputs.PRETTY.write(timeline, out);
    } else if (format == OutputFormat.markdown) {
      out.print(TimelineReport.markdown(timeline));
    } else {
      TimelineReport.text(timeline, out);
    }
    out.flush();
    if (svg != null) {
      Outputs.write(svg, TimelineSvg.render(timeline));
      err.println("wrote " + TerminalText.escape(svg.toString()));
    }
    return 0;
  }

  /**
   * Sessions given more than once (the demo's {@code all-sessions.jsonl} and its {@code
   * histories/}): an equal session of the same dialogue and ordinal (or, without an ordinal, the
   * same title and start) is counted once, and a note says so; a different session under the same
   * dialogue and ordinal is an error naming both files. Remembers a key, a hash and a file per
   * session, not the session, so memory stays small per session.
   */
  static final class SessionsOnce {
    private final Map<String, Integer> hashes = new HashMap<>();
    private final Map<String, Path> firstFile = new HashMap<>();
    private int duplicates;
    private String example;

    boolean isNew(Session s, Path file) {
      String key =
          s.dialogue().id()
              + "\u0000"
              + (s.ordinal().isPresent()
                  ? "#" + s.ordinal().getAsInt()
                  : s.title() + "\u0000" + s.start());
      Integer hash = hashes.putIfAbsent(key, s.hashCode());
      if (hash == null) {
        firstFile.put(key, file);
        return true;
      }
      if (hash != s.hashCode()) {
        throw new InvalidInput(
            List.of(
                file
                    + ": session "
                    + describe(s)
                    + " conflicts with the session of the same dialogue and ordinal in "
                    + firstFile.get(key)
                    + " (same session, different content)"));
      }
      duplicates++;
      if (example == null) {
        example = describe(s) + " in " + firstFile.get(key) + " and " + file;
      }
      return false;
    }

    void note(PrintWriter err) {
      if (duplicates > 0) {
        err.println(
            "note: "
                + duplicates
                + (duplicates == 1 ? " session was" : " sessions were")
                + " given twice and counted once (for example "
                + example
                + ")");
        err.flush();
      }
    }

    private static String describe(Session s) {
      return TerminalText.cut(s.dialogue().id(), 80)
          + (s.ordinal().isPresent()
              ? " #" + s.ordinal().getAsInt()
              : " \"" + TerminalText.cut(s.title(), 80) + "\"");
    }
  }
}
