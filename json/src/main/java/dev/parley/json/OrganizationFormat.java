package dev.parley.json;

import dev.parley.core.model.Organization;
import dev.parley.core.model.OrganizationKind;

/** {@link Organization} as JSON. */
final class OrganizationFormat {
  static final RecordFormat<Organization, Organization.Builder> FORMAT =
      new RecordFormat<>(
          "Organization",
          true,
          Organization::builder,
          Organization.Builder::build,
          Field.text("name", Organization::name, Organization.Builder::name),
          Field.optionalText("acronym", Organization::acronym, Organization.Builder::acronym),
          Field.object(
              "party", PartyFormat.FORMAT, Organization::party, Organization.Builder::party),
          Field.coded(
              "kind", OrganizationKind.class, Organization::kind, Organization.Builder::kind));

  private OrganizationFormat() {}
}
