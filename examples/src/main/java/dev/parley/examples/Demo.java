package dev.parley.examples;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Session;
import dev.parley.examples.seeds.Seeds;
import java.io.PrintStream;

/**
 * Builds the five seed press releases as records and prints what each holds: a first look at Parley
 * for a new user.
 */
public final class Demo {
  private Demo() {}

  /**
   * Prints a summary of every seed session.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }

  /**
   * Writes a summary of every seed session: series, ordinal, dates, segments and agenda.
   *
   * @param out where to write
   */
  public static void print(PrintStream out) {
    for (Session s : Seeds.sessions()) {
      out.printf(
          "%s — %s, %s%s%n",
          s.dialogue().name(), s.title(), s.start(), s.end().map(e -> " to " + e).orElse(""));
      s.segments()
          .forEach(
              seg -> {
                out.printf("  [%s] %s%n", seg.kind().code(), seg.title());
                for (AgendaItem item : seg.agenda()) {
                  out.printf(
                      "    %s%s%s%n",
                      item.number().isPresent() ? item.number().getAsInt() + ". " : "- ",
                      item.title(),
                      item.strongestCommitment().map(c -> "  (" + c.code() + ")").orElse(""));
                }
              });
      s.notes().forEach(n -> out.println("  note: " + n));
      out.println();
    }
  }
}
