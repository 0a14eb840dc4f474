package dev.parley.core.release;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.InvalidRecordException;
import dev.parley.core.model.JointProject;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.NextMeeting;
import dev.parley.core.model.Organization;
import dev.parley.core.model.OrganizationKind;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Participant;
import dev.parley.core.model.Party;
import dev.parley.core.model.Place;
import dev.parley.core.model.ProjectStatus;
import dev.parley.core.model.Rules;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.Statement;
import dev.parley.core.model.StatementAct;
import dev.parley.core.topic.Topic;
import dev.parley.core.topic.TopicScheme;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a press release about a policy dialogue meeting, such as MIC's "Results of
 * Fourth Japan-Germany ICT Policy Dialogue" or "日EU・ICT政策対話（第27回）の結果", into a {@link Draft}: valid
 * {@link Session}s holding what the release states, and a review list of every value that was
 * inferred rather than read, or not found, with the line it rests on.
 *
 * <p>What it reads: the heading (publication date, title, the meeting's series, ordinal and
 * parties, through a {@link DialogueCatalogue}); the meeting's dates (with or without the year,
 * ranges, Japanese era dates), place and mode; the structure (overview and achievements sections,
 * nested numbering such as {@code 1.}, {@code (1)}, {@code ア}, {@code i)}, unnumbered items,
 * participant lists, footnotes, contact blocks); per agenda item its title as published, its
 * statements and its outcomes with a suggested {@link Commitment}; the next meeting; and the source
 * (publisher, title, publication date, division). Text extracted from a PDF, with sentences broken
 * over lines, is joined again first.
 *
 * <p>What a release does not state is left out, never invented. Every step is linear in the text's
 * length, and texts longer than {@link #MAX_LENGTH} characters are refused, so a read takes bounded
 * time and memory. Instances are immutable and may be shared between threads.
 */
public final class ReleaseReader {
  /** The longest text read, in characters: far above any release (the seeds are 3 to 11 kB). */
  public static final int MAX_LENGTH = 1_000_000;

  private static final String MIC = "Ministry of Internal Affairs and Communications";

  /**
   * The longest party's line of a participants section read, in characters: real ones have a few
   * hundred. The split of a line into members looks back over it, so longer lines are not read.
   */
  private static final int MAX_DELEGATION_LINE = 2_000;

  /**
   * Meetings from this day on are often held partly online, so a named place no longer implies that
   * everyone attended in person.
   */
  private static final LocalDate ONLINE_ERA = LocalDate.of(2020, 3, 1);

  /**
   * Broad topics that most sentences of a release touch ("the digital economy", "international
   * fora"): never inferred for an item from what its text mentions, only from its title.
   */
  private static final Set<String> UMBRELLA =
      Set.of(
          "digital-economy",
          "international-fora",
          "ict-regulation",
          "innovation",
          "data-economy",
          "research-development");

  private final DialogueCatalogue catalogue;
  private final TopicScheme scheme;

  private ReleaseReader(DialogueCatalogue catalogue, TopicScheme scheme) {
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.scheme = Objects.requireNonNull(scheme, "scheme");
  }

  /**
   * A reader with the default catalogue and topic scheme.
   *
   * @return the reader
   */
  public static ReleaseReader defaults() {
    return of(DialogueCatalogue.defaultCatalogue(), TopicScheme.defaultScheme());
  }

  /**
   * A reader that knows the given series, and resolves item titles with the given scheme (to name
   * the topics of items whose title is too vague to name them).
   *
   * @param catalogue the known dialogue series
   * @param scheme the topic scheme
   * @return the reader
   */
  public static ReleaseReader of(DialogueCatalogue catalogue, TopicScheme scheme) {
    return new ReleaseReader(catalogue, scheme);
  }

  /**
   * Reads a release.
   *
   * @param name the name of the text in the review list and in messages, such as its file name
   * @param text the release as plain text
   * @return the draft: one session per meeting the release reports, and the review list
   * @throws NotAReleaseException if the text is empty, binary, longer than {@link #MAX_LENGTH}, or
   *     reports no meeting
   */
  public Draft read(String name, CharSequence text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    return new Reading(name, checked(name, text)).draft();
  }

  private static String checked(String name, CharSequence text) {
    if (text.length() > MAX_LENGTH) {
      throw new NotAReleaseException(
          name,
          "the text has "
              + text.length()
              + " characters; a press release has far fewer than "
              + MAX_LENGTH);
    }
    int control = 0;
    int visible = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0
          || c == '\ufffd'
          || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
        control++;
      } else if (!Character.isWhitespace(c)) {
        visible++;
      }
    }
    if (visible == 0) {
      throw new NotAReleaseException(name, "the text is empty");
    }
    if (control > 0 && control * 100 >= text.length()) {
      throw new NotAReleaseException(
          name, "the text is binary: " + control + " of its characters are control characters");
    }
    return text.toString();
  }

  /** One meeting the release reports, and where in the blocks its own part lies. */
  private static final class Plan {
    final Dialogue dialogue;
    final int ordinal;
    final String ordinalWords;
    final int ordinalLine;
    final String mentionText;
    int from;
    int to;
    int sectionHeading = -1;
    String title;

    Plan(Dialogue dialogue, int ordinal, String ordinalWords, int ordinalLine, String mentionText) {
      this.dialogue = dialogue;
      this.ordinal = ordinal;
      this.ordinalWords = ordinalWords;
      this.ordinalLine = ordinalLine;
      this.mentionText = mentionText;
    }
  }

  /** The kinds of heading a release has besides its agenda items. */
  private enum Section {
    OVERVIEW,
    ACHIEVEMENTS,
    PARTICIPANTS,
    DATE,
    PLACE,
    NEXT,
    CONTACT,
    RELATED,
    REFERENCE,
    PROGRAM,
    NONE
  }

  /** The state of one read; nothing of it outlives the call. */
  private final class Reading {
    final String name;
    final List<Block> blocks;
    final List<ReviewNote> review = new ArrayList<>();
    String title;
    int titleLine;
    LocalDate published;
    int publishedLine;
    int contactFrom;
    int headerEnd;
    String division;
    String publisher;

    Reading(String name, String text) {
      this.name = name;
      this.blocks = Blocks.of(text);
      this.contactFrom = blocks.size();
    }

    void note(int line, ReviewNote.Kind kind, String field, String value, String evidence) {
      review.add(ReviewNote.of(name, line, kind, field, value, clip(evidence)));
    }

    Draft draft() {
      header();
      contact();
      List<Plan> plans = plans();
      scopes(plans);
      List<Session> sessions = new ArrayList<>();
      for (Plan plan : plans) {
        session(plan).ifPresent(sessions::add);
      }
      if (sessions.isEmpty()) {
        throw new NotAReleaseException(name, "no date is stated for the meeting it names");
      }
      review.sort((a, b) -> Integer.compare(a.line(), b.line()));
      return new Draft(sessions, review);
    }

    // ---------------------------------------------------------------- heading and source

    /** The publication date and the title, from the first blocks. */
    void header() {
      int limit = Math.min(blocks.size(), 8);
      for (int i = 0; i < limit; i++) {
        Block b = blocks.get(i);
        String t = b.text();
        if (t.isEmpty()
            || t.contains(" > ")
            || t.contains("＞")
            || t.equals("報道資料")
            || t.equalsIgnoreCase("press release")) {
          continue;
        }
        String folded = nfkc(t);
        if (published == null) {
          List<Dates.Found> dates = Dates.in(folded, 0);
          if (!dates.isEmpty() && dates.get(0).hasYear() && dates.get(0).start() <= 3) {
            published = dates.get(0).date();
            publishedLine = b.line();
            headerEnd = i + 1;
            String rest = trimPunctuation(folded.substring(dates.get(0).end()));
            if (!rest.isEmpty() && title == null) {
              title = rest;
              titleLine = b.line();
            }
            continue;
          }
        }
        if (title == null && t.length() <= 200 && !t.endsWith("。") && !isHeld(folded)) {
          title = t;
          titleLine = b.line();
          headerEnd = i + 1;
        }
        if (title != null && published != null) {
          break;
        }
      }
      if (title != null && Character.isLowerCase(title.charAt(0))) {
        note(
            titleLine,
            ReviewNote.Kind.INFERRED,
            "sources[0].title",
            quoted(title),
            "the title is cut off");
      }
      if (published == null) {
        note(
            1,
            ReviewNote.Kind.NOT_FOUND,
            "sources[0].published",
            "no publication date in the heading",
            "");
      }
    }

    /** Where the contact block starts, and the division it names. */
    void contact() {
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        if (contactFrom == blocks.size() && startsContact(b)) {
          contactFrom = i;
        }
        if (i >= contactFrom && division == null && b.text().length() < 200) {
          String t = b.text();
          Matcher m = DIVISION.matcher(t);
          if (m.find()) {
            division = m.group(1).trim();
          } else if (t.length() < 60 && (t.endsWith("課") || t.contains("局") && t.contains("課"))) {
            division = t.replaceAll("[（(].*$", "").trim();
          }
        }
      }
      String all = String.join("\n", texts(0, blocks.size()));
      if (all.contains(MIC)
          || all.contains("総務省")
          || Pattern.compile("\\bMIC\\b").matcher(all).find()) {
        publisher = MIC;
      } else {
        Matcher m = MINISTRY.matcher(all);
        if (m.find()) {
          publisher = m.group(1).trim();
          note(
              0,
              ReviewNote.Kind.INFERRED,
              "sources[0].publisher",
              quoted(publisher),
              "the first ministry named");
        } else {
          publisher = "Unknown publisher";
          note(
              0,
              ReviewNote.Kind.NOT_FOUND,
              "sources[0].publisher",
              "no ministry is named; correct \"Unknown publisher\"",
              "");
        }
      }
    }

    boolean startsContact(Block b) {
      String t = b.text().toLowerCase(Locale.ROOT);
      return t.startsWith("for further information")
          || t.equals("contact")
          || t.startsWith("contact:")
          || t.startsWith("inquiries")
          || t.startsWith("連絡先")
          || t.startsWith("問い合わせ")
          || t.startsWith("お問い合わせ")
          || t.startsWith("【連絡先")
          || t.startsWith("<連絡先")
          || t.startsWith("＜連絡先");
    }

    // ---------------------------------------------------------------- meetings

    /** The meetings the release reports: the series its title names, then any its body adds. */
    List<Plan> plans() {
      List<Plan> plans = new ArrayList<>();
      boolean cutOff = title != null && Character.isLowerCase(title.charAt(0));
      if (title != null && !cutOff) {
        for (DialogueCatalogue.Mention m : catalogue.mentions(title)) {
          addPlan(plans, m, nfkc(title), titleLine, 0, true);
        }
      }
      for (int i = 0; i < contactFrom; i++) {
        Block b = blocks.get(i);
        if (b.kind() != Block.Kind.PARAGRAPH) {
          continue;
        }
        for (String sentence : Sentences.of(b.text())) {
          String folded = nfkc(sentence);
          if (!isHeld(folded)) {
            continue;
          }
          for (DialogueCatalogue.Mention m : catalogue.mentions(folded)) {
            boolean known = plans.stream().anyMatch(p -> p.dialogue.id().equals(m.dialogue().id()));
            if (!known && (plans.isEmpty() || ordinalNear(folded, m) > 0)) {
              addPlan(plans, m, folded, b.line(), i, false);
            }
          }
        }
      }
      if (plans.isEmpty()) {
        plans.add(uncatalogued());
      }
      plans.get(0).from = 0;
      return plans;
    }

    void addPlan(
        List<Plan> plans,
        DialogueCatalogue.Mention m,
        String text,
        int line,
        int from,
        boolean fromTitle) {
      if (plans.stream().anyMatch(p -> p.dialogue.id().equals(m.dialogue().id()))) {
        return;
      }
      int ordinal = ordinalNear(text, m);
      Plan p =
          new Plan(m.dialogue(), ordinal, ordinalWords, line, text.substring(m.start(), m.end()));
      p.from = from;
      if (!fromTitle) {
        p.title = heldTitle(text, m);
      }
      plans.add(p);
    }

    private String ordinalWords = "";
    private int ordinalStart = -1;

    /** The ordinal written next to a mention: "27th", "Fourth", "第27回", "（第27回）", "2回目". */
    int ordinalNear(String text, DialogueCatalogue.Mention m) {
      ordinalWords = "";
      ordinalStart = -1;
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 16));
      Matcher a = ORDINAL_AFTER.matcher(after);
      if (a.lookingAt()) {
        ordinalWords = a.group().trim();
        return Integer.parseInt(a.group(1));
      }
      Matcher e =
          ORDINAL_AFTER_HELD.matcher(
              text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
      if (e.lookingAt()) {
        ordinalWords = e.group(1);
        return Integer.parseInt(e.group(2));
      }
      int from = Math.max(0, m.start() - 90);
      String before = text.substring(from, m.start());
      int best = -1;
      int value = 0;
      Matcher d = ORDINAL_DIGITS.matcher(before);
      while (d.find()) {
        best = d.start();
        value = Integer.parseInt(d.group(1));
        ordinalWords = d.group();
      }
      Matcher w = ORDINAL_WORD.matcher(before);
      while (w.find()) {
        if (w.start() > best) {
          best = w.start();
          value = Ordinals.value(w.group(1));
          ordinalWords = w.group();
        }
      }
      Matcher j = ORDINAL_JAPANESE.matcher(before);
      while (j.find()) {
        if (j.start() > best) {
          best = j.start();
          value = Integer.parseInt(j.group(1) != null ? j.group(1) : j.group(2));
          ordinalWords = j.group();
        }
      }
      if (best >= 0) {
        ordinalStart = from + best;
        String between = before.substring(best);
        // An ordinal that belongs to another meeting named in between is not this one's.
        if (between.contains(" and ") && between.length() > 60) {
          return 0;
        }
      }
      return value;
    }

    /** The meeting's title from a sentence of the body: "fourth meeting of the ... (JWG)". */
    String heldTitle(String text, DialogueCatalogue.Mention m) {
      int start = ordinalStart >= 0 ? ordinalStart : m.start();
      int end = m.end();
      Matcher acronym = ACRONYM.matcher(text.substring(end, Math.min(text.length(), end + 12)));
      if (acronym.lookingAt()) {
        end += acronym.end();
      }
      return text.substring(start, end).trim();
    }

    /** A meeting of a series the catalogue does not know, named by the title. */
    Plan uncatalogued() {
      if (title == null) {
        throw new NotAReleaseException(name, "it has no title and names no known dialogue series");
      }
      boolean held = false;
      for (int i = 0; i < contactFrom && !held; i++) {
        held = isHeld(nfkc(blocks.get(i).text()));
      }
      if (!held) {
        throw new NotAReleaseException(
            name,
            "no sentence says that a meeting was held, and no known dialogue series is named");
      }
      String folded = nfkc(title);
      String series = stripResult(folded);
      Matcher o = ORDINAL_DIGITS.matcher(series);
      Matcher w = ORDINAL_WORD.matcher(series);
      Matcher j = ORDINAL_JAPANESE_ANY.matcher(series);
      int ordinal = 0;
      String words = "";
      if (o.find()) {
        ordinal = Integer.parseInt(o.group(1));
        words = o.group();
      } else if (w.find()) {
        ordinal = Ordinals.value(w.group(1));
        words = w.group();
      } else if (j.find()) {
        ordinal = Integer.parseInt(j.group(1) != null ? j.group(1) : j.group(2));
        words = j.group();
      }
      String seriesName =
          trimPunctuation(words.isEmpty() ? series : series.replace(words, " "))
              .replaceAll("\\s+", " ")
              .replaceAll("\\(\\s*\\)", "")
              .trim();
      List<Party> parties = new ArrayList<>();
      for (String[] p : PARTIES) {
        for (int k = 2; k < p.length; k++) {
          if (Places.indexOfWord(folded, p[k]) >= 0) {
            parties.add(Party.of(p[0], p[1]));
            break;
          }
        }
      }
      if (parties.size() < 2 || seriesName.isEmpty()) {
        throw new NotAReleaseException(
            name,
            "its title " + quoted(title) + " names no known dialogue series and not two parties");
      }
      String id = slug(seriesName);
      if (!Rules.isSlug(id) || seriesName.length() > 160) {
        throw new NotAReleaseException(
            name, "its title " + quoted(clip(title)) + " names no known dialogue series");
      }
      Dialogue dialogue;
      try {
        dialogue =
            Dialogue.builder()
                .id(id)
                .name(seriesName)
                .parties(parties)
                .level(DialogueLevel.OTHER)
                .build();
      } catch (InvalidRecordException e) {
        throw new NotAReleaseException(
            name, "its title names no dialogue series: " + e.getMessage());
      }
      note(
          titleLine,
          ReviewNote.Kind.INFERRED,
          "dialogue",
          dialogue.id() + " (not in the catalogue; level other)",
          title);
      Plan plan = new Plan(dialogue, ordinal, words, titleLine, seriesName);
      plan.from = 0;
      return plan;
    }

    /** Which blocks belong to which meeting. */
    void scopes(List<Plan> plans) {
      plans.sort((a, b) -> Integer.compare(a.from, b.from));
      if (plans.size() > 1 && plans.get(1).from == 0) {
        // The title names several meetings: each has a section headed with its name.
        for (Plan p : plans) {
          for (int i = headerEnd; i < contactFrom; i++) {
            Block b = blocks.get(i);
            if (b.isHeading()
                && catalogue.mentions(nfkc(b.text())).stream()
                    .anyMatch(m -> m.dialogue().id().equals(p.dialogue.id()))) {
              p.sectionHeading = i;
              break;
            }
          }
        }
        for (Plan p : plans) {
          if (p.sectionHeading < 0) {
            p.from = 0;
            p.to = contactFrom;
            continue;
          }
          int depth = blocks.get(p.sectionHeading).depth();
          int end = contactFrom;
          for (int i = p.sectionHeading + 1; i < contactFrom; i++) {
            Block b = blocks.get(i);
            if (b.isHeading() && b.depth() <= depth) {
              end = i;
              break;
            }
          }
          p.from = p.sectionHeading;
          p.to = end;
          p.title = blocks.get(p.sectionHeading).text();
        }
        return;
      }
      for (int k = 0; k < plans.size(); k++) {
        plans.get(k).to = k + 1 < plans.size() ? plans.get(k + 1).from : contactFrom;
      }
    }

    // ---------------------------------------------------------------- one session

    Optional<Session> session(Plan plan) {
      String where = plan.dialogue.id();
      // The sentence that says the meeting was held: in the meeting's part, else before the parts.
      Held held = held(plan);
      Dates.Found[] range = dates(plan, held);
      if (range == null) {
        note(
            plan.ordinalLine,
            ReviewNote.Kind.NOT_FOUND,
            "start",
            "no date for " + where + "; the meeting is left out",
            "");
        return Optional.empty();
      }
      Session.Builder s = Session.builder().dialogue(plan.dialogue);
      if (plan.ordinal > 0) {
        s.ordinal(plan.ordinal);
      } else {
        note(
            plan.ordinalLine,
            ReviewNote.Kind.NOT_FOUND,
            "ordinal",
            "no ordinal next to " + quoted(plan.mentionText),
            "");
      }
      String sessionTitle =
          plan.title != null ? plan.title : stripResult(title == null ? plan.mentionText : title);
      s.title(sessionTitle);
      s.start(PartialDate.from(range[0].date()));
      if (range[1] != null && range[1].date().isAfter(range[0].date())) {
        s.end(PartialDate.from(range[1].date()));
      }
      Optional<Place> place = place(plan, held);
      MeetingMode mode = mode(plan, held, place.isPresent(), range[0].date());
      if (mode != MeetingMode.ONLINE) {
        place.ifPresent(s::place);
      }
      if (mode != null) {
        s.mode(mode);
      }
      List<Segment> segments = segments(plan);
      s.segments(segments);
      participantCount(plan).ifPresent(s::participantCount);
      nextMeeting(plan, range[0].date()).ifPresent(s::nextMeeting);
      Source.Builder source =
          Source.builder().publisher(publisher).title(title == null ? sessionTitle : title);
      if (published != null && !published.isBefore(range[0].date())) {
        source.published(published);
      } else if (published != null) {
        note(
            publishedLine,
            ReviewNote.Kind.CONTRADICTION,
            "sources[0].published",
            published + " is before the meeting's start " + range[0].date() + "; left out",
            "");
      }
      if (division != null) {
        source.division(division);
      }
      s.addSource(source.build());
      ordinalContradictions(plan).forEach(s::addNote);
      try {
        return Optional.of(s.build());
      } catch (InvalidRecordException e) {
        throw new NotAReleaseException(
            name, "the draft of " + where + " is not a valid record: " + e.getMessage());
      }
    }

    /** A sentence saying a meeting was held, where it is, and the clause of it for one meeting. */
    private final class Held {
      final String sentence;
      final String clause;
      final int line;

      Held(String sentence, String clause, int line) {
        this.sentence = sentence;
        this.clause = clause;
        this.line = line;
      }
    }

    Held held(Plan plan) {
      Held found = heldIn(plan, plan.from, plan.to);
      if (found == null && plan.from > 0) {
        found = heldIn(plan, 0, plan.from);
      }
      return found;
    }

    Held heldIn(Plan plan, int from, int to) {
      for (int i = from; i < to; i++) {
        Block b = blocks.get(i);
        if (b.kind() == Block.Kind.HEADING) {
          continue;
        }
        for (String sentence : Sentences.of(b.text())) {
          String folded = nfkc(sentence);
          if (!isHeld(folded) || Dates.in(folded, 2000).isEmpty()) {
            continue;
          }
          return new Held(folded, clause(folded, plan), b.line());
        }
      }
      return null;
    }

    /**
     * The part of a sentence about one meeting when it names several: in Japanese the words before
     * the meeting's name ("12月11日(水)に日EU・ICT戦略ワークショップ(第9回)を"), in English those after it.
     */
    String clause(String sentence, Plan plan) {
      List<DialogueCatalogue.Mention> mentions = catalogue.mentions(sentence);
      if (mentions.size() < 2) {
        return sentence;
      }
      for (int k = 0; k < mentions.size(); k++) {
        DialogueCatalogue.Mention m = mentions.get(k);
        if (!m.dialogue().id().equals(plan.dialogue.id())) {
          continue;
        }
        if (Wording.isJapanese(sentence)) {
          int start = k == 0 ? 0 : mentions.get(k - 1).end();
          String part = sentence.substring(start, m.end());
          return Dates.in(part, 2000).isEmpty() ? sentence : part;
        }
        int end = k + 1 < mentions.size() ? mentions.get(k + 1).start() : sentence.length();
        String part = sentence.substring(m.start(), end);
        return Dates.in(part, 2000).isEmpty() ? sentence : part;
      }
      return sentence;
    }

    /** The first and last day of the meeting. */
    Dates.Found[] dates(Plan plan, Held held) {
      int year = published != null ? published.getYear() : 0;
      List<Dates.Found> found = new ArrayList<>();
      int line = 0;
      String evidence = "";
      // A "Date" section or line states the dates on its own.
      for (int i = plan.from; i < plan.to && found.isEmpty(); i++) {
        Block b = blocks.get(i);
        String inline = labelled(b, DATE_LABELS);
        if (inline != null) {
          evidence = nfkc(inline);
          found = Dates.in(evidence, year);
          line = b.line();
        } else if (b.isHeading() && section(b) == Section.DATE && i + 1 < plan.to) {
          Block next = blocks.get(i + 1);
          evidence = nfkc(next.text());
          found = Dates.in(evidence, year);
          line = next.line();
        }
      }
      if (found.isEmpty() && held != null) {
        found = Dates.in(held.clause, year);
        line = held.line;
        evidence = held.clause;
      }
      if (found.isEmpty()) {
        return null;
      }
      List<LocalDate> days = new ArrayList<>();
      for (Dates.Found f : found) {
        LocalDate d = f.date();
        if (!f.hasYear()) {
          if (year == 0) {
            note(
                line,
                ReviewNote.Kind.NOT_FOUND,
                "start",
                "the year: neither the sentence nor the heading states it",
                words(evidence, f.start(), f.end()));
            return null;
          }
          if (published != null && d.isAfter(published)) {
            d = d.minusYears(1);
          }
          note(
              line,
              ReviewNote.Kind.INFERRED,
              "dates",
              d + ", the year from the heading",
              words(evidence, f.start(), f.end()));
        }
        if (f.weekdayContradicts()) {
          note(
              line,
              ReviewNote.Kind.CONTRADICTION,
              "dates",
              "the weekday stated does not match "
                  + d
                  + ", a "
                  + d.getDayOfWeek().toString().toLowerCase(Locale.ROOT),
              words(evidence, f.start(), f.end()));
        }
        days.add(d);
      }
      if (held != null && plan.from < plan.to) {
        days.addAll(introDays(plan, held, year));
      }
      LocalDate first = days.get(0);
      LocalDate last = days.get(0);
      for (LocalDate d : days) {
        first = d.isBefore(first) ? d : first;
        last = d.isAfter(last) ? d : last;
      }
      return new Dates.Found[] {
        new Dates.Found(first, null, 0, 0, true), new Dates.Found(last, null, 0, 0, true)
      };
    }

    /**
     * The days of further events in the meeting's opening paragraphs ("On Tuesday, July 13, the
     * State Minister visited Italy"): a visit's programme extends the session's dates.
     */
    List<LocalDate> introDays(Plan plan, Held held, int year) {
      List<LocalDate> days = new ArrayList<>();
      for (int i = plan.from; i < plan.to; i++) {
        Block b = blocks.get(i);
        if (b.isHeading() && i >= headerEnd) {
          break;
        }
        if (b.kind() != Block.Kind.PARAGRAPH || i < headerEnd) {
          continue;
        }
        for (String sentence : Sentences.of(b.text())) {
          String folded = nfkc(sentence);
          if (folded.equals(held.sentence)
              || !(isHeld(folded) || folded.contains("visited") || folded.contains("訪問"))) {
            continue;
          }
          if (!catalogue.mentions(folded).stream()
              .allMatch(m -> m.dialogue().id().equals(plan.dialogue.id()))) {
            continue;
          }
          for (Dates.Found f : Dates.in(folded, year)) {
            LocalDate d = f.date();
            if (!f.hasYear() && published != null && d.isAfter(published)) {
              d = d.minusYears(1);
            }
            if (f.weekdayContradicts()) {
              note(
                  b.line(),
                  ReviewNote.Kind.CONTRADICTION,
                  "end",
                  "the weekday stated does not match "
                      + d
                      + ", a "
                      + d.getDayOfWeek().toString().toLowerCase(Locale.ROOT),
                  words(folded, f.start(), f.end()));
            }
            note(
                b.line(),
                ReviewNote.Kind.INFERRED,
                "end",
                d + ", a later event of the visit",
                words(folded, f.start(), f.end()));
            days.add(d);
          }
        }
      }
      return days;
    }

    Optional<Place> place(Plan plan, Held held) {
      for (int i = plan.from; i < plan.to; i++) {
        Block b = blocks.get(i);
        String inline = labelled(b, PLACE_LABELS);
        String text = null;
        int line = b.line();
        if (inline != null) {
          text = inline;
        } else if (b.isHeading() && section(b) == Section.PLACE && i + 1 < plan.to) {
          text = blocks.get(i + 1).text();
          line = blocks.get(i + 1).line();
        }
        if (text != null) {
          Optional<Place> p = Places.parse(nfkc(text));
          if (p.isPresent()) {
            return p;
          }
        }
      }
      if (held == null) {
        return Optional.empty();
      }
      Optional<Places.Found> city = Places.city(held.sentence);
      city.ifPresent(
          c -> {
            if (c.place().country().isPresent()
                && !held.sentence.contains(c.place().country().get())) {
              note(
                  held.line,
                  ReviewNote.Kind.INFERRED,
                  "place.country",
                  c.place().country().get(),
                  c.words());
            }
          });
      return city.map(Places.Found::place);
    }

    MeetingMode mode(Plan plan, Held held, boolean placed, LocalDate start) {
      List<String> texts = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      if (held != null) {
        texts.add(held.sentence);
        lines.add(held.line);
      }
      for (int i = plan.from; i < Math.min(plan.to, plan.from + 6); i++) {
        texts.add(nfkc(blocks.get(i).text()));
        lines.add(blocks.get(i).line());
      }
      for (int k = 0; k < texts.size(); k++) {
        String t = texts.get(k);
        String lower = t.toLowerCase(Locale.ROOT);
        for (String h : HYBRID) {
          if (lower.contains(h)) {
            note(lines.get(k), ReviewNote.Kind.INFERRED, "mode", "hybrid", h);
            return MeetingMode.HYBRID;
          }
        }
        for (String o : ONLINE) {
          int at = lower.indexOf(o);
          if (at >= 0) {
            note(
                lines.get(k),
                ReviewNote.Kind.INFERRED,
                "mode",
                "online",
                words(t, at, at + o.length()));
            return MeetingMode.ONLINE;
          }
        }
      }
      if (placed && start.isBefore(ONLINE_ERA)) {
        note(
            held == null ? 0 : held.line,
            ReviewNote.Kind.INFERRED,
            "mode",
            "in-person, as a place is named, no web conference, and the meeting predates March 2020",
            "");
        return MeetingMode.IN_PERSON;
      }
      if (placed) {
        note(
            held == null ? 0 : held.line,
            ReviewNote.Kind.NOT_FOUND,
            "mode",
            "a place is named but not whether everyone attended in person (meetings since March 2020 are often partly online)",
            "");
        return null;
      }
      note(
          held == null ? 0 : held.line,
          ReviewNote.Kind.NOT_FOUND,
          "mode",
          "neither a place nor a web conference is named",
          "");
      return null;
    }

    Optional<Integer> participantCount(Plan plan) {
      for (int i = plan.from; i < plan.to; i++) {
        Matcher m = PARTICIPANT_COUNT.matcher(nfkc(blocks.get(i).text()));
        if (m.find()) {
          for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
              return Optional.of(Integer.parseInt(m.group(g)));
            }
          }
        }
      }
      return Optional.empty();
    }

    Optional<NextMeeting> nextMeeting(Plan plan, LocalDate start) {
      for (int i = plan.from; i < plan.to; i++) {
        Block b = blocks.get(i);
        if (b.isHeading()) {
          continue;
        }
        for (String sentence : Sentences.of(b.text())) {
          String folded = nfkc(sentence);
          String lower = folded.toLowerCase(Locale.ROOT);
          if (!(lower.contains("next meeting")
              || lower.contains("next director")
              || lower.contains("next dialogue")
              || lower.contains("next policy dialogue")
              || lower.contains("次回"))) {
            continue;
          }
          return Optional.ofNullable(plan(folded, b.line(), start));
        }
      }
      return Optional.empty();
    }

    NextMeeting plan(String sentence, int line, LocalDate start) {
      NextMeeting.Builder n = NextMeeting.builder();
      List<Dates.Found> dates = Dates.in(sentence, start.getYear());
      boolean any = false;
      if (!dates.isEmpty()) {
        LocalDate d = dates.get(0).date();
        if (!dates.get(0).hasYear() && d.isBefore(start)) {
          d = d.plusYears(1);
        }
        n.date(PartialDate.from(d));
        any = true;
      } else {
        Matcher m = NEXT_PLAN.matcher(sentence);
        if (m.find()) {
          String text = m.group().trim();
          n.text(text);
          any = true;
          if (m.group(1) != null) {
            n.latest(LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
          } else if (m.group(2) != null) {
            int y = Integer.parseInt(m.group(2));
            n.earliest(LocalDate.of(y, 1, 1)).latest(LocalDate.of(y, 12, 31));
          } else if (text.contains("next year") || text.contains("来年")) {
            n.earliest(LocalDate.of(start.getYear() + 1, 1, 1));
            if (!text.contains("or later")) {
              n.latest(LocalDate.of(start.getYear() + 1, 12, 31));
            }
          } else if (text.contains("this year") || text.contains("年内")) {
            n.latest(LocalDate.of(start.getYear(), 12, 31));
          } else if (m.group(3) != null) {
            n.latest(LocalDate.of(Integer.parseInt(m.group(3)), 12, 31));
          }
          note(line, ReviewNote.Kind.INFERRED, "nextMeeting", "bounds of " + quoted(text), text);
        }
      }
      Optional<Places.Found> city = Places.city(sentence);
      if (city.isPresent()) {
        n.place(city.get().place());
        if (!any) {
          n.text(trimPunctuation(sentence));
          any = true;
        }
      }
      if (!any) {
        n.text(trimPunctuation(sentence));
        note(
            line,
            ReviewNote.Kind.INFERRED,
            "nextMeeting.text",
            "the whole sentence, as no date or plan was read",
            sentence);
      }
      return n.build();
    }

    List<String> ordinalContradictions(Plan plan) {
      List<String> notes = new ArrayList<>();
      if (plan.ordinal <= 0) {
        return notes;
      }
      for (int i = plan.from; i < plan.to; i++) {
        Block b = blocks.get(i);
        if (!b.isHeading()) {
          continue;
        }
        String folded = nfkc(b.text());
        for (DialogueCatalogue.Mention m : catalogue.mentions(folded)) {
          if (!m.dialogue().id().equals(plan.dialogue.id())) {
            continue;
          }
          int other = ordinalNear(folded, m);
          if (other > 0 && other != plan.ordinal) {
            String note =
                "The heading "
                    + quoted(b.text())
                    + " says "
                    + other
                    + " while the title says "
                    + plan.ordinal
                    + ".";
            notes.add(note);
            note(
                b.line(),
                ReviewNote.Kind.CONTRADICTION,
                "ordinal",
                plan.ordinal + " from the title; the heading says " + other,
                b.text());
          }
        }
      }
      return notes;
    }

    // ---------------------------------------------------------------- structure

    Section section(Block b) {
      String t = nfkc(b.text()).toLowerCase(Locale.ROOT).trim();
      boolean reference = false;
      if (t.startsWith("(reference)")
          || t.startsWith("(参考)")
          || t.startsWith("【参考】")
          || t.startsWith("参考")) {
        reference = true;
        t = t.replaceFirst("^(\\(reference\\)|\\(参考\\)|【参考】|参考)\\s*", "");
      }
      if (t.length() > 80) {
        return Section.NONE;
      }
      if (startsWithAny(
              t,
              "participants",
              "attendees",
              "attendance",
              "delegation",
              "list of participants",
              "出席者",
              "参加者",
              "主な出席者",
              "主な参加者")
          || t.contains("participants")
          || t.contains("attendees")
          || t.contains("出席者")) {
        return Section.PARTICIPANTS;
      }
      if (reference) {
        return Section.REFERENCE;
      }
      if (startsWithAny(t, "date", "日時", "開催日", "日程", "開催日時")) {
        return Section.DATE;
      }
      if (startsWithAny(t, "place", "venue", "location", "場所", "開催場所", "会場", "開催地")) {
        return Section.PLACE;
      }
      if (startsWithAny(
          t, "future plan", "next meeting", "next steps", "今後の予定", "次回", "今後の取組", "今後の方針")) {
        return Section.NEXT;
      }
      if (startsWithAny(t, "contact", "inquiries", "連絡先", "問い合わせ", "お問い合わせ")) {
        return Section.CONTACT;
      }
      if (startsWithAny(t, "related", "関連報道", "関連資料", "参考資料", "添付資料", "別紙", "photo", "写真")) {
        return Section.RELATED;
      }
      if (startsWithAny(t, "program", "programme", "agenda", "議題", "プログラム", "議事")) {
        return Section.PROGRAM;
      }
      if (t.contains("achievement")
          || t.contains("outcome")
          || t.startsWith("results of meeting")
          || t.startsWith("results of the meeting")
          || t.startsWith("main results")
          || t.startsWith("result of the meeting")
          || t.contains("成果")
          || t.equals("結果")
          || t.equals("会合の結果")
          || t.equals("結果概要")
          || t.equals("主な結果")
          || t.equals("議論の概要")
          || t.equals("会合の概要")) {
        return Section.ACHIEVEMENTS;
      }
      if (t.equals("overview")
          || t.equals("result overview")
          || t.equals("outline")
          || t.equals("概要")
          || t.equals("背景")
          || t.equals("background")
          || t.startsWith("overview of")) {
        return Section.OVERVIEW;
      }
      return Section.NONE;
    }

    List<Segment> segments(Plan plan) {
      int from = Math.max(plan.from, headerEnd);
      int to = plan.to;
      List<Integer> headings = new ArrayList<>();
      List<Section> sections = new ArrayList<>();
      // Headings under a reference, participants, contact or related heading are not agenda.
      boolean[] excluded = new boolean[to - from];
      int excludeDepth = Integer.MAX_VALUE;
      for (int i = from; i < to; i++) {
        Block b = blocks.get(i);
        if (!b.isHeading()) {
          if (excludeDepth != Integer.MAX_VALUE) {
            excluded[i - from] = true;
          }
          continue;
        }
        if (b.depth() <= excludeDepth) {
          excludeDepth = Integer.MAX_VALUE;
        }
        if (excludeDepth != Integer.MAX_VALUE) {
          excluded[i - from] = true;
          continue;
        }
        Section sec = i == plan.sectionHeading ? Section.OVERVIEW : section(b);
        if (sec == Section.REFERENCE
            || sec == Section.PARTICIPANTS
            || sec == Section.CONTACT
            || sec == Section.RELATED
            || sec == Section.DATE
            || sec == Section.PLACE) {
          excludeDepth = b.depth();
          excluded[i - from] = true;
        }
        headings.add(i);
        sections.add(sec);
      }
      int n = headings.size();
      boolean[] candidate = new boolean[n];
      boolean[] field = new boolean[n];
      boolean[] hasParagraph = new boolean[n];
      boolean[] hasBullet = new boolean[n];
      for (int h = 0; h < n; h++) {
        int i = headings.get(h);
        candidate[h] = sections.get(h) == Section.NONE && !excluded[i - from];
        int end = h + 1 < n ? headings.get(h + 1) : to;
        for (int k = i + 1; k < end; k++) {
          Block b = blocks.get(k);
          if (b.kind() == Block.Kind.PARAGRAPH && !isNoise(b)) {
            hasParagraph[h] = true;
          } else if (b.kind() == Block.Kind.BULLET) {
            hasBullet[h] = true;
          }
        }
      }
      // Each heading's parent, the nearest heading before it of smaller depth, from a stack of
      // open headings: each heading is pushed and popped once.
      int[] parent = new int[n];
      int[] open = new int[n];
      int top = 0;
      for (int h = 0; h < n; h++) {
        int d = blocks.get(headings.get(h)).depth();
        while (top > 0 && blocks.get(headings.get(open[top - 1])).depth() >= d) {
          top--;
        }
        parent[h] = top > 0 ? open[top - 1] : -1;
        open[top++] = h;
        field[h] =
            candidate[h]
                && !hasParagraph[h]
                && hasBullet[h]
                && parent[h] >= 0
                && candidate[parent[h]];
      }
      boolean[] container = new boolean[n];
      for (int h = 0; h < n; h++) {
        if (!candidate[h] || field[h]) {
          continue;
        }
        // Stop at the first container: its ancestors are marked already.
        for (int p = parent[h]; p >= 0 && !container[p]; p = parent[p]) {
          container[p] = true;
        }
      }
      List<Segment.Builder> segments = new ArrayList<>();
      List<String> segmentTitles = new ArrayList<>();
      List<List<AgendaItem>> agendas = new ArrayList<>();
      List<StringBuilder> summaries = new ArrayList<>();
      String firstTitle =
          plan.title != null ? plan.title : stripResult(title == null ? plan.mentionText : title);
      int current = -1;
      List<String> pendingOutcomes = new ArrayList<>();
      List<Integer> pendingLines = new ArrayList<>();
      int pendingItemsFrom = 0;
      for (int h = 0; h < n; h++) {
        int i = headings.get(h);
        Block b = blocks.get(i);
        boolean segmentHeading =
            (candidate[h] && container[h] && meetingNoun(b.text())) || i == plan.sectionHeading;
        if (segmentHeading) {
          pendingOutcomes.clear();
          pendingLines.clear();
          if (current < 0 || !agendas.get(current).isEmpty()) {
            current = newSegment(segments, segmentTitles, agendas, summaries, b.text());
          } else {
            segmentTitles.set(current, b.text());
            summaries.get(current).setLength(0);
          }
          appendSummary(summaries.get(current), i + 1, h + 1 < n ? headings.get(h + 1) : to);
          continue;
        }
        if (current < 0) {
          current = newSegment(segments, segmentTitles, agendas, summaries, null);
        }
        Section sec = sections.get(h);
        int end = h + 1 < n ? headings.get(h + 1) : to;
        if (sec == Section.OVERVIEW
            || (sec == Section.ACHIEVEMENTS || candidate[h] && container[h])
                && summaries.get(current).length() == 0) {
          appendSummary(summaries.get(current), i + 1, end);
        }
        if (sec == Section.ACHIEVEMENTS || candidate[h] && container[h]) {
          pendingOutcomes.clear();
          pendingLines.clear();
          for (int k = i + 1; k < end; k++) {
            Block p = blocks.get(k);
            if (p.kind() == Block.Kind.PARAGRAPH) {
              for (String sentence : Sentences.of(p.text())) {
                Optional<Commitment> level = Wording.commitment(nfkc(sentence));
                if (level.isPresent() && level.get() != Commitment.INFORMED) {
                  pendingOutcomes.add(sentence);
                  pendingLines.add(p.line());
                }
              }
            }
          }
          pendingItemsFrom = agendas.get(current).size();
          continue;
        }
        if (sec == Section.PARTICIPANTS) {
          delegations(plan, i + 1, end).forEach(segments.get(current)::addDelegation);
          continue;
        }
        if (!candidate[h] || field[h] || container[h]) {
          continue;
        }
        int itemEnd = end;
        for (int k = h + 1; k < n && field[k]; k++) {
          itemEnd = k + 1 < n ? headings.get(k + 1) : to;
        }
        AgendaItem item = item(plan, h, headings, field, i, itemEnd, b, agendas.get(current));
        agendas.get(current).add(item);
        if (!pendingOutcomes.isEmpty() && pendingItemsFrom <= agendas.get(current).size()) {
          List<AgendaItem> agenda = agendas.get(current);
          List<AgendaItem> group = agenda.subList(pendingItemsFrom, agenda.size());
          if (group.size() == pendingOutcomes.size()
              && group.stream().allMatch(it -> it.outcomes().isEmpty())) {
            for (int g = 0; g < group.size(); g++) {
              String sentence = pendingOutcomes.get(g);
              Commitment level = Wording.commitment(nfkc(sentence)).orElseThrow();
              AgendaItem with =
                  group
                      .get(g)
                      .withOutcomes(
                          List.of(
                              Outcome.builder()
                                  .parties(subject(sentence, plan.dialogue))
                                  .commitment(level)
                                  .text(sentence)
                                  .build()));
              group.set(g, with);
              note(
                  pendingLines.get(g),
                  ReviewNote.Kind.INFERRED,
                  "agenda item " + quoted(with.title()) + " outcome",
                  level.code() + ", from the section's opening, in order",
                  sentence);
            }
            pendingOutcomes.clear();
          }
        }
      }
      if (segments.isEmpty()) {
        current = newSegment(segments, segmentTitles, agendas, summaries, null);
      }
      List<Segment> out = new ArrayList<>();
      for (int k = 0; k < segments.size(); k++) {
        String t = segmentTitles.get(k) == null ? firstTitle : segmentTitles.get(k);
        Segment.Builder sb = segments.get(k).title(t).kind(kind(t, k, plan));
        if (summaries.get(k).length() > 0) {
          sb.summary(summaries.get(k).toString());
        }
        sb.agenda(numbersOnce(agendas.get(k)));
        out.add(sb.build());
      }
      return out;
    }

    int newSegment(
        List<Segment.Builder> segments,
        List<String> titles,
        List<List<AgendaItem>> agendas,
        List<StringBuilder> summaries,
        String t) {
      segments.add(Segment.builder());
      titles.add(t);
      agendas.add(new ArrayList<>());
      summaries.add(new StringBuilder());
      return segments.size() - 1;
    }

    void appendSummary(StringBuilder summary, int from, int to) {
      for (int k = from; k < to && k < contactFrom; k++) {
        Block p = blocks.get(k);
        if (p.kind() == Block.Kind.PARAGRAPH && !isNoise(p)) {
          if (summary.length() > 0) {
            summary.append('\n');
          }
          summary.append(p.text());
        }
      }
    }

    SegmentKind kind(String t, int index, Plan plan) {
      String l = t.toLowerCase(Locale.ROOT);
      if (l.contains("public-private") || l.contains("private sector") || t.contains("官民")) {
        return SegmentKind.PUBLIC_PRIVATE_MEETING;
      }
      if (l.contains("talks") || l.contains("visit") || t.contains("会談")) {
        return SegmentKind.BILATERAL_TALK;
      }
      if (l.contains("round table") || l.contains("brt") || t.contains("ラウンドテーブル")) {
        return plan.dialogue.level() == DialogueLevel.BUSINESS_ROUND_TABLE && index == 0
            ? SegmentKind.BUSINESS_ROUND_TABLE
            : SegmentKind.SIDE_MEETING;
      }
      return index == 0 ? SegmentKind.GOVERNMENT_DIALOGUE : SegmentKind.SIDE_MEETING;
    }

    /** Item numbers are unique within a segment: a repeated number is dropped, with a note. */
    List<AgendaItem> numbersOnce(List<AgendaItem> agenda) {
      Set<Integer> seen = new LinkedHashSet<>();
      List<AgendaItem> out = new ArrayList<>();
      for (AgendaItem item : agenda) {
        if (item.number().isPresent() && !seen.add(item.number().getAsInt())) {
          note(
              0,
              ReviewNote.Kind.CONTRADICTION,
              "agenda item " + quoted(item.title()),
              "repeats number " + item.number().getAsInt() + "; the number is left out",
              "");
          out.add(item.withNumber(java.util.OptionalInt.empty()));
        } else {
          out.add(item);
        }
      }
      return out;
    }

    AgendaItem item(
        Plan plan,
        int h,
        List<Integer> headings,
        boolean[] field,
        int from,
        int to,
        Block heading,
        List<AgendaItem> agenda) {
      AgendaItem.Builder item = AgendaItem.builder().title(heading.text());
      if (heading.style() != Block.Style.NONE && heading.number() > 0) {
        item.number(heading.number());
      }
      boolean projects =
          heading.text().toLowerCase(Locale.ROOT).contains("project")
              || heading.text().contains("プロジェクト");
      ProjectStatus status =
          heading.text().toLowerCase(Locale.ROOT).contains("newly") || heading.text().contains("新規")
              ? ProjectStatus.NEWLY_SELECTED
              : ProjectStatus.ONGOING;
      String fieldName = null;
      boolean footnote = false;
      Set<String> topics = new LinkedHashSet<>();
      for (int k = from + 1; k < to; k++) {
        Block b = blocks.get(k);
        if (b.isHeading()) {
          fieldName = b.text();
          scheme.resolve(fieldName).forEach(t -> topics.add(t.id()));
          continue;
        }
        if (b.kind() == Block.Kind.BULLET) {
          String t = b.text();
          if (t.isEmpty() || t.startsWith("*") || t.startsWith("※")) {
            footnote = true;
            continue;
          }
          if (projects) {
            item.addJointProject(
                JointProject.builder()
                    .name(t)
                    .field(fieldName == null ? heading.text() : fieldName)
                    .status(status)
                    .build());
            scheme.resolve(t).stream()
                .filter(x -> !UMBRELLA.contains(x.id()))
                .findFirst()
                .ifPresent(x -> topics.add(x.id()));
            continue;
          }
        }
        if (footnote || isNoise(b)) {
          footnote = false;
          continue;
        }
        for (String sentence : Sentences.of(b.text())) {
          for (String clause : clauses(sentence, plan.dialogue)) {
            sentence(item, clause, plan.dialogue, b.line());
          }
        }
      }
      AgendaItem built = item.build();
      if (vague(built.title()) || scheme.resolve(built.title()).isEmpty()) {
        if (topics.isEmpty()) {
          topics.addAll(discussed(built));
        }
        List<String> titleTopics = new ArrayList<>();
        scheme.resolve(built.title()).forEach(t -> titleTopics.add(t.id()));
        topics.removeAll(titleTopics);
        if (!topics.isEmpty()) {
          note(
              heading.line(),
              ReviewNote.Kind.INFERRED,
              "agenda item " + quoted(built.title()) + " topics",
              String.join(", ", topics) + ", from what the item's text mentions",
              "");
          built = built.withTopics(topics);
        }
      }
      return built;
    }

    /**
     * The topics an item's statements and outcomes name as what was discussed, for an item whose
     * title names none. Who met whom is not what they discussed: the people and posts named after
     * "held talks with" ("Mr. Andrus Ansip (EC Vice-President – Digital Single Market)", "European
     * Data Protection Supervisor (EDPS) Giovanni Buttarelli") are skipped. A broad topic ({@link
     * #UMBRELLA}) counts only as the matter of an exchange of views ("exchanged their opinions on
     * the ... regulatory policies of both countries"), not from any mention. Linear in the text.
     */
    Set<String> discussed(AgendaItem item) {
      Set<String> found = new LinkedHashSet<>();
      List<String> texts = new ArrayList<>();
      item.statements().forEach(st -> texts.add(st.text()));
      item.outcomes().forEach(o -> texts.add(o.text()));
      for (String text : texts) {
        String matter = withoutCounterparts(nfkc(text));
        for (Topic t : scheme.resolve(matter)) {
          if (!UMBRELLA.contains(t.id())) {
            found.add(t.id());
          }
        }
        Matcher exchange = EXCHANGE_ON.matcher(matter);
        while (exchange.find()) {
          scheme.resolve(exchange.group(1)).forEach(t -> found.add(t.id()));
        }
      }
      return found;
    }

    /**
     * An English sentence without the names of the people and offices met: after "talks with",
     * "meeting with" or "met with", the run of capitalized words, parentheses and the words that
     * join them ("of", "the", "and", commas) up to the first lower-case word. Japanese text is
     * returned as it is.
     */
    String withoutCounterparts(String text) {
      if (Wording.isJapanese(text)) {
        return text;
      }
      StringBuilder out = new StringBuilder(text.length());
      Matcher m = COUNTERPART.matcher(text);
      int from = 0;
      while (m.find()) {
        if (m.start() < from) {
          // Inside the names just skipped, such as a parenthesis: skipped with them.
          continue;
        }
        out.append(text, from, m.end());
        from = properNounsEnd(text, m.end());
        out.append(' ');
      }
      out.append(text, from, text.length());
      return out.toString();
    }

    /** Where the run of names and posts starting at {@code at} ends. */
    int properNounsEnd(String text, int at) {
      int i = at;
      int depth = 0;
      int end = at;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '(') {
          depth++;
          i++;
          continue;
        }
        if (c == ')') {
          depth = Math.max(0, depth - 1);
          i++;
          end = i;
          continue;
        }
        if (depth > 0 || c == ' ' || c == ',' || c == '–' || c == '-' || c == '.') {
          i++;
          if (depth > 0) {
            end = i;
          }
          continue;
        }
        int w = i;
        while (w < text.length()
            && (Character.isLetterOrDigit(text.charAt(w)) || text.charAt(w) == '\'')) {
          w++;
        }
        if (w == i) {
          break;
        }
        String word = text.substring(i, w);
        boolean joins = word.equals("of") || word.equals("the") || word.equals("and");
        if (!joins && !Character.isUpperCase(word.charAt(0))) {
          break;
        }
        i = w;
        if (!joins) {
          end = w;
        }
      }
      return end;
    }

    // ---------------------------------------------------------------- delegations

    /**
     * The delegations a participants section lists: one per line that starts with a party's name
     * and a colon ("Japan: Ms. Makiko Yamada (Vice-Minister ...) and other officials", "From India:
     * ...", "日本側：総務省 ..."). Each member's name, title and organization are split by the wording and
     * go on the review list; the words after the members ("other officials") are kept as the
     * others' description. Lines are read up to {@link #MAX_DELEGATION_LINE} characters: linear in
     * the section's text.
     */
    List<Delegation> delegations(Plan plan, int from, int to) {
      List<Delegation> out = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (int k = from; k < to && k < contactFrom; k++) {
        Block b = blocks.get(k);
        if (b.isHeading()) {
          continue;
        }
        String t = nfkc(b.text());
        // A party's line broken by a PDF ("... and Director" / "General of the ... Bureau ...")
        // goes on in the next block unless that block starts a party's line or is a sentence.
        while (k + 1 < to
            && k + 1 < contactFrom
            && !blocks.get(k + 1).isHeading()
            && listGoesOn(t, nfkc(blocks.get(k + 1).text()), plan.dialogue)) {
          k++;
          t = t + " " + nfkc(blocks.get(k).text());
        }
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > 40 || t.length() > MAX_DELEGATION_LINE) {
          continue;
        }
        Optional<Party> party = labelParty(t.substring(0, colon), plan.dialogue);
        if (party.isEmpty() || !seen.add(party.get().code())) {
          continue;
        }
        Delegation d = delegation(party.get(), t.substring(colon + 1).trim());
        if (d.members().isEmpty() && d.organizations().isEmpty() && !d.andOthers()) {
          continue;
        }
        out.add(d);
        List<String> names = new ArrayList<>();
        d.members()
            .forEach(m -> names.add(m.name() + m.title().map(x -> " (" + x + ")").orElse("")));
        d.organizations().forEach(o -> names.add(o.name()));
        note(
            b.line(),
            ReviewNote.Kind.INFERRED,
            "delegation " + party.get().code(),
            (names.isEmpty() ? "no member named" : String.join("; ", names))
                + ", names and titles split by the wording",
            t);
      }
      return out;
    }

    /** Whether a block continues a party's list of members rather than starting its own line. */
    boolean listGoesOn(String list, String next, Dialogue dialogue) {
      int colon = next.indexOf(':');
      if (colon > 0 && colon <= 40 && labelParty(next.substring(0, colon), dialogue).isPresent()) {
        return false;
      }
      if (next.endsWith(".") || next.endsWith("。") || list.indexOf(':') < 0) {
        return false;
      }
      return !list.endsWith(".") || HONORIFIC_END.matcher(list).find();
    }

    /** The dialogue's party a label names: "Japan", "From India", "The U.S. side", "日本側". */
    Optional<Party> labelParty(String label, Dialogue dialogue) {
      String l = label.trim().replaceAll("^[(（【\\[]|[)）】\\]]$", "").trim();
      l = l.replaceFirst("^(?i)(from|the)\\s+", "").replaceFirst("(?i)\\s*(side|delegation)$", "");
      l = l.replaceFirst("側$", "").trim();
      for (Party p : dialogue.parties()) {
        for (String alias : aliases(p)) {
          if (alias.equalsIgnoreCase(l)) {
            return Optional.of(p);
          }
        }
      }
      return Optional.empty();
    }

    Delegation delegation(Party party, String list) {
      Delegation.Builder d = Delegation.builder().party(party);
      List<String> chunks = topLevelParts(list);
      List<Participant.Builder> members = new ArrayList<>();
      List<Boolean> titled = new ArrayList<>();
      List<Boolean> placed = new ArrayList<>();
      List<String> others = new ArrayList<>();
      boolean japanese = Wording.isJapanese(list);
      for (String raw : chunks) {
        String c = raw.replaceFirst("^and\\s+", "").trim();
        if (c.isEmpty()) {
          continue;
        }
        if (!others.isEmpty()) {
          others.add(raw.trim());
          continue;
        }
        Matcher from = Pattern.compile("^(?:both|all) from (?:the )?(.+)$").matcher(c);
        if (from.matches()) {
          Organization o = organization(from.group(1), party);
          for (int m = 0; m < members.size(); m++) {
            if (!placed.get(m)) {
              members.get(m).organization(o);
              placed.set(m, true);
            }
          }
          continue;
        }
        if (japanese) {
          Matcher tail = JA_OTHERS.matcher(c);
          String member = tail.find() ? c.substring(0, tail.start()).trim() : c;
          Optional<Participant.Builder> m =
              member.contains("関係者") ? Optional.empty() : japaneseMember(member, party);
          m.ifPresent(members::add);
          m.ifPresent(x -> titled.add(true));
          m.ifPresent(x -> placed.add(true));
          if (m.isEmpty()) {
            others.add(c);
          } else if (!member.equals(c)) {
            // "カール・ベイシュピール 次官ほか": the member, and others after them.
            others.add(c.substring(member.length()).trim());
          }
          continue;
        }
        if (c.startsWith("the ") && c.length() > 4 && Character.isUpperCase(c.charAt(4))) {
          c = c.substring(4);
        }
        if (Character.isLowerCase(c.charAt(0))) {
          others.add(c);
          continue;
        }
        Matcher honorific = HONORIFIC.matcher(c);
        if (honorific.matches()) {
          Participant.Builder m =
              Participant.builder().party(party).name(honorific.group(1).trim());
          boolean hasTitle = honorific.group(2) != null;
          boolean hasOrg = false;
          if (hasTitle) {
            hasOrg = titled(m, honorific.group(2), party);
          }
          members.add(m);
          titled.add(hasTitle);
          placed.add(hasOrg);
          continue;
        }
        if (hasTitleWord(c)) {
          int last = members.size() - 1;
          if (last >= 0 && !titled.get(last)) {
            placed.set(last, titled(members.get(last), c, party));
            titled.set(last, true);
            continue;
          }
          String[] words = c.split(" ");
          int n = words.length;
          int nameFrom = n;
          while (nameFrom > 0
              && (n - nameFrom < 2 || n - nameFrom < 3 && words[nameFrom].endsWith("."))
              && Character.isUpperCase(words[nameFrom - 1].charAt(0))
              && !TITLE_WORD.matcher(words[nameFrom - 1]).find()
              && !words[nameFrom - 1].equals("MIC")) {
            nameFrom--;
          }
          if (n - nameFrom >= 2 && nameFrom > 0) {
            Participant.Builder m =
                Participant.builder()
                    .party(party)
                    .name(String.join(" ", java.util.Arrays.copyOfRange(words, nameFrom, n)));
            boolean org =
                titled(
                    m, String.join(" ", java.util.Arrays.copyOfRange(words, 0, nameFrom)), party);
            members.add(m);
            titled.add(true);
            placed.add(org);
          }
          continue;
        }
        d.addOrganizations(organization(c, party));
      }
      for (Participant.Builder m : members) {
        d.addMembers(m.build());
      }
      if (!others.isEmpty()) {
        d.andOthers(true).othersDescription(String.join(", ", others));
      }
      return d.build();
    }

    /**
     * Gives a member the title written for them, and the organization the title ends with ("... of
     * MIC", "... at the Federal Ministry for ..."); returns whether it named one.
     */
    boolean titled(Participant.Builder m, String title, Party party) {
      String t = title.trim();
      Matcher at = TITLE_ORGANIZATION.matcher(t);
      int cut = -1;
      while (at.find()) {
        cut = at.start();
      }
      if (cut > 0) {
        String org = t.substring(cut).replaceFirst("^\\s+(?:of|at)\\s+(?:the\\s+)?", "");
        m.title(t.substring(0, cut).trim()).organization(organization(org, party));
        return true;
      }
      m.title(t);
      return false;
    }

    Optional<Participant.Builder> japaneseMember(String c, Party party) {
      String[] tokens = c.trim().split("\\s+");
      Organization org = null;
      String title = null;
      List<String> name = new ArrayList<>();
      for (String tok : tokens) {
        if (org == null && title == null && name.isEmpty() && JA_ORGANIZATION.matcher(tok).find()) {
          org = organization(tok, party);
        } else if (JA_TITLE.matcher(tok).find()) {
          title = title == null ? tok : title + " " + tok;
        } else {
          name.add(tok);
        }
      }
      if (name.isEmpty() || title == null && org == null) {
        return Optional.empty();
      }
      Participant.Builder m = Participant.builder().party(party).name(String.join(" ", name));
      if (title != null) {
        m.title(title);
      }
      if (org != null) {
        m.organization(org);
      }
      return Optional.of(m);
    }

    Organization organization(String name, Party party) {
      String n = trimPunctuation(name.trim());
      String acronym = null;
      Matcher paren = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)?$").matcher(n);
      if (paren.matches() && !paren.group(1).isEmpty()) {
        // "Keidanren (Japan Business Federation)": the short name, then the full one.
        String outside = paren.group(1).trim();
        String inside = paren.group(2).trim();
        if (!outside.contains(" ") && !inside.isEmpty()) {
          acronym = outside;
          n = inside;
        } else {
          n = outside;
        }
      }
      if (n.equals("MIC") || n.equals("総務省")) {
        acronym = n.equals("MIC") ? "MIC" : null;
        n = n.equals("MIC") ? MIC : n;
      } else if (n.matches("[A-Z][A-Za-z]{1,7}")
          && acronym == null
          && n.chars().filter(Character::isUpperCase).count() > 1) {
        acronym = n;
      }
      String l = n.toLowerCase(Locale.ROOT);
      OrganizationKind kind =
          l.contains("ministry")
                  || l.contains("department")
                  || n.endsWith("省")
                  || n.endsWith("庁")
                  || "MIC".equals(acronym)
              ? OrganizationKind.MINISTRY
              : l.contains("federation")
                      || l.contains("association")
                      || l.contains("chamber")
                      || l.contains("keidanren")
                  ? OrganizationKind.BUSINESS_ASSOCIATION
                  : OrganizationKind.OTHER;
      Organization.Builder o = Organization.builder().name(n).party(party).kind(kind);
      if (acronym != null && !acronym.contains(" ")) {
        o.acronym(acronym);
      }
      return o.build();
    }

    /** A list split at commas, "and" and "、" outside parentheses. */
    List<String> topLevelParts(String list) {
      List<String> out = new ArrayList<>();
      int depth = 0;
      int start = 0;
      for (int i = 0; i < list.length(); i++) {
        char c = list.charAt(i);
        if (c == '(' || c == '（') {
          depth++;
        } else if (c == ')' || c == '）') {
          depth = Math.max(0, depth - 1);
        } else if (depth == 0 && (c == ',' || c == '、' || c == ';' || c == '；')) {
          out.add(list.substring(start, i).trim());
          start = i + 1;
        } else if (depth == 0 && list.startsWith(" and ", i) && startsMember(list, i + 5)) {
          out.add(list.substring(start, i).trim());
          start = i + 1;
        }
      }
      String rest = list.substring(start).trim();
      int open = rest.lastIndexOf('(');
      if (depth > 0 && open >= 0) {
        // A parenthesis the release never closes ("Shinkeiren (Japan Association of New
        // Economy, affiliated companies, and others"): its commas still separate.
        out.add(rest.substring(0, open + 1) + topLevelParts(rest.substring(open + 1)).get(0));
        List<String> after = topLevelParts(rest.substring(open + 1));
        out.addAll(after.subList(1, after.size()));
      } else {
        out.add(rest);
      }
      return out;
    }

    /**
     * Whether the words at {@code at}, after an "and", start another member or the others: a
     * lower-case word, an honorific or a title ("and Director General ...", "and other officials"),
     * not the rest of a name ("Chamber of Commerce and Industry").
     */
    boolean startsMember(String list, int at) {
      if (at >= list.length()) {
        return false;
      }
      String rest = list.substring(at);
      int space = rest.indexOf(' ');
      String word = space < 0 ? rest : rest.substring(0, space);
      return Character.isLowerCase(word.charAt(0))
          || HONORIFIC_START.matcher(rest).lookingAt()
          || TITLE_WORD.matcher(word).lookingAt();
    }

    boolean hasTitleWord(String c) {
      return TITLE_WORD.matcher(c).find();
    }

    void sentence(AgendaItem.Builder item, String sentence, Dialogue dialogue, int line) {
      String folded = nfkc(sentence);
      Optional<Commitment> level = Wording.commitment(folded);
      Optional<StatementAct> act = Wording.act(folded);
      List<Party> parties = subject(sentence, dialogue);
      if (level.isPresent() && level.get() != Commitment.INFORMED) {
        item.addOutcome(
            Outcome.builder().parties(parties).commitment(level.get()).text(sentence).build());
        return;
      }
      if (level.isPresent()
          && act.orElse(StatementAct.OTHER) == StatementAct.SHOWED_INTEREST
          && parties.size() > 1
          && (folded.contains("cooperation") || folded.contains("協力") || folded.contains("連携"))) {
        // Both sides showing interest in future cooperation: a weak outcome, not a statement.
        item.addOutcome(
            Outcome.builder().parties(parties).commitment(level.get()).text(sentence).build());
        return;
      }
      if (act.isPresent() || level.isPresent()) {
        item.addStatement(
            Statement.builder()
                .parties(parties)
                .act(act.orElse(StatementAct.OTHER))
                .text(sentence)
                .build());
        return;
      }
      item.addStatement(
          Statement.builder().parties(parties).act(StatementAct.OTHER).text(sentence).build());
      note(
          line,
          ReviewNote.Kind.INFERRED,
          "statement",
          "act other: no verb of a known act",
          sentence);
    }

    /**
     * The parties a sentence's subject names; the dialogue's parties when it names both or none.
     */
    List<Party> subject(String sentence, Dialogue dialogue) {
      String s = nfkc(sentence);
      boolean japanese = Wording.isJapanese(s);
      String subject;
      if (japanese) {
        int cut = s.length();
        for (String end : new String[] {"から", "は", "が", "と"}) {
          int at = s.indexOf(end);
          if (at > 0 && at < cut) {
            cut = at;
          }
        }
        subject = s.substring(0, Math.min(cut + 1, Math.min(s.length(), 24)));
      } else {
        int cut = Math.min(s.length(), 140);
        Matcher v = VERB.matcher(s);
        if (v.find() && v.start() < cut) {
          cut = v.start();
        }
        subject = s.substring(0, cut);
      }
      for (String joint : JOINT) {
        if (japanese ? subject.contains(joint) : Places.indexOfWord(subject, joint) >= 0) {
          return dialogue.parties();
        }
      }
      List<Party> found = new ArrayList<>();
      int[] at = new int[dialogue.parties().size()];
      for (int k = 0; k < dialogue.parties().size(); k++) {
        Party p = dialogue.parties().get(k);
        at[k] = -1;
        for (String alias : aliases(p)) {
          int i = japanese ? subject.indexOf(alias) : Places.indexOfWord(subject, alias);
          if (i >= 0 && (at[k] < 0 || i < at[k])) {
            at[k] = i;
          }
        }
      }
      for (int k = 0; k < at.length; k++) {
        if (at[k] >= 0) {
          found.add(dialogue.parties().get(k));
        }
      }
      if (found.size() == 2 && at[1] < at[0]) {
        found = List.of(found.get(1), found.get(0));
      }
      return found.isEmpty() ? dialogue.parties() : found;
    }

    /** A Japanese sentence split where a second party's part starts ("...説明し、EU側から..."). */
    List<String> clauses(String sentence, Dialogue dialogue) {
      if (!Wording.isJapanese(sentence)) {
        return List.of(sentence);
      }
      List<String> out = new ArrayList<>();
      int start = 0;
      for (int i = sentence.indexOf('、'); i >= 0; i = sentence.indexOf('、', i + 1)) {
        boolean party = false;
        for (Party p : dialogue.parties()) {
          for (String alias : aliases(p)) {
            if (sentence.startsWith(alias + "側から", i + 1)
                || sentence.startsWith(alias + "から", i + 1)) {
              party = true;
            }
          }
        }
        if (party) {
          out.add(sentence.substring(start, i + 1));
          start = i + 1;
        }
      }
      out.add(sentence.substring(start));
      return out;
    }

    boolean isNoise(Block b) {
      String t = b.text();
      return t.startsWith("Photo:")
          || t.startsWith("Photo ")
          || t.startsWith("写真")
          || t.startsWith("（写真")
          || t.startsWith("(写真")
          || t.startsWith("※")
          || t.startsWith("*");
    }

    String labelled(Block b, String[] labels) {
      String t = nfkc(b.text());
      for (String label : labels) {
        if (t.regionMatches(true, 0, label, 0, label.length())) {
          String rest = t.substring(label.length()).trim();
          if (rest.startsWith(":") || rest.startsWith("：")) {
            return rest.substring(1).trim();
          }
        }
      }
      return null;
    }

    List<String> texts(int from, int to) {
      List<String> out = new ArrayList<>();
      for (int i = from; i < to; i++) {
        out.add(blocks.get(i).text());
      }
      return out;
    }
  }

  // ------------------------------------------------------------------ wording tables

  private static final String[] DATE_LABELS = {"Date and time", "Date", "日時", "開催日時", "開催日", "日程"};
  private static final String[] PLACE_LABELS = {
    "Place", "Venue", "Location", "場所", "開催場所", "会場", "開催地"
  };
  private static final String[] ONLINE = {
    "web-conference",
    "web conference",
    "webconference",
    "video conference",
    "videoconference",
    "video-conference",
    "online",
    "virtual",
    "web会議",
    "ウェブ会議",
    "テレビ会議",
    "オンライン",
    "ビデオ会議",
    "web形式",
    "tv会議"
  };
  private static final String[] HYBRID = {
    "hybrid",
    "some participants attending online",
    "some participants joining online",
    "participants attending online and in person",
    "ハイブリッド",
    "一部オンライン",
    "一部の参加者はオンライン"
  };
  private static final String[] JOINT = {
    "Both",
    "both sides",
    "both parties",
    "both countries",
    "two countries",
    "two governments",
    "two sides",
    "They",
    "they",
    "Participants",
    "participants",
    "All participants",
    "双方",
    "両国",
    "両者",
    "両政府",
    "両省",
    "日EU",
    "日独",
    "日米",
    "日印",
    "日仏",
    "日英",
    "日シンガポール"
  };

  /** Party codes with display names, then the words that name them in a subject. */
  private static final String[][] PARTIES = {
    {"jp", "Japan", "Japan", "Japanese", "MIC", "日本", "我が国", "総務省", "日本側"},
    {"eu", "European Union", "EU", "European Union", "European Commission", "EC", "欧州委員会", "欧州"},
    {"de", "Germany", "Germany", "German", "ドイツ", "独"},
    {"us", "United States", "United States", "U.S.", "US", "America", "米国", "米"},
    {"in", "India", "India", "Indian", "インド", "印"},
    {"fr", "France", "France", "French", "フランス", "仏"},
    {"gb", "United Kingdom", "UK", "United Kingdom", "Britain", "British", "英国", "英"},
    {"sg", "Singapore", "Singapore", "シンガポール"},
    {"it", "Italy", "Italy", "Italian", "イタリア"}
  };

  static List<String> aliases(Party p) {
    List<String> out = new ArrayList<>();
    out.add(p.name());
    for (String[] row : PARTIES) {
      if (row[0].equals(p.code())) {
        for (int k = 2; k < row.length; k++) {
          out.add(row[k]);
        }
      }
    }
    return out;
  }

  private static final Pattern VERB =
      Pattern.compile(
          "\\s(explained|introduced|presented|agreed|decided|confirmed|reaffirmed|will|would|intend|recognized|recognize|pointed|shared|welcomed|emphasized|showed|exchanged|gave|proposed|mentioned|acknowledged|endorsed|required|delivered|selected|have|has|also|further|discussed|stressed|noted|expressed|called|committed|affirmed|held|mutually)\\b");
  private static final Pattern HONORIFIC =
      Pattern.compile(
          "^(?:Mr|Ms|Mrs|Dr|Prof|H\\.E)\\.?\\s+(?:Shri\\s+)?([^()]+?)(?:\\s*\\((.*)\\))?$");
  private static final Pattern HONORIFIC_START =
      Pattern.compile("(?:Mr|Ms|Mrs|Dr|Prof|H\\.E)\\.?\\s");
  private static final Pattern HONORIFIC_END = Pattern.compile("\\b(?:Mr|Ms|Mrs|Dr|Prof)\\.$");
  private static final Pattern TITLE_WORD =
      Pattern.compile(
          "\\b(?:Minister|Vice-Minister|Director|Secretary|Member|General|Head|Commissioner|Ambassador|President|Chair|Chairman|Deputy|Counsellor|Counselor|Officer|Councillor|Assistant|Administrator|Advisor|Adviser|Coordinator|Undersecretary)\\b");
  private static final Pattern TITLE_ORGANIZATION =
      Pattern.compile(
          "\\s+(?:of|at)\\s+(?:the\\s+)?(?=(?:[^()]*\\b(?:Ministry|Department)\\b[^()]*|[A-Z]{2,6}|[A-Z][a-z]?[A-Z][A-Za-z]{0,4})$)");
  private static final Pattern JA_ORGANIZATION = Pattern.compile("(?:省|庁|委員会|機構|大使館)$");
  private static final Pattern JA_OTHERS = Pattern.compile("(?:ほか|他|等|など)$");
  private static final Pattern JA_TITLE =
      Pattern.compile("(?:官|長|大臣|次官|審議官|参事官|理事|代表|会長|社長|総裁|顧問|大使)$");
  private static final Pattern COUNTERPART =
      Pattern.compile("\\b(?:talks|meeting|meetings|met) with\\s+");
  private static final Pattern EXCHANGE_ON =
      Pattern.compile(
          "\\bexchanged (?:their )?(?:views|opinions)(?: at a high level)? on ([^,.;]{1,200})");
  private static final Pattern ORDINAL_AFTER =
      Pattern.compile("[」』\"”]?\\s*\\(?\\s*第\\s*(\\d{1,3})\\s*回");
  private static final Pattern ORDINAL_AFTER_HELD =
      Pattern.compile(
          "\\s*(?:\\([A-Za-z]{2,6}\\)\\s*)?(?:held|holds|convened) its ((\\d{1,3})(?:st|nd|rd|th))");
  private static final Pattern ORDINAL_DIGITS = Pattern.compile("\\b(\\d{1,3})(?:st|nd|rd|th)\\b");
  private static final Pattern ORDINAL_WORD =
      Pattern.compile("(?i)\\b(" + Ordinals.PATTERN + ")\\b");
  private static final Pattern ORDINAL_JAPANESE =
      Pattern.compile("第\\s*(\\d{1,3})\\s*回|(\\d{1,3})\\s*回目");
  private static final Pattern ORDINAL_JAPANESE_ANY = ORDINAL_JAPANESE;
  private static final Pattern ACRONYM = Pattern.compile("\\s*\\([A-Z]{2,6}\\)");
  private static final Pattern DIVISION =
      Pattern.compile(
          "^((?:[A-Z][A-Za-z&-]*\\s)*(?:Division|Office|Department)(?:,\\s*[A-Z][A-Za-z ]*?(?:Bureau|Secretariat))?)(?:,\\s*MIC)?\\s*$");
  private static final Pattern MINISTRY =
      Pattern.compile(
          "((?:Federal\\s)?Ministry (?:of|for) [A-Z][A-Za-z,' ]{1,80}?)(?=[,.(]| and | held)");
  private static final Pattern PARTICIPANT_COUNT =
      Pattern.compile(
          "(\\d{1,4}) participants in total|There were (\\d{1,4}) participants|参加者は約?(\\d{1,4})名|約?(\\d{1,4})名が参加");
  private static final Pattern NEXT_PLAN =
      Pattern.compile(
          "by the end of (\\d{4})|in (\\d{4})\\b|(?:at the earliest opportunity )?next year(?: or later)?|later this year|(\\d{4})年(?:末|内|中)(?:までに)?|来年(?:度)?(?:中|以降)?|年内");

  static boolean isHeld(String folded) {
    String l = folded.toLowerCase(Locale.ROOT);
    return l.contains(" held ")
        || l.contains(" held the")
        || l.contains(" held its")
        || l.contains("was held")
        || l.contains("were held")
        || l.contains("took place")
        || l.contains("convened")
        || l.contains(" met ")
        || folded.contains("開催")
        || folded.contains("行われ");
  }

  static boolean meetingNoun(String t) {
    String l = t.toLowerCase(Locale.ROOT);
    return l.contains("dialogue")
        || l.contains("meeting")
        || l.contains("workshop")
        || l.contains("working group")
        || l.contains("round table")
        || l.contains("brt")
        || l.contains("talks")
        || l.contains("visit")
        || l.contains("consultation")
        || t.contains("対話")
        || t.contains("会合")
        || t.contains("協議")
        || t.contains("会議")
        || t.contains("ワークショップ")
        || t.contains("作業部会")
        || t.contains("会談")
        || t.contains("官民");
  }

  static boolean vague(String t) {
    String l = t.toLowerCase(Locale.ROOT);
    return l.equals("summary")
        || l.startsWith("review ")
        || l.contains("policies")
        || l.equals("others")
        || l.equals("other")
        || l.contains("projects")
        || t.equals("その他")
        || t.contains("政策動向")
        || t.contains("プロジェクト");
  }

  static String nfkc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }

  static String stripResult(String title) {
    String t = title.trim();
    t = t.replaceFirst("^(?i)(results? of (the )?|outcomes? of (the )?)", "");
    t = t.replaceFirst("(の開催結果|の結果|結果|の開催)$", "");
    return t.trim().isEmpty() ? title.trim() : t.trim();
  }

  static String trimPunctuation(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && " ()（）[]【】,、.。:：-–—　".indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && " ()（）[]【】,、.。:：-–—　".indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    return s.substring(a, b);
  }

  static boolean startsWithAny(String t, String... prefixes) {
    for (String p : prefixes) {
      if (t.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  static String slug(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /** The words around a span: up to three words before it and one after. */
  static String words(String t, int start, int end) {
    int a = start;
    for (int w = 0; w < 4 && a > 0; ) {
      a--;
      if (t.charAt(a) == ' ' && a < start - 1) {
        w++;
      }
    }
    if (a > 0) {
      a++;
    }
    int b = end;
    for (int w = 0; w < 2 && b < t.length(); b++) {
      if (t.charAt(b) == ' ' || t.charAt(b) == ',' || t.charAt(b) == '.') {
        w++;
      }
    }
    return t.substring(a, Math.min(t.length(), b)).trim().replaceAll("[,. ]+$", "");
  }

  static String quoted(String s) {
    return "\"" + s + "\"";
  }

  static String clip(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }
}
