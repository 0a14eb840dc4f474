package dev.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.InvalidRecordException;
import dev.parley.core.model.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link DialogueHistory} as JSON: {@code {"dialogue": {...}, "sessions": [...]}}, each session
 * self-contained. A history has no builder, so its members are collected first.
 */
final class HistoryFormat {
  /** The members of a history while it is read. */
  static final class Parts {
    Dialogue dialogue;
    final List<Session> sessions = new ArrayList<>();
  }

  private static final RecordFormat<Parts, Parts> PARTS =
      new RecordFormat<>(
          "DialogueHistory",
          Parts::new,
          parts -> parts,
          Field.object(
              "dialogue", DialogueFormat.FORMAT, p -> p.dialogue, (p, d) -> p.dialogue = d),
          Field.list(
              "sessions", SessionFormat.FORMAT, p -> p.sessions, (p, s) -> p.sessions.add(s)));

  private HistoryFormat() {}

  static void write(JsonGenerator g, DialogueHistory history) throws IOException {
    Parts parts = new Parts();
    parts.dialogue = history.dialogue();
    parts.sessions.addAll(history.sessions());
    PARTS.write(g, parts);
  }

  static DialogueHistory read(JsonParser p) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    Parts parts = PARTS.read(p);
    try {
      return DialogueHistory.of(parts.dialogue, parts.sessions);
    } catch (InvalidRecordException e) {
      throw Reading.invalid(Reading.path(p.getParsingContext()), start, e);
    }
  }
}
