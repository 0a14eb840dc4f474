package dev.parley.examples.cli;

import dev.parley.json.ParleyJson;
import dev.parley.json.ParleyJsonException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley upgrade FILE...}: rewrites documents in the current format, in place. */
@Command(
    name = "upgrade",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrites session documents, history documents and JSON Lines (.jsonl) in the current",
      "format, in place; documents of format 1.0 become format 2.0. Each file is replaced atomically:",
      "a file that cannot be read or written is left as it was, and the exit code is 1."
    })
final class UpgradeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to rewrite.")
  List<Path> files;

  @Override
  public Integer call() {
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        Inputs.refuseNonRegular(file);
        long n = Inputs.JSON.upgrade(file);
        spec.commandLine()
            .getOut()
            .println(
                TerminalText.escape(file.toString())
                    + ": format "
                    + ParleyJson.FORMAT_VERSION
                    + ", "
                    + n
                    + (n == 1 ? " session" : " sessions"));
      } catch (ParleyJsonException e) {
        problems.add(Inputs.describe(file, e));
      } catch (UncheckedIOException e) {
        problems.add(Inputs.describe(file, e));
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
