package dev.parley.core.report;

import dev.parley.core.history.Appearance;
import dev.parley.core.history.TimelineColumn;
import dev.parley.core.history.TopicTimeline;
import dev.parley.core.history.TopicTrack;
import dev.parley.core.model.Commitment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link TopicTimeline} as an SVG picture: the legend first, then one row per topic and one
 * column per session in date order, then the numbered list of the sessions. Each cell carries the
 * letter of the text report ({@code I S C R A J} for the commitment levels, {@code +} on the agenda
 * without an outcome, a dot when absent) on a colour that darkens with the commitment.
 *
 * <p>The colours are a sequential ramp sampled from viridis, light yellow for {@code informed} to
 * deep violet for {@code joint-action}: their lightness falls by a clear step at each level, so
 * people with any common colour-vision deficiency, and a grey-scale printout, still tell them
 * apart; the letters say the level without any colour at all. The columns are numbered (with the
 * year above the first column of each year) instead of carrying their long labels, so the grid
 * keeps the space; the picture grows wider with every session and never cuts off a label.
 *
 * <p>Each cell is a {@code <rect class="cell">} with {@code data-topic}, {@code data-session} (the
 * column, from 1) and {@code data-commitment} attributes and a tooltip naming the topic, the
 * session and the level. Well-formed XML that opens in any browser. Cost linear in the number of
 * cells.
 */
public final class TimelineSvg {
  private static final int CELL = 26;
  private static final int GAP = 2;
  private static final int STEP = CELL + GAP;
  private static final double CHAR = 6.8;
  private static final int MARGIN = 16;
  private static final int MAX_LABEL = 36;
  private static final int MIN_WIDTH = 360;
  private static final String ABSENT = "#ffffff";
  private static final String NO_OUTCOME = "#e6e6e6";
  private static final String DARK_INK = "#1a1a1a";
  private static final String LIGHT_INK = "#ffffff";

  /** Viridis at 1.0, 0.7, 0.6, 0.4, 0.2 and 0.0: weakest (lightest) to strongest (darkest). */
  private static final String[] SHADES = {
    "#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154"
  };

  private TimelineSvg() {}

  /**
   * The fill colour of a cell: white when absent, light grey on the agenda without an outcome, and
   * darker the stronger the commitment (light yellow, green, teal, blue, indigo, violet).
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
   * The colour of the letter written on a cell of the given shade: white on the three darkest
   * shades, near-black on the others, so that it always stands out.
   *
   * @param present whether the topic is on that session's agenda
   * @param commitment the strongest commitment there, if any
   * @return a CSS colour
   */
  public static String ink(boolean present, Optional<Commitment> commitment) {
    if (!present) {
      return "#8c8c8c";
    }
    return commitment
        .filter(c -> c.compareTo(Commitment.REAFFIRMED) >= 0)
        .map(c -> LIGHT_INK)
        .orElse(DARK_INK);
  }

  /**
   * Draws the timeline as a standalone SVG document.
   *
   * @param timeline the timeline
   * @return the SVG document, with its XML declaration
   */
  public static String render(TopicTimeline timeline) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + element(timeline, c -> Optional.empty());
  }

  /**
   * Draws the timeline as an {@code <svg>} element to place inside an HTML page, with the session
   * numbers and the sessions' list linked where {@code link} gives an address.
   *
   * @param timeline the timeline
   * @param link the address of a session's page, if it has one; escaped here
   * @return the {@code <svg>} element, without an XML declaration
   */
  public static String element(
      TopicTimeline timeline, Function<TimelineColumn, Optional<String>> link) {
    List<TimelineColumn> sessions = timeline.columns();
    List<TopicTrack> tracks = timeline.tracks();
    int labelWidth = 60;
    for (TopicTrack t : tracks) {
      labelWidth = Math.max(labelWidth, width(rowLabel(t)));
    }
    int gridLeft = MARGIN + labelWidth + 10;
    int gridRight = gridLeft + sessions.size() * STEP;
    int keyWidth = 0;
    for (int i = 0; i < sessions.size(); i++) {
      keyWidth = Math.max(keyWidth, width(keyLine(i, sessions.get(i))) + 40);
    }
    int width = Math.max(Math.max(gridRight + MARGIN, MARGIN * 2 + keyWidth), MIN_WIDTH);

    StringBuilder body = new StringBuilder(4096 + 600 * tracks.size());
    int y = legend(body, MARGIN + 44, width);
    int yearsY = y + 14;
    int numbersY = yearsY + 16;
    int gridTop = numbersY + 8;
    int lastYear = Integer.MIN_VALUE;
    for (int i = 0; i < sessions.size(); i++) {
      TimelineColumn s = sessions.get(i);
      int x = gridLeft + i * STEP;
      if (s.start().year() != lastYear) {
        lastYear = s.start().year();
        body.append("  <text class=\"year\" x=\"")
            .append(x)
            .append("\" y=\"")
            .append(yearsY)
            .append("\" font-size=\"10\" fill=\"#555555\">")
            .append(lastYear)
            .append("</text>\n");
      }
      String number =
          "<text class=\"session\" x=\""
              + (x + CELL / 2)
              + "\" y=\""
              + numbersY
              + "\" text-anchor=\"middle\" font-weight=\"bold\"><title>"
              + escape(s.label())
              + "</title>"
              + (i + 1)
              + "</text>";
      body.append("  ").append(linked(number, link.apply(s))).append('\n');
    }
    for (int r = 0; r < tracks.size(); r++) {
      TopicTrack t = tracks.get(r);
      int rowTop = gridTop + r * STEP;
      body.append("  <text class=\"topic\" x=\"")
          .append(gridLeft - 8)
          .append("\" y=\"")
          .append(rowTop + CELL / 2 + 4)
          .append("\" text-anchor=\"end\"><title>")
          .append(escape(t.topic().prefLabel() + " (" + t.topic().id() + ")"))
          .append("</title>")
          .append(escape(rowLabel(t)))
          .append("</text>\n");
      Appearance[] byColumn = new Appearance[sessions.size()];
      t.appearances().forEach(a -> byColumn[a.index()] = a);
      for (int c = 0; c < sessions.size(); c++) {
        Appearance a = byColumn[c];
        cell(body, t, sessions.get(c), c, a, gridLeft + c * STEP, rowTop);
      }
    }
    int keyTop = gridTop + tracks.size() * STEP + 22;
    body.append("  <text x=\"")
        .append(MARGIN)
        .append("\" y=\"")
        .append(keyTop)
        .append("\" font-weight=\"bold\">Sessions</text>\n");
    for (int i = 0; i < sessions.size(); i++) {
      String line =
          "<text class=\"key\" x=\""
              + MARGIN
              + "\" y=\""
              + (keyTop + 18 * (i + 1))
              + "\">"
              + escape(keyLine(i, sessions.get(i)))
              + "</text>";
      body.append("  ").append(linked(line, link.apply(sessions.get(i)))).append('\n');
    }
    int height = keyTop + 18 * sessions.size() + MARGIN;

    StringBuilder svg = new StringBuilder(body.length() + 1024);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n")
        .append("  <title>Topic timeline: ")
        .append(counted(sessions.size(), "session"))
        .append(", ")
        .append(counted(tracks.size(), "topic"))
        .append("</title>\n")
        .append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        .append("  <text x=\"")
        .append(MARGIN)
        .append("\" y=\"")
        .append(MARGIN + 12)
        .append("\" font-size=\"15\" font-weight=\"bold\">Topic timeline</text>\n")
        .append("  <text x=\"")
        .append(MARGIN)
        .append("\" y=\"")
        .append(MARGIN + 30)
        .append("\" fill=\"#555555\">")
        .append(counted(sessions.size(), "session"))
        .append(", ")
        .append(counted(tracks.size(), "topic"))
        .append("; the darker, the stronger the commitment</text>\n")
        .append(body)
        .append("</svg>\n");
    return svg.toString();
  }

  private static void cell(
      StringBuilder svg,
      TopicTrack t,
      TimelineColumn session,
      int column,
      Appearance a,
      int x,
      int y) {
    boolean present = a != null;
    Optional<Commitment> level = present ? a.commitment() : Optional.empty();
    String code = present ? level.map(Commitment::code).orElse("no-outcome") : "absent";
    String meaning =
        present ? level.map(Commitment::code).orElse("on the agenda, no outcome") : "absent";
    svg.append("  <g><title>")
        .append(escape(t.topic().prefLabel() + " — " + session.label() + ": " + meaning))
        .append("</title>");
    box(
        svg,
        " class=\"cell\" data-topic=\""
            + escape(t.topic().id())
            + "\" data-session=\""
            + (column + 1)
            + "\" data-commitment=\""
            + code
            + "\"",
        x,
        y,
        present,
        level);
    svg.append("</g>\n");
  }

  /** A square of the level's shade with its letter: a cell of the grid or a key of the legend. */
  private static void box(
      StringBuilder svg,
      String attributes,
      int x,
      int y,
      boolean present,
      Optional<Commitment> level) {
    svg.append("<rect")
        .append(attributes)
        .append(" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(CELL)
        .append("\" height=\"")
        .append(CELL)
        .append("\" fill=\"")
        .append(shade(present, level))
        .append("\" stroke=\"")
        .append(present ? "#6e6e6e" : "#dddddd")
        .append("\"/><text class=\"letter\" x=\"")
        .append(x + CELL / 2)
        .append("\" y=\"")
        .append(y + CELL / 2 + 5)
        .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"")
        .append(ink(present, level))
        .append("\" pointer-events=\"none\">")
        .append(present ? String.valueOf(TimelineReport.symbol(level)) : "·")
        .append("</text>");
  }

  /**
   * Draws the legend, the six levels weakest first and then the two marks without a level, in rows
   * that fit the width; returns the y below it.
   */
  private static int legend(StringBuilder svg, int top, int width) {
    int x = MARGIN;
    int y = top;
    for (int k = 0; k < 8; k++) {
      boolean present = k < 7;
      Optional<Commitment> level = k < 6 ? Optional.of(Commitment.values()[k]) : Optional.empty();
      String label =
          k < 6 ? level.get().code() : k == 6 ? "on the agenda, no outcome" : "not on the agenda";
      int keyWidth = CELL + 6 + width(label) + 16;
      if ((x > MARGIN && x + keyWidth > width - MARGIN) || (k == 6 && x > MARGIN)) {
        x = MARGIN;
        y += CELL + 6;
      }
      svg.append("  <g class=\"legend\">");
      box(svg, "", x, y, present, level);
      svg.append("<text x=\"")
          .append(x + CELL + 6)
          .append("\" y=\"")
          .append(y + CELL / 2 + 4)
          .append("\">")
          .append(escape(label))
          .append("</text></g>\n");
      x += keyWidth;
    }
    return y + CELL + 8;
  }

  private static String linked(String element, Optional<String> href) {
    return href.map(h -> "<a href=\"" + escape(h) + "\">" + element + "</a>").orElse(element);
  }

  private static String counted(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String keyLine(int index, TimelineColumn s) {
    return (index + 1) + "   " + s.label();
  }

  private static String rowLabel(TopicTrack t) {
    String label = t.topic().prefLabel();
    if (label.length() <= MAX_LABEL) {
      return label;
    }
    int cut = MAX_LABEL - 1;
    if (Character.isHighSurrogate(label.charAt(cut - 1))) {
      cut--;
    }
    return label.substring(0, cut) + "…";
  }

  private static int width(String text) {
    return (int) Math.ceil(text.length() * CHAR);
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
