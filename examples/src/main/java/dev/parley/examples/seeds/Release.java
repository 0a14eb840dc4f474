package dev.parley.examples.seeds;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.Organization;
import dev.parley.core.model.OrganizationKind;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.Participant;
import dev.parley.core.model.Party;
import dev.parley.core.model.Statement;
import dev.parley.core.model.StatementAct;
import java.util.List;

/**
 * The phrases of a press release as records: who said what, and who bound themselves to what.
 *
 * <p>How the seeds read a release: a sentence in which the parties bind themselves becomes an
 * {@link Outcome} with the whole sentence as its text; a sentence that only informs becomes a
 * {@link Statement}; where one sentence does both ("Japan explained X, and both parties decided to
 * continue their cooperation"), the statement keeps its own clause and the outcome the whole
 * sentence. The level of an outcome follows the wording list of the seeds' README, read with its
 * object: "confirmed the importance of" shares a view, "confirmed that both countries would
 * cooperate" agrees to cooperate, "confirmed their continued commitment" reaffirms.
 */
final class Release {
  private Release() {}

  static Statement said(StatementAct act, String text, Party... parties) {
    return Statement.builder().parties(List.of(parties)).act(act).text(text).build();
  }

  static Outcome bound(Commitment commitment, String text, Party... parties) {
    return Outcome.builder().parties(List.of(parties)).commitment(commitment).text(text).build();
  }

  static Organization body(String name, String acronym, Party party, OrganizationKind kind) {
    Organization.Builder b = Organization.builder().name(name).party(party).kind(kind);
    if (acronym != null) {
      b.acronym(acronym);
    }
    return b.build();
  }

  static Participant person(String name, String title, Organization organization) {
    return Participant.builder()
        .name(name)
        .title(title)
        .organization(organization)
        .party(organization.party())
        .build();
  }
}
