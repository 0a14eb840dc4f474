package dev.parley.examples.cli;

import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley topics TITLE...}: the topic ids each title resolves to; {@code parley topics --list
 * [--lang ja]}: the scheme's topics with their labels in a language.
 */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the topic ids each agenda title resolves to, in any language the scheme has"
          + " labels for.",
      "One line per title: TITLE<TAB>IDS, with '-' where no topic is recognized.",
      "With --list, prints the scheme's topics instead: ID<TAB>PREFERRED<TAB>ALTERNATIVES"
          + "<TAB>BROADER, in the language of --lang (default en).",
      "Use it to check and tune a scheme."
    })
final class TopicsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "TITLE", arity = "0..*", description = "Agenda titles.")
  List<String> titles = List.of();

  @Option(names = "--list", description = "List the scheme's topics with their labels.")
  boolean list;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "The language of the labels --list prints, such as ja (default: en).")
  String lang;

  @Mixin SchemeOption scheme;

  @Override
  public Integer call() {
    TopicScheme s = scheme.scheme();
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      if (!titles.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "give either --list or titles, not both");
      }
      String language = lang.strip().toLowerCase(Locale.ROOT);
      for (Topic t : s.topics()) {
        out.println(
            t.id()
                + "\t"
                + TerminalText.escape(t.prefLabel(language).orElse("-"))
                + "\t"
                + TerminalText.escape(String.join(" | ", t.altLabels(language)))
                + "\t"
                + String.join(",", t.broader()));
      }
      out.flush();
      return 0;
    }
    if (titles.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give at least one TITLE, or --list");
    }
    for (String title : titles) {
      List<Topic> topics = s.resolve(title);
      String ids =
          topics.isEmpty() ? "-" : topics.stream().map(Topic::id).collect(Collectors.joining(" "));
      out.println(TerminalText.escape(title) + "\t" + ids);
    }
    out.flush();
    return 0;
  }
}
