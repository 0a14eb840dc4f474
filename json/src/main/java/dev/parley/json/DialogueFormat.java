package dev.parley.json;

import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueLevel;

/** {@link Dialogue} as JSON. */
final class DialogueFormat {
  static final RecordFormat<Dialogue, Dialogue.Builder> FORMAT =
      new RecordFormat<>(
          "Dialogue",
          true,
          Dialogue::builder,
          Dialogue.Builder::build,
          Field.text("id", Dialogue::id, Dialogue.Builder::id),
          Field.text("name", Dialogue::name, Dialogue.Builder::name),
          Field.list("parties", PartyFormat.FORMAT, Dialogue::parties, Dialogue.Builder::addParty),
          Field.coded("level", DialogueLevel.class, Dialogue::level, Dialogue.Builder::level),
          Field.optionalText("framework", Dialogue::framework, Dialogue.Builder::framework));

  private DialogueFormat() {}
}
