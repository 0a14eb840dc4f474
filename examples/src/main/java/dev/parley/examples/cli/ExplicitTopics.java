package dev.parley.examples.cli;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Segment;
import dev.parley.core.model.Session;
import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import dev.parley.core.topic.TopicSchemeException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The explicit topic ids of agenda items that the scheme does not know, checked the same way by
 * {@code validate}, {@code diff} and {@code timeline}. An unknown id that can stand for a topic of
 * its own (labelled with the id) is a warning; one that cannot ({@code and}, which has nothing to
 * match) is an error. Both are located as {@code FILE: SESSION: segments[i].agenda[j].topics[k]}.
 */
final class ExplicitTopics {
  private ExplicitTopics() {}

  /**
   * Checks the session: prints each warning to {@code warnings} and throws the errors.
   *
   * @throws InvalidInput with one line per id that cannot stand for a topic
   */
  static void check(Path file, Session session, TopicScheme scheme, PrintWriter warnings) {
    List<String> errors = new ArrayList<>();
    List<Segment> segments = session.segments();
    for (int i = 0; i < segments.size(); i++) {
      List<AgendaItem> agenda = segments.get(i).agenda();
      for (int j = 0; j < agenda.size(); j++) {
        List<String> ids = agenda.get(j).topics();
        for (int k = 0; k < ids.size(); k++) {
          String id = ids.get(k);
          if (scheme.topic(id).isPresent()) {
            continue;
          }
          String where =
              file
                  + ": "
                  + session.label()
                  + ": segments["
                  + i
                  + "].agenda["
                  + j
                  + "].topics["
                  + k
                  + "]: topic id \""
                  + id
                  + "\" is in no scheme";
          try {
            Topic.of(id, id);
            warnings.println(
                "warning: "
                    + TerminalText.errorLine(
                        where + "; it counts as a topic of its own (define it with --scheme)"));
          } catch (TopicSchemeException e) {
            errors.add(
                where
                    + " and cannot stand for a topic of its own: "
                    + e.getMessage()
                    + " (define it with --scheme)");
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  /** The consumer with every session checked first. */
  static Consumer<Session> checked(
      Path file, TopicScheme scheme, PrintWriter warnings, Consumer<Session> consumer) {
    return s -> {
      check(file, s, scheme, warnings);
      consumer.accept(s);
    };
  }
}
