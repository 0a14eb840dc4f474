package dev.parley.json;

import dev.parley.core.model.Party;

/** {@link Party} as JSON: {@code {"code": "jp", "name": "Japan"}}. */
final class PartyFormat {
  static final RecordFormat<Party, Party.Builder> FORMAT =
      new RecordFormat<>(
          "Party",
          true,
          Party::builder,
          Party.Builder::build,
          Field.text("code", Party::code, Party.Builder::code),
          Field.text("name", Party::name, Party.Builder::name));

  private PartyFormat() {}
}
