package dev.parley.examples.cli;

import dev.parley.core.model.Claim;
import dev.parley.core.model.Discrepancy;
import dev.parley.core.model.Session;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The facts a session's sources disagree on, reported by {@code validate} as warnings, never as
 * errors: {@code warning: FILE: SESSION: discrepancies[i]: the sources disagree on FACT: VALUE
 * (sources[k] 'TITLE'), ...; the record follows sources[k]}.
 */
final class Discrepancies {
  private Discrepancies() {}

  /** Prints one warning per discrepancy of the session. */
  static void warn(Path file, Session session, PrintWriter warnings) {
    List<Discrepancy> all = session.discrepancies();
    for (int i = 0; i < all.size(); i++) {
      Discrepancy d = all.get(i);
      StringBuilder line =
          new StringBuilder()
              .append(file)
              .append(": ")
              .append(session.label())
              .append(": discrepancies[")
              .append(i)
              .append("]: the sources disagree on ")
              .append(d.fact())
              .append(": ");
      for (int c = 0; c < d.claims().size(); c++) {
        Claim claim = d.claims().get(c);
        line.append(c == 0 ? "" : ", ")
            .append('\'')
            .append(claim.value())
            .append("' (sources[")
            .append(claim.source())
            .append("] '")
            .append(session.sources().get(claim.source()).title())
            .append("')");
      }
      line.append("; the record follows sources[").append(d.followedClaim().source()).append(']');
      warnings.println("warning: " + TerminalText.errorLine(line.toString()));
    }
  }
}
