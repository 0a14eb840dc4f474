package dev.parley.examples.cli;

import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.model.Session;
import dev.parley.core.report.DiffReport;
import dev.parley.core.topic.TopicScheme;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley diff OLD NEW}: the agenda diff of two session documents. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares the agendas of two sessions, topic by topic.",
      "Reports topics added, dropped, continued (with the commitment before and after),",
      "shifted, moved and unclassified."
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older session document.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer session document.")
  Path newer;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin SchemeOption scheme;

  @Override
  public Integer call() {
    TopicScheme topics = scheme.scheme();
    PrintWriter err = spec.commandLine().getErr();
    Session before = Inputs.session(older);
    ExplicitTopics.check(older, before, topics, err);
    Session after = Inputs.session(newer);
    ExplicitTopics.check(newer, after, topics, err);
    AgendaDiff diff = AgendaDiff.between(before, after, topics);
    String report =
        format == OutputFormat.json
            ? Inputs.PRETTY.write(diff)
            : format == OutputFormat.markdown ? DiffReport.markdown(diff) : DiffReport.text(diff);
    spec.commandLine().getOut().print(report);
    return 0;
  }
}
