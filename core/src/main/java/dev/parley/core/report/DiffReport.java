package dev.parley.core.report;

import dev.parley.core.diff.AddedTopic;
import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.diff.ContinuedTopic;
import dev.parley.core.diff.DroppedTopic;
import dev.parley.core.diff.MovedTopic;
import dev.parley.core.diff.ShiftedTopic;
import dev.parley.core.diff.UnreportedTopic;
import dev.parley.core.model.Coded;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Party;
import dev.parley.core.topic.Topic;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * An {@link AgendaDiff} as a report a person reads: plain text for a terminal, Markdown for a
 * code-hosting page. Both list continued, added, dropped, not reported, shifted and moved topics,
 * then the unclassified items, always in the same order for the same diff. A level that a meeting
 * known only in part does not show reads {@code unknown}, never {@code no outcome}.
 */
public final class DiffReport {
  private DiffReport() {}

  /**
   * The diff as plain text.
   *
   * @param diff the diff
   * @return the report, lines ending in {@code \n}
   */
  public static String text(AgendaDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append("Agenda diff\n  from: ")
        .append(OneLine.of(diff.olderName()))
        .append("\n  to:   ")
        .append(OneLine.of(diff.newerName()))
        .append("\n");
    section(out, "Continued", diff.continued().size());
    for (ContinuedTopic c : diff.continued()) {
      out.append("  ")
          .append(topic(c.topic()))
          .append(": ")
          .append(level(c.before(), c.beforeKnown()))
          .append(" -> ")
          .append(level(c.after(), c.afterKnown()))
          .append(" (")
          .append(c.direction().code())
          .append(")\n");
      out.append("      before: ").append(OneLine.join("; ", c.titlesBefore())).append("\n");
      out.append("      after:  ").append(OneLine.join("; ", c.titlesAfter())).append("\n");
      raisedBy(out, c.raisedBy());
    }
    section(out, "Added", diff.added().size());
    for (AddedTopic a : diff.added()) {
      out.append("  ").append(topic(a.topic())).append(": ").append(level(a.commitment()));
      out.append("\n      titles: ").append(OneLine.join("; ", a.titles())).append("\n");
      raisedBy(out, a.raisedBy());
    }
    section(out, "Dropped", diff.dropped().size());
    for (DroppedTopic d : diff.dropped()) {
      out.append("  ")
          .append(topic(d.topic()))
          .append(": ")
          .append(level(d.commitment()))
          .append(d.stillMentioned() ? " (still mentioned)" : "")
          .append("\n      titles: ")
          .append(OneLine.join("; ", d.titles()))
          .append("\n");
    }
    section(out, "Not reported", diff.notReported().size());
    for (UnreportedTopic u : diff.notReported()) {
      out.append("  ")
          .append(topic(u.topic()))
          .append(": ")
          .append(level(u.commitment()))
          .append(" (")
          .append(notShownBy(u))
          .append(u.mentioned() ? "; mentioned there" : "")
          .append(")\n      titles: ")
          .append(OneLine.join("; ", u.titles()))
          .append("\n");
    }
    section(out, "Shifted", diff.shifted().size());
    for (ShiftedTopic s : diff.shifted()) {
      out.append("  ")
          .append(topic(s.from().topic()))
          .append(s.narrowed() ? " narrowed to " : " broadened to ")
          .append(topic(s.to().topic()))
          .append("\n");
    }
    section(out, "Moved", diff.moved().size());
    for (MovedTopic m : diff.moved()) {
      out.append("  ")
          .append(topic(m.topic()))
          .append(": ")
          .append(codes(m.from()))
          .append(" -> ")
          .append(codes(m.to()))
          .append("\n");
    }
    section(out, "Unclassified", unclassifiedCount(diff));
    unclassified(out, diff, "  ", OneLine::of);
    return out.toString();
  }

  /**
   * The diff as Markdown: a heading, then a table per kind of change.
   *
   * @param diff the diff
   * @return the report, lines ending in {@code \n}
   */
  public static String markdown(AgendaDiff diff) {
    StringBuilder out = new StringBuilder();
    out.append("## Agenda diff\n\nFrom **")
        .append(Markdown.escape(diff.olderName()))
        .append("** to **")
        .append(Markdown.escape(diff.newerName()))
        .append("**\n");
    out.append("\n### Continued (").append(diff.continued().size()).append(")\n\n");
    if (!diff.continued().isEmpty()) {
      out.append("| topic | before | after | commitment | raised by |\n|---|---|---|---|---|\n");
      for (ContinuedTopic c : diff.continued()) {
        Markdown.row(
            out,
            topic(c.topic()),
            String.join("; ", c.titlesBefore()),
            String.join("; ", c.titlesAfter()),
            level(c.before(), c.beforeKnown())
                + " → "
                + level(c.after(), c.afterKnown())
                + " ("
                + c.direction().code()
                + ")",
            parties(c.raisedBy()));
      }
    }
    out.append("\n### Added (").append(diff.added().size()).append(")\n\n");
    if (!diff.added().isEmpty()) {
      out.append("| topic | titles | commitment | raised by |\n|---|---|---|---|\n");
      for (AddedTopic a : diff.added()) {
        Markdown.row(
            out,
            topic(a.topic()),
            String.join("; ", a.titles()),
            level(a.commitment()),
            parties(a.raisedBy()));
      }
    }
    out.append("\n### Dropped (").append(diff.dropped().size()).append(")\n\n");
    if (!diff.dropped().isEmpty()) {
      out.append("| topic | titles | commitment | still mentioned |\n|---|---|---|---|\n");
      for (DroppedTopic d : diff.dropped()) {
        Markdown.row(
            out,
            topic(d.topic()),
            String.join("; ", d.titles()),
            level(d.commitment()),
            d.stillMentioned() ? "yes" : "no");
      }
    }
    out.append("\n### Not reported (").append(diff.notReported().size()).append(")\n\n");
    if (!diff.notReported().isEmpty()) {
      out.append("| topic | titles | commitment | not shown by | mentioned there |\n");
      out.append("|---|---|---|---|---|\n");
      for (UnreportedTopic u : diff.notReported()) {
        Markdown.row(
            out,
            topic(u.topic()),
            String.join("; ", u.titles()),
            level(u.commitment()),
            u.missingFromNewer() ? "newer" : "older",
            u.mentioned() ? "yes" : "no");
      }
    }
    out.append("\n### Shifted (").append(diff.shifted().size()).append(")\n\n");
    for (ShiftedTopic s : diff.shifted()) {
      out.append("- ")
          .append(Markdown.escape(topic(s.from().topic())))
          .append(s.narrowed() ? " narrowed to " : " broadened to ")
          .append(Markdown.escape(topic(s.to().topic())))
          .append("\n");
    }
    out.append("\n### Moved (").append(diff.moved().size()).append(")\n\n");
    for (MovedTopic m : diff.moved()) {
      out.append("- ")
          .append(Markdown.escape(topic(m.topic())))
          .append(": ")
          .append(codes(m.from()))
          .append(" → ")
          .append(codes(m.to()))
          .append("\n");
    }
    out.append("\n### Unclassified (").append(unclassifiedCount(diff)).append(")\n\n");
    unclassified(out, diff, "- ", Markdown::escape);
    return out.toString();
  }

  /**
   * The titles no topic was found for, one a line: {@code mark}, the kind of change, the title as
   * {@code shown} makes it safe for the report.
   */
  private static void unclassified(
      StringBuilder out, AgendaDiff diff, String mark, UnaryOperator<String> shown) {
    lines(out, mark + "added: ", diff.unclassified().added(), shown);
    lines(out, mark + "dropped: ", diff.unclassified().dropped(), shown);
    lines(out, mark + "kept: ", diff.unclassified().kept(), shown);
    lines(out, mark + "not reported: ", diff.unclassified().notReported(), shown);
  }

  private static void lines(
      StringBuilder out, String prefix, List<String> titles, UnaryOperator<String> shown) {
    for (String t : titles) {
      out.append(prefix).append(shown.apply(t)).append('\n');
    }
  }

  private static int unclassifiedCount(AgendaDiff diff) {
    return diff.unclassified().added().size()
        + diff.unclassified().dropped().size()
        + diff.unclassified().kept().size()
        + diff.unclassified().notReported().size();
  }

  private static void section(StringBuilder out, String name, int count) {
    out.append("\n").append(name).append(" (").append(count).append(")\n");
  }

  private static void raisedBy(StringBuilder out, List<Party> parties) {
    if (!parties.isEmpty()) {
      out.append("      raised by: ").append(parties(parties)).append("\n");
    }
  }

  static String topic(Topic t) {
    return t.id() + " (" + OneLine.of(t.prefLabel()) + ")";
  }

  static String level(Optional<Commitment> c) {
    return c.map(Commitment::code).orElse("no outcome");
  }

  /** A level, or {@code unknown} where a record known only in part shows none. */
  private static String level(Optional<Commitment> c, boolean known) {
    return known ? level(c) : "unknown";
  }

  private static String notShownBy(UnreportedTopic u) {
    return u.missingFromNewer()
        ? "the newer record is partial and does not show it"
        : "the older record is partial and does not show it";
  }

  private static String parties(List<Party> parties) {
    return parties.stream().map(Party::code).collect(Collectors.joining(", "));
  }

  private static String codes(List<? extends Coded> terms) {
    return terms.stream().map(Coded::code).collect(Collectors.joining(", "));
  }
}
