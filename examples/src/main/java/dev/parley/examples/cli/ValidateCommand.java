package dev.parley.examples.cli;

import dev.parley.core.topic.TopicScheme;
import dev.parley.json.ParleyJson;
import dev.parley.json.ParleyJsonException;
import dev.parley.json.Validation;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley validate FILE...}: checks documents, reporting every problem with its place. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks documents: sessions, histories and JSON Lines files (.jsonl).",
      "Every problem one pass finds is reported as FILE:LINE:COLUMN: JSON-PATH: message,",
      "and the exit code is 1."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to check.")
  List<Path> files;

  @Option(
      names = "--max-problems",
      paramLabel = "N",
      defaultValue = "100",
      description = "Report at most N problems per file (default: ${DEFAULT-VALUE}).")
  int maxProblems;

  @Mixin SchemeOption scheme;

  @Override
  public Integer call() {
    ParleyJson json = ParleyJson.builder().maxProblems(Math.max(1, maxProblems)).build();
    List<String> problems = new ArrayList<>();
    TopicScheme topics = scheme.scheme();
    PrintWriter err = spec.commandLine().getErr();
    for (Path file : files) {
      try {
        if (!Inputs.isStandardInput(file)) {
          Inputs.refuseNonRegular(file);
          List<String> found = problems(json, file);
          if (!found.isEmpty()) {
            problems.addAll(found);
            continue;
          }
        }
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

  /** Every problem of the file that one pass finds, as lines to print, and how many more. */
  private static List<String> problems(ParleyJson json, Path file) {
    List<String> lines = new ArrayList<>();
    try {
      Validation v = Inputs.isLines(file) ? json.lines().validate(file) : json.validate(file);
      for (ParleyJsonException e : v.problems()) {
        lines.add(Inputs.describe(file, e));
      }
      long more = v.problemCount() - v.problems().size();
      if (more > 0) {
        lines.add(
            file + ": " + more + " more problem" + (more == 1 ? "" : "s") + " (--max-problems)");
      }
    } catch (UncheckedIOException e) {
      lines.add(Inputs.describe(file, e));
    }
    return lines;
  }
}
