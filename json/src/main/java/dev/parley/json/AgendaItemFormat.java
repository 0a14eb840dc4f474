package dev.parley.json;

import dev.parley.core.model.AgendaItem;

/** {@link AgendaItem} as JSON. */
final class AgendaItemFormat {
  static final RecordFormat<AgendaItem, AgendaItem.Builder> FORMAT =
      new RecordFormat<>(
          "AgendaItem",
          AgendaItem::builder,
          AgendaItem.Builder::build,
          Field.optionalInt("number", AgendaItem::number, AgendaItem.Builder::number),
          Field.optionalText(
              "numberLabel", AgendaItem::numberLabel, AgendaItem.Builder::numberLabel),
          Field.text("title", AgendaItem::title, AgendaItem.Builder::title),
          Field.list(
              "titles",
              PublishedTitleFormat.FORMAT,
              AgendaItem::titles,
              AgendaItem.Builder::addTitle),
          Field.textList("topics", AgendaItem::topics, AgendaItem.Builder::addTopic),
          Field.list(
              "statements",
              StatementFormat.FORMAT,
              AgendaItem::statements,
              AgendaItem.Builder::addStatement),
          Field.list(
              "outcomes",
              OutcomeFormat.FORMAT,
              AgendaItem::outcomes,
              AgendaItem.Builder::addOutcome),
          Field.list(
              "jointProjects",
              JointProjectFormat.FORMAT,
              AgendaItem::jointProjects,
              AgendaItem.Builder::addJointProject));

  private AgendaItemFormat() {}
}
