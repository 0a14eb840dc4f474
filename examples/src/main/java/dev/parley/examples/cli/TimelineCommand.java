package dev.parley.examples.cli;

import dev.parley.core.history.TopicTimeline;
import dev.parley.core.report.TimelineReport;
import dev.parley.core.report.TimelineSvg;
import dev.parley.core.topic.TopicScheme;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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
    SessionsOnce.forEachOnce(files, topics, err, builder::add);
    TopicTimeline timeline = builder.build();
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
}
