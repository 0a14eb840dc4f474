package dev.parley.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.topic.Label;
import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import dev.parley.core.topic.TopicSchemeException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --scheme FILE}: the user's topics, merged with the default scheme. A {@code .tsv} file is
 * in the tab-separated format of {@link TopicScheme#parse}; a {@code .json} file is {@code
 * {"topics": [{"id": "...", "prefLabel": "...", "altLabels": [...], "broader": [...], "labels":
 * {"ja": {"prefLabel": "...", "altLabels": [...]}}}]}}, where {@code prefLabel} and {@code
 * altLabels} are English and the optional {@code labels} holds the other languages by BCP 47 tag.
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
    if (!file.getFileName().toString().endsWith(".json")) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return TopicScheme.parseTopics(in, file.toString());
      }
    }
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    JsonNode list = root == null ? null : root.get("topics");
    if (list == null || !list.isArray()) {
      throw new TopicSchemeException("expected {\"topics\": [...]}");
    }
    List<Topic> topics = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode t = list.get(i);
      String where = "topics[" + i + "]: ";
      if (!t.path("id").isTextual() || !t.path("prefLabel").isTextual()) {
        throw new TopicSchemeException(where + "needs a string \"id\" and \"prefLabel\"");
      }
      Topic.Builder b =
          Topic.builder().id(t.get("id").asText()).prefLabel(t.get("prefLabel").asText());
      for (JsonNode label : t.path("altLabels")) {
        b.addAltLabel(label.asText());
      }
      for (JsonNode broader : t.path("broader")) {
        b.addBroader(broader.asText());
      }
      try {
        var languages = t.path("labels").fields();
        while (languages.hasNext()) {
          var language = languages.next();
          JsonNode pref = language.getValue().path("prefLabel");
          if (!pref.isTextual()) {
            throw new TopicSchemeException(
                "labels." + language.getKey() + " needs a string \"prefLabel\"");
          }
          b.addLocalLabel(Label.pref(language.getKey(), pref.asText()));
          for (JsonNode alt : language.getValue().path("altLabels")) {
            b.addLocalLabel(Label.alt(language.getKey(), alt.asText()));
          }
        }
        topics.add(b.build());
      } catch (TopicSchemeException e) {
        throw new TopicSchemeException(where + e.getMessage());
      }
    }
    return topics;
  }
}
