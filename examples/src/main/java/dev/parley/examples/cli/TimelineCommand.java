package dev.parley.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.parley.core.history.Appearance;
import dev.parley.core.history.TimelineColumn;
import dev.parley.core.history.TopicTimeline;
import dev.parley.core.history.TopicTrack;
import dev.parley.core.report.TimelineReport;
import dev.parley.core.report.TimelineSvg;
import dev.parley.core.topic.TopicScheme;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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
    files.forEach(
        f -> Inputs.forEachSession(f, ExplicitTopics.checked(f, topics, err, builder::add)));
    TopicTimeline timeline = builder.build();
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      json(timeline, out);
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
   * The timeline as JSON: {@code sessions} (numbered from 1) and {@code topics} keyed by id, each
   * with its appearances and figures.
   */
  static void json(TopicTimeline timeline, Writer out) {
    try (JsonGenerator g = PrettyJson.generator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("sessions");
      List<TimelineColumn> sessions = timeline.columns();
      for (int i = 0; i < sessions.size(); i++) {
        TimelineColumn s = sessions.get(i);
        g.writeStartObject();
        g.writeNumberField("session", i + 1);
        g.writeStringField("dialogue", s.dialogue().id());
        if (s.ordinal().isPresent()) {
          g.writeNumberField("ordinal", s.ordinal().getAsInt());
        }
        g.writeStringField("title", s.title());
        g.writeStringField("start", s.start().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("topics");
      for (TopicTrack t : timeline.tracks()) {
        g.writeObjectFieldStart(t.topic().id());
        g.writeStringField("label", t.topic().prefLabel());
        g.writeArrayFieldStart("appearances");
        for (Appearance a : t.appearances()) {
          g.writeStartObject();
          g.writeNumberField("session", a.index() + 1);
          if (a.commitment().isPresent()) {
            g.writeStringField("commitment", a.commitment().get().code());
          } else {
            g.writeNullField("commitment");
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("count", t.count());
        g.writeNumberField("longestRun", t.longestRun());
        g.writeNumberField("revivals", t.revivals());
        g.writeBooleanField("inEverySession", t.isInEverySession());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
