package dev.parley.examples.cli;

import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley topics TITLE...}: the topic ids each title resolves to. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the topic ids each agenda title resolves to.",
      "One line per title: TITLE<TAB>IDS, with '-' where no topic is recognized.",
      "Use it to check and tune a scheme."
    })
final class TopicsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TITLE", arity = "1..*", description = "Agenda titles.")
  List<String> titles;

  @Mixin SchemeOption scheme;

  @Override
  public Integer call() {
    TopicScheme s = scheme.scheme();
    for (String title : titles) {
      List<Topic> topics = s.resolve(title);
      String ids =
          topics.isEmpty() ? "-" : topics.stream().map(Topic::id).collect(Collectors.joining(" "));
      spec.commandLine().getOut().println(TerminalText.escape(title) + "\t" + ids);
    }
    return 0;
  }
}
