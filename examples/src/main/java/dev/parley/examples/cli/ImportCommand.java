package dev.parley.examples.cli;

import dev.parley.core.model.Session;
import dev.parley.core.release.DialogueCatalogue;
import dev.parley.core.release.Draft;
import dev.parley.core.release.NotAReleaseException;
import dev.parley.core.release.ReleaseReader;
import dev.parley.core.release.ReviewNote;
import dev.parley.core.topic.TopicScheme;
import dev.parley.json.ParleyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley import FILE... [--out DIR] [--dialogues FILE]}: reads press releases (plain UTF-8
 * text, or {@code .html}) into draft sessions, printed as a Parley document or written one file per
 * session into a directory, with a review list on standard error of every value that was inferred
 * or not found. Everything printed from a release is escaped first: a control character shows as by
 * {@link TerminalText}: a control character shows as {@code \u001b} or {@code \n}, never raw.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads press releases (UTF-8 text, or .html) into draft sessions.",
      "Prints one session document, or JSON Lines when there are several sessions; with --out,"
          + " writes one file per session.",
      "On standard error, the review list: FILE:LINE: what was inferred or not found.",
      "Exit 1 when a file is not a meeting release (with the reason)."
    })
final class ImportCommand implements Callable<Integer> {
  /** The largest file read, in bytes: releases are kilobytes; a bigger file is refused unread. */
  static final int MAX_BYTES = 4 * 1024 * 1024;

  /** Drafts are for people to correct: indented. */
  private static final ParleyJson JSON = ParleyJson.builder().pretty(true).build();

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The releases to read.")
  List<Path> files;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write one session file per meeting into DIR instead of printing.")
  Path out;

  @Option(
      names = "--dialogues",
      paramLabel = "FILE",
      description = "A dialogue catalogue (TSV) adding or overriding known series.")
  Path dialogues;

  @Override
  public Integer call() {
    ReleaseReader reader = ReleaseReader.of(catalogue(), TopicScheme.defaultScheme());
    PrintWriter err = spec.commandLine().getErr();
    List<String> problems = new ArrayList<>();
    List<Session> sessions = new ArrayList<>();
    for (Path file : files) {
      String name = file.toString();
      try {
        Inputs.refuseNonRegular(file);
        Draft draft = reader.read(name, text(file));
        for (ReviewNote note : draft.review()) {
          err.println(TerminalText.errorLine(note.toString()));
        }
        sessions.addAll(draft.sessions());
      } catch (NotAReleaseException e) {
        problems.add(TerminalText.errorLine(e.getMessage()));
      } catch (InvalidInput e) {
        problems.addAll(e.lines());
      }
    }
    err.flush();
    if (!sessions.isEmpty()) {
      if (out != null) {
        writeFiles(sessions);
      } else {
        print(sessions);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return 0;
  }

  private DialogueCatalogue catalogue() {
    DialogueCatalogue catalogue = DialogueCatalogue.defaultCatalogue();
    if (dialogues == null) {
      return catalogue;
    }
    try {
      return catalogue.mergedWith(DialogueCatalogue.read(dialogues));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(List.of(TerminalText.errorLine(e.getMessage())));
    } catch (UncheckedIOException e) {
      throw new InvalidInput(
          List.of(TerminalText.errorLine(dialogues + ": cannot read: " + e.getCause())));
    }
  }

  private void print(List<Session> sessions) {
    PrintWriter stdout = spec.commandLine().getOut();
    if (sessions.size() == 1) {
      stdout.println(JSON.write(sessions.get(0)));
    } else {
      JSON.lines().write(sessions, stdout);
    }
    stdout.flush();
  }

  private void writeFiles(List<Session> sessions) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new InvalidInput(
          List.of(TerminalText.errorLine(out + ": cannot create the directory: " + e)));
    }
    Set<String> used = new HashSet<>();
    for (Session s : sessions) {
      String base =
          s.dialogue().id()
              + "-"
              + (s.ordinal().isPresent() ? String.valueOf(s.ordinal().getAsInt()) : s.start());
      String name = base + ".json";
      for (int k = 2; !used.add(name); k++) {
        name = base + "-" + k + ".json";
      }
      Path target = out.resolve(name);
      Outputs.write(target, JSON.write(s));
      spec.commandLine().getOut().println(TerminalText.escape(target.toString()));
    }
    spec.commandLine().getOut().flush();
  }

  /**
   * The text of a release: at most {@link #MAX_BYTES} read, strict UTF-8, HTML reduced to its text
   * with one line per block. Any failure is a {@link NotAReleaseException} with a clear reason.
   */
  static String text(Path file) {
    String name = file.toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new NotAReleaseException(name, "cannot read the file: " + e.getMessage());
    }
    if (bytes.length > MAX_BYTES) {
      throw new NotAReleaseException(
          name,
          "the file is larger than "
              + MAX_BYTES / (1024 * 1024)
              + " MiB; a release is far smaller");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new NotAReleaseException(name, "the file is not UTF-8 text (binary data?)");
    }
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    String lower =
        file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm") ? htmlText(text) : text;
  }

  /** The text of an HTML page: a line per block element, list items marked with a bullet. */
  static String htmlText(String html) {
    Element body = Jsoup.parse(html).body();
    StringBuilder text = new StringBuilder(html.length() / 2);
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode) {
              text.append(((TextNode) node).text());
            } else if (node instanceof Element) {
              Element e = (Element) node;
              if (e.normalName().equals("br")) {
                text.append('\n');
              } else if (e.isBlock()) {
                text.append('\n');
                if (e.normalName().equals("li")) {
                  text.append("• ");
                }
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element && ((Element) node).isBlock()) {
              text.append('\n');
            }
          }
        },
        body);
    return text.toString();
  }
}
