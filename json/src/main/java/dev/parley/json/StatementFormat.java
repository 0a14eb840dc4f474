package dev.parley.json;

import dev.parley.core.model.Statement;
import dev.parley.core.model.StatementAct;

/** {@link Statement} as JSON. */
final class StatementFormat {
  static final RecordFormat<Statement, Statement.Builder> FORMAT =
      new RecordFormat<>(
          "Statement",
          Statement::builder,
          Statement.Builder::build,
          Field.list(
              "parties", PartyFormat.FORMAT, Statement::parties, Statement.Builder::addParty),
          Field.coded("act", StatementAct.class, Statement::act, Statement.Builder::act),
          Field.text("text", Statement::text, Statement.Builder::text));

  private StatementFormat() {}
}
