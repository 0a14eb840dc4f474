package dev.parley.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parley} command: build, store, compare and picture dialogue histories from files. Exit
 * codes: 0 success, 1 invalid input (a bad document or file), 2 usage error.
 */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    version = "parley 0.1.0-SNAPSHOT",
    description = "Typed, diffable records of intergovernmental policy dialogues.",
    subcommands = {
      DemoCommand.class,
      ValidateCommand.class,
      DiffCommand.class,
      TimelineCommand.class,
      TopicsCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:invalid input: a bad document or file", "2:usage error"})
public final class ParleyCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli does this. */
  public ParleyCommand() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
  }

  /**
   * Runs the command line with the given output streams.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new ParleyCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof InvalidInput) {
            for (String line : ((InvalidInput) e).lines()) {
              commandLine.getErr().println(line);
            }
          } else {
            commandLine.getErr().println("parley: " + e);
          }
          commandLine.getErr().flush();
          return 1;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Runs {@code parley} and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }
}
