package dev.parley.examples.cli;

import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import dev.parley.core.topic.TopicSchemeException;
import dev.parley.json.ParleyJsonException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --scheme FILE}: the user's topics, merged with the default scheme. A {@code .tsv} file is
 * in the tab-separated format of {@link TopicScheme#parse}; a {@code .json} file is a scheme
 * document, {@code {"parley": "2.0", "scheme": {"topics": [{"id": "...", "prefLabel": "...",
 * ...}]}}}, read strictly by {@link dev.parley.json.ParleyJson#readTopics}.
 */
final class SchemeOption {
  @Option(
      names = "--scheme",
      paramLabel = "FILE",
      description =
          "Your own topics (.tsv or .json), merged with the default scheme: yours override"
              + " topics of the same id and add the others.")
  Path file;

  TopicScheme scheme() {
    TopicScheme scheme = TopicScheme.defaultScheme();
    if (file == null) {
      return scheme;
    }
    try {
      return scheme.mergedWith(topics(file));
    } catch (TopicSchemeException e) {
      // A TSV error already names the file and line; say the file name once.
      String message = e.getMessage();
      throw new InvalidInput(
          List.of(message.startsWith(file + ":") ? message : file + ": " + message));
    } catch (IOException e) {
      throw new InvalidInput(List.of(file + ": cannot read: " + e));
    }
  }

  private static List<Topic> topics(Path file) throws IOException {
    if (file.getFileName().toString().endsWith(".json")) {
      try {
        return Inputs.JSON.readTopics(file);
      } catch (ParleyJsonException e) {
        throw new InvalidInput(List.of(Inputs.describe(file, e)));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return TopicScheme.parseTopics(in, file.toString());
    }
  }
}
