package dev.parley.json;

import dev.parley.core.model.Delegation;

/** {@link Delegation} as JSON. */
final class DelegationFormat {
  static final RecordFormat<Delegation, Delegation.Builder> FORMAT =
      new RecordFormat<>(
          "Delegation",
          Delegation::builder,
          Delegation.Builder::build,
          Field.object("party", PartyFormat.FORMAT, Delegation::party, Delegation.Builder::party),
          Field.list(
              "members",
              ParticipantFormat.FORMAT,
              Delegation::members,
              Delegation.Builder::addMember),
          Field.list(
              "organizations",
              OrganizationFormat.FORMAT,
              Delegation::organizations,
              Delegation.Builder::addOrganization),
          Field.flag("andOthers", Delegation::andOthers, Delegation.Builder::andOthers),
          Field.optionalText(
              "othersDescription",
              Delegation::othersDescription,
              Delegation.Builder::othersDescription),
          Field.optionalInt("headCount", Delegation::headCount, Delegation.Builder::headCount));

  private DelegationFormat() {}
}
