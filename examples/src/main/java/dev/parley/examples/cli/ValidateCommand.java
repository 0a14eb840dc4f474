package dev.parley.examples.cli;

import dev.parley.core.topic.TopicScheme;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley validate FILE...}: checks documents, reporting each problem with its place. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks documents: sessions, histories and JSON Lines files (.jsonl).",
      "A bad one is reported as FILE:LINE:COLUMN: JSON-PATH: message, and the exit code is 1."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to check.")
  List<Path> files;

  @Mixin SchemeOption scheme;

  @Override
  public Integer call() {
    List<String> problems = new ArrayList<>();
    TopicScheme topics = scheme.scheme();
    PrintWriter err = spec.commandLine().getErr();
    for (Path file : files) {
      try {
        long n = Inputs.forEachSession(file, ExplicitTopics.checked(file, topics, err, s -> {}));
        spec.commandLine()
            .getOut()
            .println(
                TerminalText.escape(file.toString())
                    + ": ok, "
                    + n
                    + (n == 1 ? " session" : " sessions"));
      } catch (InvalidInput e) {
        problems.addAll(e.lines());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return 0;
  }
}
