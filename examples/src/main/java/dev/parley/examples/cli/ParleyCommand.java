package dev.parley.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
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
      UpgradeCommand.class,
      SiteCommand.class,
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
   * Runs the command line with the given output streams. Everything printed goes through {@link
   * TerminalText}, so no character from the input acts on a terminal. If standard output fails (a
   * full disk, a closed pipe) the exit code is 1 and standard error says so.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int run(Writer out, Writer err, String... args) {
    TerminalText.Sink outSink = TerminalText.writer(out);
    PrintWriter cliOut = new PrintWriter(outSink);
    PrintWriter cliErr = new PrintWriter(TerminalText.writer(err), true);
    CommandLine cli = new CommandLine(new ParleyCommand());
    cli.setOut(cliOut);
    cli.setErr(cliErr);
    // No colour codes in help, and no reading of arguments from files named @FILE: an argument
    // is what the user typed.
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cli.setExpandAtFiles(false);
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          CommandLine commandLine = e.getCommandLine();
          PrintWriter w = commandLine.getErr();
          w.println(TerminalText.errorLine(String.valueOf(e.getMessage())));
          if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, w)) {
            commandLine.usage(w);
          }
          w.flush();
          return commandLine.getCommandSpec().exitCodeOnInvalidInput();
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof InvalidInput) {
            for (String line : ((InvalidInput) e).lines()) {
              commandLine.getErr().println(TerminalText.errorLine(line));
            }
          } else {
            commandLine.getErr().println("parley: " + TerminalText.errorLine(e.toString()));
          }
          commandLine.getErr().flush();
          return 1;
        });
    int code = cli.execute(args);
    cliOut.flush();
    boolean outputLost =
        cliOut.checkError() || (out instanceof PrintWriter && ((PrintWriter) out).checkError());
    if (outputLost) {
      IOException why = outSink.failure();
      cliErr.println(
          "parley: cannot write to standard output"
              + (why == null ? "" : ": " + TerminalText.errorLine(String.valueOf(why.getMessage())))
              + "; the output is incomplete");
      code = code == 0 ? 1 : code;
    }
    cliErr.flush();
    return code;
  }

  /**
   * Runs {@code parley} and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // Straight to the file descriptors, so that a failed write is seen (System.out swallows it).
    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
            1 << 16);
    Writer err =
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }
}
