package dev.parley.core.report;

import dev.parley.core.history.Appearance;
import dev.parley.core.history.TimelineColumn;
import dev.parley.core.history.TopicTimeline;
import dev.parley.core.history.TopicTrack;
import dev.parley.core.model.Commitment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link TopicTimeline} as an SVG picture: one row per topic, one column per session in date
 * order (labelled with date, dialogue and ordinal), each cell shaded by the commitment on that
 * topic at that session, with a legend. Well-formed XML that opens in any browser; labels are never
 * cut off, because the picture is sized to its longest labels.
 *
 * <p>Each cell is a {@code <rect class="cell">} with {@code data-topic}, {@code data-session} (the
 * column, from 1) and {@code data-commitment} attributes and a tooltip; {@code data-commitment} is
 * {@code unknown} where the session's record is partial and does not show the topic, apart from
 * {@code absent}.
 */
public final class TimelineSvg {
  private static final int CELL = 22;
  private static final int GAP = 2;
  private static final int CHAR = 7;
  private static final int MARGIN = 16;
  private static final String ABSENT = "#ffffff";
  private static final String NO_OUTCOME = "#d9d9d9";
  private static final String UNKNOWN = "#fdf1c7";
  private static final String[] SHADES = {
    "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"
  };

  private TimelineSvg() {}

  /**
   * The fill colour of a cell: white when absent, grey on the agenda without an outcome, and darker
   * blue the stronger the commitment.
   *
   * @param present whether the topic is on that session's agenda
   * @param commitment the strongest commitment there, if any
   * @return a CSS colour
   */
  public static String shade(boolean present, Optional<Commitment> commitment) {
    if (!present) {
      return ABSENT;
    }
    return commitment.map(c -> SHADES[c.ordinal()]).orElse(NO_OUTCOME);
  }

  /**
   * Draws the timeline.
   *
   * @param timeline the timeline
   * @return the SVG document
   */
  public static String render(TopicTimeline timeline) {
    List<TimelineColumn> sessions = timeline.columns();
    List<TopicTrack> tracks = timeline.tracks();
    int labelWidth = 60;
    for (TopicTrack t : tracks) {
      labelWidth = Math.max(labelWidth, rowLabel(t).length() * CHAR);
    }
    int headerHeight = 60;
    for (TimelineColumn s : sessions) {
      headerHeight = Math.max(headerHeight, (int) (s.label().length() * CHAR * 0.72));
    }
    int legendWidth = 0;
    for (Commitment c : Commitment.values()) {
      legendWidth += CELL + 8 + c.code().length() * CHAR + 16;
    }
    legendWidth += 3 * (CELL + 8 + 14 * CHAR + 16);
    int gridLeft = MARGIN + labelWidth + 8;
    int gridTop = MARGIN + 28 + headerHeight;
    int columnsRight = gridLeft + sessions.size() * (CELL + GAP) + headerHeight;
    int width = Math.max(columnsRight, MARGIN * 2 + legendWidth) + MARGIN;
    int height = gridTop + tracks.size() * (CELL + GAP) + 60;

    StringBuilder svg = new StringBuilder(4096);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
        .append("  <title>Topic timeline: ")
        .append(sessions.size())
        .append(" sessions, ")
        .append(tracks.size())
        .append(" topics</title>\n")
        .append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        .append("  <text x=\"")
        .append(MARGIN)
        .append("\" y=\"")
        .append(MARGIN + 12)
        .append("\" font-size=\"15\" font-weight=\"bold\">Topic timeline</text>\n");
    for (int i = 0; i < sessions.size(); i++) {
      int x = gridLeft + i * (CELL + GAP) + CELL / 2 + 4;
      int y = gridTop - 6;
      svg.append("  <text class=\"session\" x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y)
          .append("\" transform=\"rotate(-45 ")
          .append(x)
          .append(' ')
          .append(y)
          .append(")\">")
          .append(escape(sessions.get(i).label()))
          .append("</text>\n");
    }
    for (int r = 0; r < tracks.size(); r++) {
      TopicTrack t = tracks.get(r);
      int y = gridTop + r * (CELL + GAP);
      svg.append("  <text class=\"topic\" x=\"")
          .append(gridLeft - 8)
          .append("\" y=\"")
          .append(y + CELL - 7)
          .append("\" text-anchor=\"end\">")
          .append(escape(rowLabel(t)))
          .append("</text>\n");
      Appearance[] byColumn = new Appearance[sessions.size()];
      t.appearances().forEach(a -> byColumn[a.index()] = a);
      for (int c = 0; c < sessions.size(); c++) {
        Appearance a = byColumn[c];
        Optional<Commitment> level = a == null ? Optional.empty() : a.commitment();
        boolean unknown = a == null && t.isUnknownAt(c);
        String code =
            unknown
                ? "unknown"
                : a == null ? "absent" : level.map(Commitment::code).orElse("no-outcome");
        svg.append("  <rect class=\"cell\" data-topic=\"")
            .append(escape(t.topic().id()))
            .append("\" data-session=\"")
            .append(c + 1)
            .append("\" data-commitment=\"")
            .append(code)
            .append("\" x=\"")
            .append(gridLeft + c * (CELL + GAP))
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(CELL)
            .append("\" height=\"")
            .append(CELL)
            .append("\" fill=\"")
            .append(unknown ? UNKNOWN : shade(a != null, level))
            .append("\" stroke=\"#bdbdbd\"><title>")
            .append(escape(t.topic().prefLabel() + " — " + sessions.get(c).label() + ": " + code))
            .append("</title></rect>\n");
      }
    }
    legend(svg, MARGIN, gridTop + tracks.size() * (CELL + GAP) + 24);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void legend(StringBuilder svg, int x0, int y) {
    int x = x0;
    x = key(svg, x, y, ABSENT, "absent");
    x = key(svg, x, y, UNKNOWN, "not reported");
    x = key(svg, x, y, NO_OUTCOME, "no outcome");
    for (Commitment c : Commitment.values()) {
      x = key(svg, x, y, SHADES[c.ordinal()], c.code());
    }
  }

  private static int key(StringBuilder svg, int x, int y, String fill, String label) {
    svg.append("  <rect class=\"legend\" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(CELL)
        .append("\" height=\"")
        .append(CELL)
        .append("\" fill=\"")
        .append(fill)
        .append("\" stroke=\"#bdbdbd\"/>\n  <text x=\"")
        .append(x + CELL + 6)
        .append("\" y=\"")
        .append(y + CELL - 7)
        .append("\">")
        .append(escape(label))
        .append("</text>\n");
    return x + CELL + 8 + label.length() * CHAR + 16;
  }

  private static String rowLabel(TopicTrack t) {
    return t.topic().prefLabel() + " (" + t.topic().id() + ")";
  }

  /** Text safe inside XML elements and attributes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&apos;");
          break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}
