package dev.parley.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.parley.core.diff.AddedTopic;
import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.diff.ContinuedTopic;
import dev.parley.core.diff.DroppedTopic;
import dev.parley.core.diff.MovedTopic;
import dev.parley.core.diff.ShiftedTopic;
import dev.parley.core.diff.UnreportedTopic;
import dev.parley.core.model.Coded;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Party;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * An agenda diff as JSON for other programs: an object with the members {@code added}, {@code
 * dropped}, {@code notReported} (topics a partial record does not show), {@code continued}, {@code
 * shifted}, {@code moved} (each an object keyed by topic id) and {@code unclassified} (titles
 * added, dropped and kept). Documented in README.md.
 */
final class DiffJson {
  private DiffJson() {}

  static String of(AgendaDiff diff) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = PrettyJson.generator(out)) {
      g.writeStartObject();
      g.writeStringField("from", diff.olderName());
      g.writeStringField("to", diff.newerName());
      g.writeObjectFieldStart("added");
      for (AddedTopic a : diff.added()) {
        g.writeObjectFieldStart(a.topic().id());
        g.writeStringField("label", a.topic().prefLabel());
        strings(g, "titles", a.titles());
        level(g, "commitment", a.commitment());
        parties(g, a.raisedBy());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("dropped");
      for (DroppedTopic d : diff.dropped()) {
        g.writeObjectFieldStart(d.topic().id());
        g.writeStringField("label", d.topic().prefLabel());
        strings(g, "titles", d.titles());
        level(g, "commitment", d.commitment());
        g.writeBooleanField("stillMentioned", d.stillMentioned());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("notReported");
      for (UnreportedTopic u : diff.notReported()) {
        g.writeObjectFieldStart(u.topic().id());
        g.writeStringField("label", u.topic().prefLabel());
        strings(g, "titles", u.titles());
        level(g, "commitment", u.commitment());
        g.writeStringField("missingFrom", u.missingFromNewer() ? "newer" : "older");
        g.writeBooleanField("mentioned", u.mentioned());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("continued");
      for (ContinuedTopic c : diff.continued()) {
        g.writeObjectFieldStart(c.topic().id());
        g.writeStringField("label", c.topic().prefLabel());
        strings(g, "titlesBefore", c.titlesBefore());
        strings(g, "titlesAfter", c.titlesAfter());
        level(g, "before", c.before());
        level(g, "after", c.after());
        g.writeStringField("direction", c.direction().code());
        parties(g, c.raisedBy());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("shifted");
      for (ShiftedTopic s : diff.shifted()) {
        g.writeObjectFieldStart(s.from().topic().id());
        g.writeStringField("to", s.to().topic().id());
        g.writeStringField("shift", s.narrowed() ? "narrowed" : "broadened");
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("moved");
      for (MovedTopic m : diff.moved()) {
        g.writeObjectFieldStart(m.topic().id());
        codes(g, "from", m.from());
        codes(g, "to", m.to());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("unclassified");
      strings(g, "added", diff.unclassified().added());
      strings(g, "dropped", diff.unclassified().dropped());
      strings(g, "kept", diff.unclassified().kept());
      strings(g, "notReported", diff.unclassified().notReported());
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void codes(JsonGenerator g, String name, List<? extends Coded> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (Coded v : values) {
      g.writeString(v.code());
    }
    g.writeEndArray();
  }

  private static void level(JsonGenerator g, String name, Optional<Commitment> c)
      throws IOException {
    if (c.isPresent()) {
      g.writeStringField(name, c.get().code());
    } else {
      g.writeNullField(name);
    }
  }

  private static void parties(JsonGenerator g, List<Party> parties) throws IOException {
    g.writeArrayFieldStart("raisedBy");
    for (Party p : parties) {
      g.writeString(p.code());
    }
    g.writeEndArray();
  }
}
