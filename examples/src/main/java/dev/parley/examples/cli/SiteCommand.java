package dev.parley.examples.cli;

import dev.parley.core.model.InvalidRecordException;
import dev.parley.core.model.Session;
import dev.parley.core.topic.TopicScheme;
import dev.parley.examples.site.Site;
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

/** {@code parley site FILE... --out DIR}: the archive as a folder of linked HTML pages. */
@Command(
    name = "site",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the archive as static HTML pages: an index of the dialogues and their meetings,",
      "a page per meeting, a page per dialogue (timeline picture, what changed from meeting to",
      "meeting, whether planned meetings were held as planned) and a page per topic.",
      "No server, no network: open DIR/index.html in a browser."
    })
final class SiteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Sessions and histories.")
  List<Path> files;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "The folder to write the pages into (created if missing).")
  Path out;

  @Mixin SchemeOption scheme;

  @Override
  public Integer call() {
    TopicScheme topics = scheme.scheme();
    List<Session> sessions = new ArrayList<>();
    PrintWriter err = spec.commandLine().getErr();
    // The same session given twice (a JSON Lines file and the histories made from it) is one
    // meeting, as for the timeline; two different sessions of one ordinal are an error.
    SessionsOnce.forEachOnce(files, topics, err, sessions::add);
    Site site;
    try {
      site = Site.of(sessions, topics);
    } catch (InvalidRecordException e) {
      throw new InvalidInput(List.of("parley site: " + e.getMessage()));
    }
    List<Path> written;
    try {
      written = site.writeTo(out);
    } catch (UncheckedIOException e) {
      throw new InvalidInput(List.of(out + ": cannot write: " + e.getCause()));
    }
    spec.commandLine()
        .getOut()
        .println(
            "wrote "
                + written.size()
                + " files of "
                + sessions.size()
                + " meetings; open "
                + TerminalText.escape(out.resolve("index.html").toString()));
    return 0;
  }
}
