package dev.parley.core.model;

import dev.parley.core.internal.CompatibleText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The small grammar of outcome wordings behind {@link Commitment#suggestion(String)}: main verbs
 * with their complements, in English and Japanese. Linear in the length of the wording: every word
 * is looked at with a bounded window ({@value #EN_WINDOW} words after it in English, {@value
 * #JA_WINDOW} characters before it in Japanese, {@value #JA_DOCUMENT_WINDOW} characters before a
 * Japanese verb of signing or issuing for its document, {@value #JA_KOTO_GAP} characters after a
 * こと-clause's particle for its verb of agreeing, a few closing marks and one window before the end
 * of a Japanese wording for its last predicate, a few words around an English verb of signing,
 * launching, holding or doing for its document, body, event or piece of work (at most {@value
 * #DOCUMENT_REACH} words after a verb of signing, {@value #BODY_REACH} after one of launching),
 * {@value #JA_WISH_SAY_GAP} characters after a Japanese verb of hoping for the verb that states it,
 * {@value #JA_SHARED_GAP} characters before a Japanese verb of sharing for its word of need, one
 * window before a Japanese verb of recognizing for the start of its clause, three words before an
 * English adverb of regular meeting, six words before a headline's "to", one window before an
 * English "to continue" for a verb of renewing it serves, {@value #JA_ASIDE_WINDOW} characters
 * before a Japanese verb of signing for a bracketed aside that may hide its document, two windows
 * after an English phrase of place for the "to" that starts the complement, two windows after "met"
 * for the talk it was for, two windows after an English verb of informing or saying followed by
 * "that" for the intention it reports, three characters after a Japanese past verb for the noun it
 * may qualify, and the text from an English participle that opens a sentence to that sentence's
 * end, once per sentence, for the main clause it may set the scene for).
 */
final class OutcomeGrammar {
  private OutcomeGrammar() {}

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  static final int EN_WINDOW = 12;
  static final int JA_WINDOW = 80;

  /** A level found in the wording, with where its evidence starts and ends in the text. */
  private static final class Event {
    final Commitment level;
    final int start;
    final int end;

    /**
     * Whether the event sets the scene for a main clause, and so counts only if nothing else does.
     */
    final boolean scene;

    Event(Commitment level, int start, int end) {
      this(level, start, end, false);
    }

    Event(Commitment level, int start, int end, boolean scene) {
      this.level = level;
      this.start = start;
      this.end = end;
      this.scene = scene;
    }
  }

  static Optional<CommitmentSuggestion> suggest(String wording) {
    String text = normalized(wording);
    List<Event> events = new ArrayList<>();
    boolean negated = english(text, events);
    if (hasJapanese(text)) {
      negated |= japanese(text, events);
    }
    if (negated || events.isEmpty()) {
      return Optional.empty();
    }
    // A participle that sets the scene ("Recognising X, the ministers ...") counts only when the
    // wording says nothing else.
    boolean main = events.stream().anyMatch(e -> !e.scene);
    Event best = null;
    for (Event e : events) {
      if ((!main || !e.scene) && (best == null || e.level.isStrongerThan(best.level))) {
        best = e;
      }
    }
    String evidence = text.substring(best.start, Math.max(best.end, best.start + 1)).strip();
    if (evidence.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(CommitmentSuggestion.of(best.level, evidence));
  }

  /** NFKC, with runs of combining marks cut, as topic matching does; linear. */
  private static String normalized(String text) {
    return CompatibleText.of(text);
  }

  private static boolean hasJapanese(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x3040 && c <= 0x9FFF) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------- English

  /**
   * A lowercase word with its place in the text, whether a clause boundary precedes it, and whether
   * that boundary is only a parenthesis (an aside such as an abbreviation, "Working Group (JWG)").
   */
  private static final class Word {
    final String w;
    final int start;
    final int end;
    final boolean boundaryBefore;
    final boolean aside;

    Word(String w, int start, int end, boolean boundaryBefore, boolean aside) {
      this.w = w;
      this.start = start;
      this.end = end;
      this.boundaryBefore = boundaryBefore;
      this.aside = aside;
    }
  }

  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    boolean boundary = true;
    boolean hard = true;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 0x3000) {
        int start = i;
        StringBuilder w = new StringBuilder();
        while (i < text.length()
            && ((Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 0x3000)
                || ((text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
                    && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1))))) {
          char d = text.charAt(i);
          if (d != '\'' && d != '\u2019') {
            w.append(d);
          } else {
            w.append('\'');
          }
          i++;
        }
        String word = w.toString().toLowerCase(Locale.ROOT);
        if (word.endsWith("n't")) {
          String stem = word.substring(0, word.length() - 3);
          words.add(new Word(stem.equals("ca") ? "can" : stem, start, i, boundary, !hard));
          words.add(new Word("not", start, i, false, false));
        } else {
          int apostrophe = word.indexOf('\'');
          words.add(
              new Word(
                  apostrophe > 0 ? word.substring(0, apostrophe) : word,
                  start,
                  i,
                  boundary,
                  boundary && !hard));
        }
        boundary = false;
        hard = false;
      } else {
        boolean initial =
            c == '.'
                && !words.isEmpty()
                && words.get(words.size() - 1).end == i
                && words.get(words.size() - 1).end - words.get(words.size() - 1).start == 1;
        if (initial) {
          // The point of an initial ("U.S.", "U.K.") ends no clause.
          i++;
          continue;
        }
        if (c == ';' || c == '.' || c == ':' || c == '!' || c == '?') {
          boundary = true;
          hard = true;
        } else if (c == '(' || c == ')') {
          boundary = true;
        }
        i++;
      }
    }
    return words;
  }

  private static final Set<String> COOP_VERBS =
      set(
          "cooperate",
          "cooperating",
          "collaborate",
          "collaborating",
          "promote",
          "promoting",
          "strengthen",
          "strengthening",
          "deepen",
          "deepening",
          "enhance",
          "enhancing",
          "advance",
          "advancing",
          "support",
          "supporting",
          "coordinate",
          "coordinating",
          "work",
          "working",
          "expand",
          "expanding",
          "pursue",
          "pursuing",
          "facilitate",
          "facilitating",
          "foster",
          "fostering",
          "encourage",
          "encouraging",
          "accelerate",
          "accelerating",
          "partner",
          "tackle",
          "address",
          "increase",
          "increasing",
          "boost",
          "boosting",
          "intensify",
          "intensifying",
          "participate",
          "participating",
          "standardize",
          "standardise",
          "harmonize",
          "harmonise",
          "develop",
          "focus");
  private static final Set<String> COOP_NOUNS =
      Set.of("cooperation", "collaboration", "partnership", "coordination", "cooperative");
  private static final Set<String> DIALOGUE_VERBS =
      set(
          "exchange",
          "exchanging",
          "discuss",
          "discussing",
          "share",
          "sharing",
          "consult",
          "consulting",
          "talk",
          "talking",
          "hold",
          "holding",
          "meet",
          "meeting",
          "examine",
          "review",
          "study",
          "convene",
          "convening",
          "explore",
          "exploring",
          "discussed",
          "examined");
  private static final Set<String> DIALOGUE_NOUNS =
      set(
          "discussion",
          "discussions",
          "dialogue",
          "dialogues",
          "dialog",
          "talks",
          "consultation",
          "consultations",
          "exchanges",
          "deliberations",
          "conversation");
  private static final Set<String> IMPORTANCE =
      set(
          "importance",
          "necessity",
          "need",
          "needs",
          "significance",
          "value",
          "vital",
          "essential",
          "imperative",
          "important",
          "crucial",
          "benefit",
          "benefits");
  private static final Set<String> NEUTRAL =
      set(
          "to",
          "continue",
          "continuing",
          "further",
          "also",
          "jointly",
          "closely",
          "actively",
          "steadfastly",
          "their",
          "its",
          "the",
          "a",
          "an",
          "both",
          "each",
          "mutual",
          "efforts",
          "effort",
          "to",
          "be",
          "on",
          "in",
          "more",
          "even",
          "strongly",
          "together",
          "with",
          "close",
          "continued",
          "ongoing",
          "regular",
          "regularly",
          "new",
          "future",
          "bilateral",
          "specific",
          "concrete",
          "additional",
          "soon",
          "now",
          "full",
          "greater",
          "closer",
          "same",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "today",
          "yesterday");
  private static final Set<String> MODALS = set("will", "would", "shall", "should");
  private static final Set<String> AGREE =
      set(
          "agree",
          "agreed",
          "agrees",
          "agreeing",
          "concur",
          "concurred",
          "concurs",
          "decide",
          "decided",
          "decides",
          "deciding",
          "decision",
          "intend",
          "intends",
          "intended",
          "aim",
          "aims",
          "committed",
          "commit",
          "commits",
          "committing",
          "plan",
          "plans",
          "planned",
          "resolved",
          "determined",
          "consensus",
          "intention",
          "intentions",
          "pledge",
          "pledged",
          "pledges",
          "pledging",
          "vow",
          "vowed",
          "vows",
          "promise",
          "promised",
          "promises",
          "stipulates",
          "stipulated",
          "specifies");
  private static final Set<String> CONFIRM =
      Set.of("confirm", "confirmed", "confirms", "confirming", "reconfirmed", "reconfirm");
  private static final Set<String> REAFFIRM =
      set(
          "reaffirm",
          "reaffirmed",
          "reaffirms",
          "reaffirming",
          "reiterate",
          "reiterated",
          "reiterates",
          "reiterating",
          "renew",
          "renewed",
          "renewing",
          "recall",
          "recalled",
          "recalls",
          "recalling");
  private static final Set<String> SHARED =
      set(
          "recognize",
          "recognized",
          "recognizes",
          "recognizing",
          "recognise",
          "recognised",
          "recognises",
          "acknowledge",
          "acknowledged",
          "acknowledges",
          "welcome",
          "welcomed",
          "welcomes",
          "underscore",
          "underscored",
          "underscores",
          "underline",
          "underlined",
          "underlines",
          "emphasize",
          "emphasized",
          "emphasizes",
          "emphasise",
          "emphasised",
          "stress",
          "stressed",
          "highlight",
          "highlighted",
          "noted",
          "note",
          "appreciated",
          "affirmed",
          "affirm",
          "affirms",
          "affirming",
          "commend",
          "commended",
          "commends",
          "valued",
          "appreciate",
          "appreciates",
          "praised",
          "hailed",
          "applauded",
          "concerned",
          "confident",
          "condemned",
          "condemn",
          "condemns",
          "converged",
          "welcoming",
          "recognising",
          "acknowledging",
          "noting",
          "stresses",
          "stressing",
          "emphasizing",
          "emphasising",
          "emphasises",
          "highlights",
          "highlighting",
          "underlining",
          "underscoring",
          "appreciating",
          "commending");
  private static final Set<String> SHARED_OBJECTS =
      set(
          "view",
          "views",
          "concern",
          "concerns",
          "recognition",
          "understanding",
          "vision",
          "perspective",
          "awareness",
          "opinion",
          "values",
          "goal",
          "goals",
          "support",
          "commitment",
          "idea",
          "ideas",
          "desire",
          "ambition",
          "ambitions",
          "interest",
          "interests",
          "assessment",
          "acknowledgement",
          "priorities",
          "principles");
  private static final Set<String> INFORMED =
      set(
          "explained",
          "explain",
          "explains",
          "explaining",
          "introduced",
          "introduce",
          "introduces",
          "presented",
          "presents",
          "reported",
          "reports",
          "briefed",
          "described",
          "outlined",
          "updated",
          "exchanged",
          "discussed",
          "informed",
          "stated",
          "showcased",
          "reviewed",
          "reviewing",
          "assessed",
          "evaluated",
          "deliberated",
          "debated",
          "discussing",
          "talked",
          "chatted",
          "focused",
          "encouraged",
          "urged");

  /**
   * Verbs of one side asking the other for something ("requested Japan to continue supporting",
   * "called on the minister to ..."): a request is no outcome, as 支援を要請した is not, and what is asked
   * for is not agreed.
   */
  private static final Set<String> REQUESTS =
      set("requested", "requests", "asked", "asks", "begged", "appealed", "encourages", "urges");

  /** The verbs of calling on someone to do something, with "on" or "upon" after them. */
  private static final Set<String> CALLING = set("called", "calls", "calling", "call");

  /**
   * The words of what one side will or means to do ("her ministry will intensify", "the ministry
   * plans to expand"): in a clause that side reports, its own intention; an agreement it reports
   * ("stated that both countries agreed to") still counts.
   */
  private static final Set<String> INTENDED =
      set(
          "will",
          "would",
          "shall",
          "continue",
          "continues",
          "plans",
          "plan",
          "planned",
          "intends",
          "intend",
          "aims",
          "aim");

  /** The verbs of saying that propose: what is proposed is not yet agreed. */
  private static final Set<String> PROPOSING = set("proposed", "proposes", "suggested", "suggests");

  /**
   * Verbs of saying or proposing by one side ("he said", "proposed that Japan ..."): a side informs
   * (a request, "requested a review", is no outcome, as 再検討を要請した). Unlike {@link #INFORMED} they
   * govern a wish before them in their clause ("stands ready to ..., she said") and do not make a
   * signing they report one side's.
   */
  private static final Set<String> SAYING =
      set(
          "said",
          "says",
          "told",
          "tells",
          "proposed",
          "proposes",
          "suggested",
          "suggests",
          "mentioned",
          "remarked",
          "conveyed",
          "commented");

  private static final Set<String> NEGATIONS =
      set(
          "not",
          "never",
          "no",
          "nor",
          "neither",
          "without",
          "failed",
          "yet",
          "unable",
          "cannot",
          "refused",
          "declined",
          "rejected");
  private static final Set<String> RELATIVE = set("that", "which", "who", "whom", "whose");

  /** What a clause that says "no ..." did not reach ("no conclusion was made"): a failure. */
  private static final Set<String> OUTCOME_NOUNS =
      set(
          "conclusion",
          "conclusions",
          "agreement",
          "agreements",
          "consensus",
          "decision",
          "decisions",
          "breakthrough",
          "progress",
          "deal",
          "outcome",
          "result",
          "results");

  /** Words of hoping or expecting: what follows them in their clause is not a commitment. */
  private static final Set<String> WISHES =
      set(
          "hope",
          "hopes",
          "hoped",
          "hoping",
          "hopeful",
          "wish",
          "wishes",
          "wished",
          "desire",
          "desires",
          "expectation",
          "expectations",
          "expect",
          "expects",
          "expected",
          "ready",
          "readiness",
          "willing",
          "willingness");

  /** Participles of holding an event, in the passive "discussions will be held". */
  private static final Set<String> HELD =
      set("held", "convened", "organized", "organised", "hosted");

  /** Verbs of making a joint document: signing, issuing, adopting, approving it. */
  private static final Set<String> DOCUMENT_VERBS =
      set(
          "sign",
          "signed",
          "signing",
          "issue",
          "issued",
          "issuing",
          "adopt",
          "adopted",
          "adopting",
          "approve",
          "approved",
          "approving",
          "endorse",
          "endorsed",
          "endorsing",
          "release",
          "released",
          "releasing",
          "conclude",
          "concluded",
          "concluding",
          "compile",
          "compiled",
          "compiling",
          "ink",
          "inked",
          "inking",
          "seal",
          "sealed",
          "sealing",
          "initialled",
          "initialed",
          "finalize",
          "finalized",
          "finalise",
          "finalised",
          "countersigned",
          "enshrined",
          "exchanged",
          "exchanging",
          "formulated",
          "formulate",
          "formulating",
          "drafted");

  /** The nouns of starting a body that a verb of approving may take ("endorsed the launch of"). */
  private static final Set<String> STARTINGS =
      set("establishment", "creation", "launch", "formation", "setting");

  /** The joint documents those verbs make. */
  private static final Set<String> DOCUMENTS =
      set(
          "memorandum",
          "memoranda",
          "moc",
          "mou",
          "statement",
          "statements",
          "declaration",
          "communique",
          "communiqu\u00e9",
          "document",
          "documents",
          "charter",
          "roadmap",
          "workplan",
          "plan",
          "arrangement",
          "agreement",
          "agreements",
          "letter",
          "letters",
          "mous",
          "mocs",
          "memorandums",
          "declarations",
          "charters",
          "roadmaps",
          "arrangements",
          "deal",
          "deals",
          "pact",
          "pacts",
          "accord",
          "accords",
          "treaty",
          "treaties",
          "protocol",
          "contract",
          "contracts",
          "toolkit",
          "toolkits",
          "masterplan",
          "notes",
          "deliverables",
          "principles",
          "guidelines",
          "framework",
          "frameworks");

  /** Verbs of starting a joint body or project; "launch" only as a verb (not "the launch of"). */
  private static final Set<String> LAUNCH_VERBS =
      set(
          "launch",
          "launched",
          "launching",
          "establish",
          "established",
          "establishing",
          "create",
          "created",
          "creating",
          "form",
          "formed",
          "set",
          "unveil",
          "unveiled",
          "unveiling",
          "inaugurate",
          "inaugurated",
          "inaugurating",
          "initiate",
          "initiated",
          "initiating",
          "arrange",
          "constitute",
          "constituted",
          "constituting",
          "announced",
          "announce");

  /** The joint bodies and projects those verbs start. */
  private static final Set<String> BODIES =
      set(
          "group",
          "groups",
          "partnership",
          "dialogue",
          "forum",
          "committee",
          "council",
          "force",
          "initiative",
          "programme",
          "program",
          "project",
          "projects",
          "network",
          "centre",
          "center",
          "platform",
          "body",
          "mechanism",
          "fund",
          "team",
          "teams",
          "panel",
          "consortium",
          "alliance",
          "hub",
          "initiatives",
          "programmes",
          "programs",
          "networks",
          "platforms",
          "mechanisms",
          "committees",
          "forums",
          "alliances",
          "framework",
          "frameworks",
          "organisation",
          "organization",
          "bodies");

  /** Participles of starting a body, in the passive "a working group will be set up". */
  private static final Set<String> LAUNCHED =
      set("launched", "established", "created", "formed", "set");

  /** Verbs of doing that, with a piece of joint work as object, make it joint action. */
  private static final Set<String> DOING_VERBS =
      set(
          "conduct",
          "conducting",
          "carry",
          "carrying",
          "implement",
          "implementing",
          "undertake",
          "undertaking");

  /** Pieces of joint work that verbs of doing take ("conduct a survey", "carry out trials"). */
  private static final Set<String> JOINT_WORK =
      set(
          "survey",
          "surveys",
          "study",
          "studies",
          "research",
          "experiment",
          "experiments",
          "demonstration",
          "demonstrations",
          "trial",
          "trials",
          "pilot",
          "pilots",
          "project",
          "projects");

  /** Verbs that carry no level of their own before their object ("conduct discussions"). */
  private static final Set<String> LIGHT_VERBS =
      set("conduct", "conducting", "undertake", "undertaking", "carry", "carrying", "out");

  /** Meetings that "the next ..." names when it is planned ("the next Council is planned"). */
  private static final Set<String> NEXT_EVENTS =
      set(
          "meeting",
          "meetings",
          "council",
          "dialogue",
          "session",
          "round",
          "forum",
          "summit",
          "consultation",
          "consultations",
          "talks",
          "conference");

  /** Participles of planning or holding a meeting. */
  private static final Set<String> PLANNED =
      set("planned", "scheduled", "held", "convened", "hosted", "organized", "organised");

  /** Joint events that holding or organizing one makes joint action (a meeting is dialogue). */
  private static final Set<String> JOINT_EVENTS =
      set(
          "workshop",
          "workshops",
          "seminar",
          "seminars",
          "symposium",
          "exercise",
          "exercises",
          "hackathon",
          "webinar",
          "demonstration",
          "trial",
          "trials");

  /** Verbs of holding or organizing, in forms that speak of what is to come. */
  private static final Set<String> HOLD_VERBS =
      set("hold", "holding", "organize", "organizing", "organise", "organising", "host", "hosting");

  /** Finds the English events; returns true if a main verb is negated. */
  private static boolean english(String text, List<Event> events) {
    List<Word> w = words(text);
    boolean negated = false;
    // The word of hoping or expecting whose clause this word is in, or -1.
    int wish = -1;
    // The verb of informing whose reported clause ("told her host that ...") this word is in, or
    // -1.
    int account = -1;
    for (int i = 0; i < w.size(); i++) {
      String word = w.get(i).w;
      if (wish >= 0 && (w.get(i).boundaryBefore || i - wish > EN_WINDOW || newPredicate(w, i))) {
        wish = -1;
      }
      if (account >= 0
          && (w.get(i).boundaryBefore || i - account > 2 * EN_WINDOW || newPredicate(w, i))) {
        account = -1;
      }
      if (WISHES.contains(word) || lookingForward(w, i)) {
        wish = i;
        continue;
      }
      if ((REQUESTS.contains(word) && !afterModal(w, i))
          || (CALLING.contains(word) && within(w, i + 1, 1, "on", "upon"))) {
        // One side asking for something: no outcome, and what it asks for is not agreed; nor does
        // the participle that set the scene for the asking ("Recognising X, Malaysia encourages").
        wish = i;
        events.removeIf(e -> e.scene);
        continue;
      }
      if (CALLING.contains(word)
          && within(w, i + 1, 1, "for")
          && !afterModal(w, i)
          && !reported(w, i)
          && !usedAsNoun(w, i)) {
        // "The ministers call for the development of ...": a view the sides hold; calling for
        // consultations is going on talking.
        int talk = firstWithin(w, i + 2, 3, DIALOGUE_NOUNS);
        events.add(
            new Event(
                talk >= 0 ? Commitment.CONTINUE_DIALOGUE : Commitment.SHARED_VIEW,
                w.get(i).start,
                w.get(talk >= 0 ? talk : i + 1).end));
        continue;
      }
      if (word.equals("no") && firstOutcome(w, i + 1) >= 0) {
        // "..., but no conclusion was made": the meeting reached nothing.
        negated = true;
        continue;
      }
      if (i > 0
          && word.endsWith("ed")
          && ((w.get(i - 1).w.equals("as")
                  && (REAFFIRM.contains(word) || CONFIRM.contains(word) || SHARED.contains(word)))
              || (w.get(i - 1).w.equals("be") && word.equals("noted")))) {
        // "as reaffirmed in paragraph 4 of the Tunis Commitment" cites an earlier text; "it should
        // be noted that" is the writer's aside.
        continue;
      }
      Commitment level = null;
      boolean saying = false;
      boolean scene = false;
      int end = i;
      // Where the evidence starts, if before the head word ("stand united", "continue to commit").
      int first = i;
      if (word.startsWith("endors")
          && !usedAsNoun(w, i)
          && firstWithin(w, i + 1, 3, AIMS) >= 0
          && (document(w, i) < 0 || document(w, i) > firstWithin(w, i + 1, 3, AIMS))) {
        // "Ministers endorse the goal advanced in the Leaders' Declaration": a view held.
        level = Commitment.SHARED_VIEW;
        end = firstWithin(w, i + 1, 3, AIMS);
      } else if (DOCUMENT_VERBS.contains(word) && document(w, i) >= 0) {
        level = Commitment.JOINT_ACTION;
        end = document(w, i);
      } else if (DOCUMENT_VERBS.contains(word)
          && word.endsWith("ed")
          && i > 0
          && text.substring(w.get(i - 1).end, w.get(i).start).contains(",")
          && DOCUMENTS.contains(w.get(i - 1).w)
          && within(w, i + 1, 1, "by")
          && !reported(w, i - 1)) {
        // "The agreement, signed by the two ministers at ...": a joint document made.
        level = Commitment.JOINT_ACTION;
        first = i - 1;
      } else if (DOCUMENTS.contains(word) && documentIssued(w, i) >= 0) {
        level = Commitment.JOINT_ACTION;
        end = documentIssued(w, i);
      } else if (LAUNCH_VERBS.contains(word) && launchedBody(w, i) >= 0) {
        level = Commitment.JOINT_ACTION;
        end = launchedBody(w, i);
      } else if (HOLD_VERBS.contains(word)
          && within(w, i + 1, 2, "next")
          && firstWithin(w, i + 1, 5, NEXT_EVENTS) >= 0) {
        // "plan to hold the next joint ICT Policy Forum": the dialogue goes on.
        level = Commitment.CONTINUE_DIALOGUE;
        end = firstWithin(w, i + 1, 5, NEXT_EVENTS);
      } else if (HOLD_VERBS.contains(word) && firstWithin(w, i + 1, 4, JOINT_EVENTS) >= 0) {
        level = Commitment.JOINT_ACTION;
        end = firstWithin(w, i + 1, 4, JOINT_EVENTS);
      } else if (HOLD_VERBS.contains(word)
          && !usedAsNoun(w, i)
          && firstWithin(w, i + 1, 3, JOINT_WORD) >= 0
          && firstWithin(w, i + 1, 3, JOINT_WORD) + 1 < w.size()) {
        // Holding a joint event of any name ("hold a Joint Conference") is joint action.
        level = Commitment.JOINT_ACTION;
        end = firstWithin(w, i + 1, 3, JOINT_WORD) + 1;
      } else if (DOING_VERBS.contains(word) && doneWork(w, i) >= 0) {
        // Agreeing or planning to conduct a survey, a study or a trial is joint action.
        level = Commitment.JOINT_ACTION;
        end = doneWork(w, i);
      } else if (word.equals("next") && plannedMeeting(w, i) >= 0) {
        // "The next Council is planned for 2025": the dialogue goes on.
        level = Commitment.CONTINUE_DIALOGUE;
        end = plannedMeeting(w, i);
      } else if (word.equals("united")
          && i > 0
          && Set.of("stand", "stands", "stood", "standing").contains(w.get(i - 1).w)) {
        // Standing united is holding a view in common.
        level = Commitment.SHARED_VIEW;
        first = i - 1;
      } else if (word.equals("joint") || word.equals("jointly")) {
        int j = jointAction(w, i);
        if (j >= 0) {
          level = Commitment.JOINT_ACTION;
          end = j;
        }
      } else if ((word.equals("selected") || word.equals("select") || word.equals("selecting"))
          && within(w, i + 1, 5, "project", "projects")) {
        level = Commitment.JOINT_ACTION;
        end = Math.min(w.size() - 1, i + 4);
      } else if (word.equals("collaborate") && within(w, i + 1, 3, "implementing")) {
        level = Commitment.JOINT_ACTION;
        end = i + 2;
      } else if (word.equals("commitment")
          && i > 0
          && Set.of("continued", "ongoing", "continuous", "steadfast", "common", "shared", "strong")
              .contains(w.get(i - 1).w)) {
        level = Commitment.REAFFIRMED;
        end = i;
        i--; // the evidence starts at the adjective
        if (i >= 0) {
          events.add(new Event(level, w.get(i).start, w.get(end).end));
          i = end;
          continue;
        }
      } else if ((word.equals("ongoing") || word.equals("further"))
          && i + 1 < w.size()
          && (DIALOGUE_NOUNS.contains(w.get(i + 1).w) || w.get(i + 1).w.equals("discuss"))) {
        level = Commitment.CONTINUE_DIALOGUE;
        end = i + 1;
      } else if (word.equals("deepening")
          && within(w, i + 1, 2, "discussions", "discussion", "dialogue")) {
        level = Commitment.CONTINUE_DIALOGUE;
        end = i + 2;
      } else if (i == 0
          && COOP_VERBS.contains(word)
          && !word.endsWith("ing")
          && w.size() > 1
          && complement(w, 0, false) != null) {
        // An item of a list of what the sides will do ("Strengthen the resilience of supply
        // chains", "Cooperate in the field of cyber security"): the verb that opens it says it.
        int[] r = complement(w, 0, false);
        level = Commitment.values()[r[0]];
        end = r[1];
      } else if (scheduledTo(w, i)) {
        // "The co-chairs are set to meet again": what is scheduled is said as a modal says it.
        int[] r = complement(w, i + 2, false);
        if (r != null) {
          level = Commitment.values()[r[0]];
          end = r[1];
        }
      } else if (headlineSubject(text, w, i)) {
        // "UK and Japan to collaborate on ...": a headline's infinitive is its predicate.
        int[] r = complement(w, i + 1, false);
        if (r != null) {
          level = Commitment.values()[r[0]];
          end = r[1];
          first = i;
        }
      } else if (MODALS.contains(word) || word.equals("continue") || word.equals("continues")) {
        // A main clause's "should" advises ("They should also continue their cooperation"); under
        // a verb of agreeing ("agreed that they should cooperate") that verb reads it.
        if (!word.equals("should")
            && !subordinate(w, i)
            && !(word.startsWith("continue") && (afterModal(w, i) || renewedPurpose(w, i)))) {
          int[] r = complement(w, i + 1, false);
          if (r == null) {
            r = continuingSubject(w, i);
          }
          if (r == null && MODALS.contains(word)) {
            r = heldSubject(w, i);
          }
          if (r != null) {
            level = Commitment.values()[r[0]];
            end = Math.max(i, r[1]);
            if (r[1] < i) {
              events.add(new Event(level, w.get(r[1]).start, w.get(i).end));
              level = null;
            }
          }
        }
      } else if (AGREE.contains(word) || resolving(w, i) || reachedAgreement(w, i)) {
        if (word.startsWith("intention")
            && firstWithin(w, Math.max(0, i - 3), i - Math.max(0, i - 3), REAFFIRM) >= 0) {
          // "reaffirm our intention to cooperate": the intention is renewed, read at its verb.
          continue;
        }
        if (word.equals("consensus")
            && firstWithin(w, i + 1, EN_WINDOW, NEGATIONS) >= 0
            && firstWithin(w, i + 1, EN_WINDOW, REACHED) >= 0) {
          // "where consensus on a ministerial statement could not be achieved": none reached.
          negated = true;
          continue;
        }
        int j = skipNeutral(w, i + 1);
        if (j < w.size() && CONSIDERING.contains(w.get(j).w)) {
          // Agreeing only to consider something ("agreed to actively consider this proposal")
          // commits to nothing yet, as "will consider" does not.
          continue;
        }
        if (word.startsWith("agree")
            && within(w, i + 1, 1, "to")
            && within(w, i + 2, 1, "be")
            && i + 3 < w.size()
            && HELD.contains(w.get(i + 3).w)) {
          // "The next meeting has been agreed to be held in 2023": the dialogue goes on.
          level = Commitment.CONTINUE_DIALOGUE;
          end = i + 3;
        } else if (word.startsWith("commit")
            && within(w, Math.max(0, i - 2), i - Math.max(0, i - 2), "continue", "continues")) {
          // Continuing to commit to something renews a commitment.
          level = Commitment.REAFFIRMED;
          first = Math.max(0, i - 2);
        } else if (i + 1 < w.size() && RELATIVE.contains(w.get(i + 1).w)) {
          int[] r = thatClause(w, i + 2);
          level = r == null ? Commitment.SHARED_VIEW : Commitment.values()[r[0]];
          end = r == null ? i + 1 : r[1];
        } else if (!subordinate(w, i) || !word.equals("decision")) {
          int[] r = complement(w, i + 1, true);
          if (r != null) {
            level = Commitment.values()[r[0]];
            end = r[1];
          } else if (word.startsWith("agree")
              || word.startsWith("concur")
              || (word.startsWith("commit")
                  && within(w, i + 1, 1, "to")
                  && i + 2 < w.size()
                  && !NEUTRAL.contains(w.get(i + 2).w)
                  && !DETERMINERS.contains(w.get(i + 2).w))) {
            // Agreeing, or committing to do something ("committed to fight market distortions"),
            // with no category of its own: an agreement to act.
            level = Commitment.AGREED_TO_COOPERATE;
          } else if (word.equals("consensus")) {
            // A consensus reached on issues, with nothing to do named: a view held in common.
            level = Commitment.SHARED_VIEW;
          }
        }
      } else if (CONFIRM.contains(word)) {
        int from = i + 1 < w.size() && RELATIVE.contains(w.get(i + 1).w) ? i + 2 : i + 1;
        if (statedFact(w, from) || within(w, from, 1, "progress")) {
          // Confirming how things stand ("confirmed that the efforts are advancing", "confirmed
          // progress of the projects") is a view held in common.
          events.add(new Event(Commitment.SHARED_VIEW, w.get(i).start, w.get(i).end));
          continue;
        }
        int promise = from > i + 1 ? newCooperation(w, from) : -1;
        int[] r = firstCategory(w, from);
        end = r == null ? i : r[1];
        if (promise >= 0) {
          // What the sides confirmed they would now do together is their agreement: "confirmed
          // that both countries would cooperate", as the seed records read it; "would continue
          // to cooperate" or "would further promote" renews what they already do.
          level = Commitment.AGREED_TO_COOPERATE;
          end = promise;
        } else if (r == null || r[0] == COOP || r[0] == OTHER) {
          level = Commitment.REAFFIRMED;
        } else if (r[0] == IMPORTANT) {
          level = Commitment.SHARED_VIEW;
        } else if (r[0] == DIALOGUE) {
          level = Commitment.CONTINUE_DIALOGUE;
        } else {
          level = Commitment.REAFFIRMED;
        }
      } else if (REAFFIRM.contains(word)) {
        // "Recalling the 2016 initiative, we recognise ...": as for the participles of sharing.
        scene = word.endsWith("ing") && governsMainClause(text, w, i);
        int[] r = firstCategory(w, i + 1);
        // Reaffirming the importance of something restates a view, as confirming it does; so does
        // reaffirming that something holds ("We reaffirm that ICT is crucial ..."), unless what is
        // reaffirmed is cooperation or a commitment.
        boolean importance = r != null && r[0] == IMPORTANT && r[1] <= i + 3;
        boolean proposition =
            within(w, i + 1, 1, "that")
                && (r == null
                    || r[0] == IMPORTANT
                    || firstAhead(w, i + 2, 2 * EN_WINDOW, IMPORTANCE) >= 0);
        level = importance || proposition ? Commitment.SHARED_VIEW : Commitment.REAFFIRMED;
        end = importance ? r[1] : i;
      } else if (word.equals("shared") || word.equals("share") || word.equals("shares")) {
        if (afterModal(w, i) || (i > 0 && NOT_SHARING.contains(w.get(i - 1).w))) {
          // Going on sharing is read at "continue"; "market share" is no verb; "to share" is what
          // a verb before it is for.
          continue;
        }
        int j = skipNeutral(w, i + 1);
        for (int k = 0; k < 2 && j + 1 < w.size() && VIEW_ADJECTIVES.contains(w.get(j).w); k++) {
          // "share a strong desire", "share common views", "share fundamental values".
          j = skipNeutral(w, j + 1);
        }
        int[] r = j < w.size() && SHARED_OBJECTS.contains(w.get(j).w) ? viewOf(w, j) : null;
        if (r != null) {
          // A view shared that they will do something ("shared the view that they will intensify
          // the dialogue", "shared the view to work to hold ...") is their agreement to do it.
          level = Commitment.values()[r[0]];
          end = r[1];
        } else if (j < w.size() && SHARED_OBJECTS.contains(w.get(j).w)) {
          level = Commitment.SHARED_VIEW;
          end = j;
        } else {
          level = Commitment.INFORMED;
          end = Math.min(j, w.size() - 1);
        }
      } else if (word.startsWith("affirm")
          && within(w, i + 1, 1, "to")
          && complement(w, i + 2, false) != null) {
        // "The two sides affirmed to work together": what they affirmed they will do.
        int[] r = complement(w, i + 2, false);
        level = Commitment.values()[r[0]];
        end = r[1];
      } else if (word.equals("identified")
          && firstWithin(w, i + 1, 3, OPENINGS) >= 0
          && within(w, firstWithin(w, i + 1, 3, OPENINGS) + 1, 1, "to")
          && complement(w, firstWithin(w, i + 1, 3, OPENINGS) + 2, false) != null) {
        // "identified opportunities to work together", "identified ways to further strengthen
        // cooperation": what the sides found they will do.
        int[] r = complement(w, firstWithin(w, i + 1, 3, OPENINGS) + 2, false);
        level = Commitment.values()[r[0]];
        end = r[1];
        if (level == Commitment.AGREED_TO_COOPERATE
            && within(w, r[1] - 1, 4, "ongoing", "existing", "continued")) {
          // "identified ways to deepen their ongoing cooperation": cooperation kept up, renewed.
          level = Commitment.REAFFIRMED;
        }
      } else if (AFFORDED.contains(word)
          && !afterModal(w, i)
          && within(w, Math.max(0, i - 3), i - Math.max(0, i - 3), "dialogue", "meeting", "it")
          && (firstWithin(w, i + 1, 8, DIALOGUE_NOUNS) >= 0
              || within(w, i + 1, 8, "discuss", "exchange"))) {
        // "The Dialogue also allowed for exchanges on ...", "It served as a platform for both
        // sides to exchange views": the meeting was talk.
        level = Commitment.INFORMED;
      } else if (SHARED.contains(word)) {
        // "Recognising Japan's expertise, Malaysia encourages ...": a participle opening the
        // sentence sets the scene for its main clause, which says what was done.
        scene = word.endsWith("ing") && governsMainClause(text, w, i);
        int j = skipNeutral(w, i + 1);
        if (j < w.size()
            && !w.get(j).boundaryBefore
            && (w.get(j).w.equals("commitment") || w.get(j).w.equals("commitments"))) {
          // Affirming or stressing the sides' commitment restates it.
          level = Commitment.REAFFIRMED;
          end = j;
        } else {
          level = Commitment.SHARED_VIEW;
        }
      } else if ((word.equals("pointed") || word.equals("point") || word.equals("points"))
          && within(w, i + 1, 1, "out")) {
        level = Commitment.SHARED_VIEW;
        end = i + 1;
      } else if (word.equals("indicated") && within(w, i + 1, 3, "importance", "need")) {
        level = Commitment.SHARED_VIEW;
      } else if (joinedForces(w, i)) {
        // "joined forces with Japan", "teamed up": an idiom of cooperating.
        level = Commitment.AGREED_TO_COOPERATE;
        first = i - 1;
      } else if (REGULARLY.contains(word) && regularMeeting(w, i) >= 0) {
        // "meet annually", "consultations held regularly": the dialogue goes on.
        level = Commitment.CONTINUE_DIALOGUE;
        first = regularMeeting(w, i);
      } else if (SAYING.contains(word)) {
        // One side said or proposed something; it governs a wish before it, so it counts anyway.
        // The sides saying together what they will do ("said in a joint statement that they will
        // strengthen their cooperation") say their commitment.
        int[] r = afterModal(w, i) ? null : saidTogether(w, i);
        if (r != null) {
          level = Commitment.values()[r[0]];
          end = r[1];
        } else if (!afterModal(w, i)) {
          level = Commitment.INFORMED;
          saying = true;
        }
      } else if (((word.equals("took") || word.equals("take") || word.equals("taking"))
              && within(w, i + 1, 1, "stock"))
          || ((word.equals("compared") || word.equals("comparing"))
              && within(w, i + 1, 1, "notes"))) {
        level = Commitment.INFORMED;
        end = i + 1;
      } else if (INFORMED.contains(word)) {
        if (!afterModal(w, i)) {
          level = Commitment.INFORMED;
        }
      } else if ((word.equals("made")
              || word.equals("gave")
              || word.equals("provided")
              || word.equals("delivered"))
          && within(
              w,
              i + 1,
              3,
              "report",
              "reports",
              "overview",
              "presentation",
              "presentations",
              "briefing",
              "briefings",
              "explanations",
              "speech",
              "keynote",
              "remarks",
              "address",
              "update",
              "updates",
              "overviews")) {
        level = Commitment.INFORMED;
        end = i + 1;
      } else if (EXPRESSING.contains(word)
          && !afterModal(w, i)
          && firstWithin(w, i + 1, 3, SUPPORT_NOUNS) >= 0) {
        // "expressed their strong support for the Compact", "expressed appreciation for ...": a
        // view held.
        level = Commitment.SHARED_VIEW;
        end = firstWithin(w, i + 1, 3, SUPPORT_NOUNS);
      } else if (TASKING.contains(word)
          && !afterModal(w, i)
          && !reported(w, i)
          && firstWithin(w, i + 1, 6, TO) >= 0
          && complement(w, firstWithin(w, i + 1, 6, TO) + 1, false) != null) {
        // "instructed the working group to develop common guidelines", "tasked officials to
        // deepen cooperation": the sides set their own people to what the complement says.
        int[] r = complement(w, firstWithin(w, i + 1, 6, TO) + 1, false);
        level = Commitment.values()[r[0]];
        end = r[1];
      } else if (keepingInTouch(w, i) && !reported(w, i)) {
        // "remain in close contact", "keep each other informed": the dialogue goes on.
        level = Commitment.CONTINUE_DIALOGUE;
        end = Math.min(w.size() - 1, i + 3);
      } else if ((word.equals("showed") || word.equals("expressed") || word.equals("shown"))
          && within(w, i + 1, 3, "interest")) {
        level = Commitment.INFORMED;
        end = i + 1;
      } else if (word.equals("adoption")
          && within(w, i + 1, 1, "of")
          && firstWithin(w, i + 2, 5, DOCUMENTS) >= 0
          && !reported(w, i)) {
        // "closed with the adoption of the Singapore Declaration": a joint document adopted.
        level = Commitment.JOINT_ACTION;
        end = firstWithin(w, i + 2, 5, DOCUMENTS);
      } else if (FURTHERED.contains(word) && !afterModal(w, i) && !reported(w, i)) {
        int coop = firstWithin(w, i + 1, 3, COOP_NOUNS);
        int understanding = firstWithin(w, i + 1, 3, UNDERSTANDINGS);
        int importance = firstWithin(w, i + 1, 2, IMPORTANCE);
        int commitment = firstWithin(w, i + 1, 3, COMMITMENTS);
        if (commitment >= 0) {
          // "further deepened their joint commitment to an open cyberspace": a commitment renewed.
          level = Commitment.REAFFIRMED;
          end = commitment;
        } else if (importance >= 0) {
          // "reinforced the importance of promoting ...": a view stressed.
          level = Commitment.SHARED_VIEW;
          end = importance;
        } else if (coop >= 0) {
          // "The two sides reinforced cooperation on cyber issues": cooperation taken further.
          level = Commitment.AGREED_TO_COOPERATE;
          end = coop;
        } else if (understanding >= 0) {
          // "reinforced mutual understandings": a view held in common.
          level = Commitment.SHARED_VIEW;
          end = understanding;
        }
      } else if (TALK_VERBS.contains(word)
          && !afterModal(w, i)
          && firstWithin(w, i + 1, 4, DISCUSSIONS) >= 0) {
        // "both sides had a discussion on ...", "held cyber defence staff talks", "led the
        // discussion on": they talked.
        level = Commitment.INFORMED;
        end = firstWithin(w, i + 1, 4, DISCUSSIONS);
      } else if (word.equals("expressed") && within(w, i + 1, 2, "satisfaction")) {
        level = Commitment.SHARED_VIEW;
        end = i + 1;
      } else if ((word.equals("exchange") || word.equals("exchanging"))
          && within(w, i + 1, 2, "views", "opinions", "ideas")
          && !afterModal(w, i)
          && !(i > 0 && (w.get(i - 1).w.equals("to") || w.get(i - 1).w.startsWith("continu")))) {
        // An exchange of views held, or "exchange opinions on ..." as a heading: the sides talked.
        level = Commitment.INFORMED;
        end = i + 1;
      } else if ((word.equals("commitment") || word.equals("commitments"))
          && !w.get(i).boundaryBefore
          && !restated(w, i)
          && committedTo(w, i) >= 0) {
        // "a commitment by the signatories to work collectively", "their commitment to promote
        // ...": what the sides commit to do together, or to go on talking about ("commitments to
        // share information"); a commitment reaffirmed, confirmed or stressed is renewed, and read
        // at its verb.
        end = committedTo(w, i);
        level =
            COOP_VERBS.contains(w.get(end).w)
                ? Commitment.AGREED_TO_COOPERATE
                : Commitment.CONTINUE_DIALOGUE;
      } else if (word.equals("support")
          && i > 0
          && (SUPPORTERS.contains(w.get(i - 1).w)
              || (i > 1 && adverb(w.get(i - 1).w) && SUPPORTERS.contains(w.get(i - 2).w)))
          && !within(w, i + 1, 1, "to")) {
        // "We support multistakeholder processes ...": a principle the signatories hold.
        level = Commitment.SHARED_VIEW;
      } else if ((word.equals("looked")
              && within(w, i + 1, 1, "for")
              && within(w, i + 2, 2, "ways"))
          || (word.equals("explored")
              && (within(w, i + 1, 3, "ways", "options", "possibilities", "areas", "opportunities")
                  || firstWithin(w, i + 1, 2, COOP_NOUNS) >= 0))) {
        // "looked for ways to further strengthen collaboration": the sides explored, nothing more.
        level = Commitment.INFORMED;
        end = i + 1;
      } else if ((word.equals("met") || word.equals("held") || word.equals("convened"))
          && !afterModal(w, i)
          && within(w, i + 1, 2 * EN_WINDOW, "discuss", "exchange", "discussions")
          && !within(w, i + 1, 2 * EN_WINDOW, "failed", "not", "without", "unable")) {
        // "The ministers met their partners from ..., ... and ... to discuss ...": they talked
        // (unless they "failed to resolve" what they met on).
        level = Commitment.INFORMED;
      } else if ((INCLUDED.contains(word) || word.equals("addressed") || word.equals("touched"))
          && i >= 1
          && (firstWithin(w, Math.max(0, i - 3), i - Math.max(0, i - 3), DIALOGUE_NOUNS) >= 0
              || within(w, Math.max(0, i - 3), i - Math.max(0, i - 3), "meeting", "session"))) {
        // "Topics of discussion included ...", "The dialogue also addressed ...", "Exchanges also
        // covered ...": what was talked about.
        level = Commitment.INFORMED;
        first = Math.max(0, i - 3);
      } else if (word.equals("concluded")
          && within(w, i + 1, 2, "negotiations", "negotiation")
          && !reported(w, i)) {
        // Concluding the negotiations on an agreement is making it.
        level = Commitment.JOINT_ACTION;
        end = firstWithin(w, i + 1, 2, NEGOTIATIONS);
      } else if (DOCUMENT_VERBS.contains(word)
          && word.endsWith("ed")
          && i > 1
          && (BE.contains(w.get(i - 1).w) || adverb(w.get(i - 1).w) && BE.contains(w.get(i - 2).w))
          && !RELATIVE.contains(w.get(i - 2).w)
          && documentBeforePassive(w, i) >= 0) {
        // "A concrete action plan ... was adopted": a joint document made, said in the passive (a
        // relative clause, "the Statement which was adopted at the last meeting", recalls one).
        level = Commitment.JOINT_ACTION;
        first = documentBeforePassive(w, i);
      } else if (word.equals("signing")
          && usedAsNoun(w, i)
          && within(w, i + 1, 1, "of")
          && firstWithin(w, i + 2, 5, DOCUMENTS) >= 0
          && !reported(w, i)) {
        // "the signing of exchange of notes ... took place": a joint document signed.
        level = Commitment.JOINT_ACTION;
        end = firstWithin(w, i + 2, 5, DOCUMENTS);
      } else if (STARTINGS.contains(word)
          && within(w, i + 1, 1, "of")
          && firstWithin(w, i + 2, 7, BODIES) >= 0
          && !reported(w, i)
          && firstWithin(w, Math.max(0, i - 4), i - Math.max(0, i - 4), UNDECIDED) < 0) {
        // "a key achievement is the establishment of a Joint Working Group": a body set up.
        level = Commitment.JOINT_ACTION;
        end = firstWithin(w, i + 2, 7, BODIES);
      } else if (COOP_VERBS.contains(word)
          && word.endsWith("ing")
          && i > 0
          && BE.contains(w.get(i - 1).w)
          && !w.get(i).boundaryBefore
          && firstWithin(w, i + 1, 3, COOP_NOUNS) >= 0) {
        // "The two countries are enhancing their cooperation": cooperation taken up now.
        level = Commitment.AGREED_TO_COOPERATE;
        first = i - 1;
        end = firstWithin(w, i + 1, 3, COOP_NOUNS);
      }
      if (level != null && wish >= 0 && !saying) {
        continue;
      }
      if (level != null && account >= 0 && INTENDED.contains(word)) {
        continue;
      }
      if (level != null) {
        if (negatedAt(w, i)) {
          negated = true;
        }
        events.add(
            new Event(level, w.get(first).start, w.get(Math.min(end, w.size() - 1)).end, scene));
        if (saying && PROPOSING.contains(word)) {
          // What one side proposes ("suggested both sides continue signing ...") is not agreed.
          wish = i;
        } else if ((saying || INFORMED.contains(word)) && within(w, i + 1, 4, "that")) {
          // What one side informs the other of ("informed her host that her ministry will
          // intensify cooperation") is its own intention; a view or an agreement it reports ("told
          // the minister that the region shared the same view") still counts.
          account = i;
        }
      }
    }
    return negated;
  }

  private static final Set<String> JOINT_WORD = set("joint");

  /** Words before "share" that make it no verb of sharing a view ("market share", "to share"). */
  private static final Set<String> NOT_SHARING = set("continue", "market", "to");

  /** Verbs that take talk as their object ("held talks", "led the discussion"). */
  private static final Set<String> TALK_VERBS = set("had", "held", "led", "conducted", "engaged");

  /** What the sides found that leads on to what they will do ("identified ways to ..."). */
  private static final Set<String> OPENINGS =
      set("ways", "opportunities", "action", "actions", "steps", "areas", "means");

  /** Verbs of a meeting giving room for talk ("allowed for exchanges"). */
  private static final Set<String> AFFORDED =
      set("allowed", "provided", "served", "offered", "enabled", "gave");

  /** The nouns of a commitment. */
  private static final Set<String> COMMITMENTS = set("commitment", "commitments");

  /** Adjectives between a verb of sharing and the view shared ("share common views"). */
  private static final Set<String> VIEW_ADJECTIVES =
      set("common", "strong", "fundamental", "similar", "shared", "deep", "firm", "joint");

  /** Verbs of voicing a view ("expressed support for"). */
  private static final Set<String> EXPRESSING =
      set("expressed", "expresses", "express", "expressing", "voiced", "extended", "reiterated");

  /** What a verb of voicing holds as a view: support, appreciation, gratitude. */
  private static final Set<String> SUPPORT_NOUNS =
      set(
          "support",
          "appreciation",
          "gratitude",
          "thanks",
          "solidarity",
          "endorsement",
          "concern",
          "concerns");

  /** Verbs of setting one's own people to a piece of work ("instructed officials to ..."). */
  private static final Set<String> TASKING =
      set("instructed", "instructs", "instruct", "tasked", "tasks", "mandated", "directed");

  /** The subjects that make "support" their verb of holding a principle ("Both sides support"). */
  private static final Set<String> SUPPORTERS =
      set("we", "they", "sides", "both", "partners", "countries", "union", "states", "ministers");

  /** What a verb of endorsing may take that is a view, not a document ("endorse the goal"). */
  private static final Set<String> AIMS =
      set("goal", "goals", "objective", "objectives", "aim", "aims", "approach", "idea");

  /** Participles of reaching what was sought ("consensus could not be achieved"). */
  private static final Set<String> REACHED = set("achieved", "reached", "found", "attained");

  /** Verbs of staying in touch ("remain in close contact"). */
  private static final Set<String> KEEPING =
      set("remain", "remained", "remains", "stay", "stayed", "keep", "kept", "maintain");

  /** The contact that a verb of staying in touch keeps. */
  private static final Set<String> CONTACT =
      set("contact", "touch", "communication", "dialogue", "dialogues", "exchanges");

  /**
   * Whether the word at {@code i} is a verb of staying in touch with its contact within three words
   * ("remain in close contact") or "keep each other informed".
   */
  private static boolean keepingInTouch(List<Word> w, int i) {
    return KEEPING.contains(w.get(i).w)
        && (firstWithin(w, i + 1, 3, CONTACT) >= 0
            || (within(w, i + 1, 2, "other") && within(w, i + 1, 4, "informed", "updated")));
  }

  /**
   * Whether the participle at {@code i} opens its sentence and a comma after it leads on to a main
   * clause ("Recognising X, the ministers ..."). Looks at the text from the participle to the
   * sentence's end, once per sentence-opening participle, so linear in the wording.
   */
  private static boolean governsMainClause(String text, List<Word> w, int i) {
    if (i > 0 && !(w.get(i).boundaryBefore && !w.get(i).aside)) {
      return false;
    }
    boolean comma = false;
    for (int k = w.get(i).end; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?') {
        return false;
      }
      if (c == ',') {
        comma = true;
      } else if (comma && Character.isLetter(c)) {
        int e = k;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
          e++;
        }
        if (!CONTINUING.contains(text.substring(k, e).toLowerCase(Locale.ROOT))) {
          return true;
        }
        comma = false;
        k = e - 1;
      }
    }
    return false;
  }

  /**
   * Words after a comma that go on with the participle's own phrase ("Affirming common objectives,
   * especially ...") rather than open a main clause.
   */
  private static final Set<String> CONTINUING =
      set(
          "especially",
          "including",
          "in",
          "such",
          "notably",
          "particularly",
          "and",
          "or",
          "as",
          "among",
          "with",
          "both",
          "which",
          "where",
          "while");

  /**
   * After a verb of saying at {@code i}, the level of a "that" clause within one window whose
   * subject is the sides ("they", "both", "we") and whose verb follows a modal ("said ... that they
   * will strengthen"), or null.
   */
  private static int[] saidTogether(List<Word> w, int i) {
    int that = -1;
    for (int j = i + 1; j < Math.min(w.size(), i + 1 + EN_WINDOW); j++) {
      if (w.get(j).w.equals("that")) {
        that = j;
        break;
      }
    }
    if (that < 0 || !within(w, that + 1, 1, "they", "both", "we")) {
      return null;
    }
    return thatClause(w, that + 1);
  }

  /**
   * Whether what is confirmed from {@code from} is a fact stated ("that the efforts are
   * advancing"): "that", then a form of "be" before any modal, in the same clause, within one
   * window.
   */
  private static boolean statedFact(List<Word> w, int from) {
    if (from < 1 || !w.get(from - 1).w.equals("that")) {
      return false;
    }
    for (int j = from; j < Math.min(w.size(), from + EN_WINDOW); j++) {
      String x = w.get(j).w;
      if (j > from && w.get(j).boundaryBefore || MODALS.contains(x)) {
        return false;
      }
      if (BE.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the first word of {@code any} among the {@code n} words from {@code from}, across
   * commas and abbreviations ("Japan-U.S. cooperation ... is essential", "at the meeting in Cancun,
   * Mexico, to work"), or -1.
   */
  private static int firstAhead(List<Word> w, int from, int n, Set<String> any) {
    for (int j = from; j < Math.min(w.size(), from + n); j++) {
      if (any.contains(w.get(j).w)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether a verb of confirming, reaffirming or stressing is at most four words before {@code i}.
   */
  private static boolean restated(List<Word> w, int i) {
    for (int k = Math.max(0, i - 4); k < i; k++) {
      String x = w.get(k).w;
      if (CONFIRM.contains(x) || REAFFIRM.contains(x) || SHARED.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * After a noun of commitment at {@code i}, the index of a verb of cooperating right after the
   * first "to" within one window in the same clause ("commitment by the signatories in the region
   * to work together"), or -1.
   */
  private static int committedTo(List<Word> w, int i) {
    for (int j = i + 1; j < Math.min(w.size() - 1, i + 1 + EN_WINDOW); j++) {
      if (w.get(j).w.equals("to")) {
        int k = j + 1;
        return COOP_VERBS.contains(w.get(k).w) || DIALOGUE_VERBS.contains(w.get(k).w) ? k : -1;
      }
      if (w.get(j).boundaryBefore && j > i + 1) {
        return -1;
      }
    }
    return -1;
  }

  /** The word that starts an infinitive. */
  private static final Set<String> TO = set("to");

  /** Verbs of taking something further, which said of a dialogue go on with it. */
  private static final Set<String> FURTHERING =
      set(
          "intensify",
          "intensifying",
          "deepen",
          "deepening",
          "strengthen",
          "strengthening",
          "accelerate",
          "accelerating",
          "enhance",
          "enhancing",
          "promote",
          "promoting",
          "expand",
          "expanding");

  /** Verbs that list what a discussion took up ("Topics of discussion included ..."). */
  private static final Set<String> INCLUDED =
      set("included", "includes", "include", "covered", "covers");

  /** What a verb of concluding ends that makes an agreement. */
  private static final Set<String> NEGOTIATIONS = set("negotiations", "negotiation");

  /**
   * The words before the name of a body set up that leave it undecided ("agreed to consider the
   * establishment of", "discussed the creation of", "proposed the launch of").
   */
  private static final Set<String> UNDECIDED =
      set(
          "consider",
          "considering",
          "discuss",
          "discussed",
          "discussing",
          "proposed",
          "possible",
          "possibility",
          "explore",
          "explored",
          "toward",
          "towards");

  /**
   * Whether "agreement" or "accord" at {@code i} is what the sides reached ("reached an agreement
   * that"), the noun of agreeing rather than a document: a form of "reach" one or two words before.
   */
  private static boolean reachedAgreement(List<Word> w, int i) {
    String x = w.get(i).w;
    if (!(x.equals("agreement") || x.equals("accord")) || w.get(i).boundaryBefore) {
      return false;
    }
    for (int k = Math.max(0, i - 2); k < i; k++) {
      if (w.get(k).w.startsWith("reach")) {
        return true;
      }
    }
    // "There was broad agreement that ...": the agreement of those present.
    return i > 0 && BROAD.contains(w.get(i - 1).w);
  }

  /** The adjectives that make "agreement" the sides' own ("broad agreement that"). */
  private static final Set<String> BROAD = set("broad", "general", "wide", "full", "common");

  /**
   * In a passive clause ("an action plan ... was adopted", "the establishment was approved"), the
   * index of a joint document or of the start of a body named at most {@value #EN_WINDOW} words
   * before the verb in the same clause (an aside in brackets does not end it), or -1.
   */
  private static int documentBeforePassive(List<Word> w, int i) {
    for (int k = i - 1; k >= Math.max(0, i - EN_WINDOW); k--) {
      if (DOCUMENTS.contains(w.get(k).w) || STARTINGS.contains(w.get(k).w)) {
        // A document, or the start of a body ("The establishment was approved").
        return k;
      }
      if (w.get(k).boundaryBefore && !w.get(k).aside) {
        return -1;
      }
    }
    return -1;
  }

  /** Adverbs of meeting at fixed intervals ("meet annually", "held regularly"). */
  private static final Set<String> REGULARLY =
      set(
          "annually",
          "yearly",
          "regularly",
          "periodically",
          "biannually",
          "biennially",
          "quarterly",
          "monthly");

  /** Verbs of meeting and nouns of dialogue that such an adverb makes a continuing dialogue. */
  private static final Set<String> MEETING_WORDS =
      set("meet", "meets", "met", "meeting", "meetings", "convene", "convenes", "convened");

  /**
   * Whether an adverb of regular meeting at {@code i} follows, within three words of its clause, a
   * verb of meeting or a word of dialogue ("departments ... meet annually"): that word's index, or
   * -1. Looks at three words only.
   */
  private static int regularMeeting(List<Word> w, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      String x = w.get(j).w;
      if (MEETING_WORDS.contains(x) || DIALOGUE_NOUNS.contains(x) || DIALOGUE_VERBS.contains(x)) {
        return j;
      }
      if (w.get(j).boundaryBefore) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether {@code i} ends an idiom of cooperating: "join forces", "joined hands", "team up" (not
   * after "set", whose "up" starts a body). Looks at the word before only.
   */
  private static boolean joinedForces(List<Word> w, int i) {
    if (i == 0 || w.get(i).boundaryBefore) {
      return false;
    }
    String x = w.get(i).w;
    String before = w.get(i - 1).w;
    return ((x.equals("forces") || x.equals("hands")) && before.startsWith("join"))
        || (x.equals("up")
            && (before.equals("team")
                || before.startsWith("teamed")
                || before.equals("teaming")
                || before.equals("teams")));
  }

  /**
   * Adjectives that, after a form of "be" and before "to", schedule what follows as a modal does.
   */
  private static final Set<String> SCHEDULED = set("set", "scheduled", "due", "slated", "poised");

  /** Forms of "be" before such an adjective. */
  private static final Set<String> BE = set("is", "are", "was", "were", "be", "been");

  /** Whether "is set to", "are scheduled to", ... has its adjective at {@code i}. */
  private static boolean scheduledTo(List<Word> w, int i) {
    return SCHEDULED.contains(w.get(i).w)
        && i > 0
        && BE.contains(w.get(i - 1).w)
        && within(w, i + 1, 1, "to")
        && !subordinate(w, i);
  }

  /**
   * Whether "to" at {@code i} follows a headline's subject, names joined by "and" from the start of
   * the clause ("UK and Japan to collaborate", "The EU, Japan to deepen ties"): every word before
   * it in the clause capitalized (or "and", "the"), at most six words, one of them "and".
   */
  private static boolean headlineSubject(String text, List<Word> w, int i) {
    if (!w.get(i).w.equals("to") || i < 3) {
      return false;
    }
    boolean and = false;
    for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
      Word x = w.get(j);
      if (x.w.equals("and")) {
        and = true;
      } else if (!x.w.equals("the") && !Character.isUpperCase(text.charAt(x.start))) {
        return false;
      }
      if (x.boundaryBefore && !x.aside) {
        // The clause starts here: a subject of names only.
        return and;
      }
    }
    return false;
  }

  /**
   * Whether "continue" at {@code i} stands in the purpose of a verb of renewing, reaffirming or
   * confirming before it in its clause ("renewed its contract with Japan to continue promoting
   * cooperation"): then it is part of what is renewed. Looks one window back.
   */
  private static boolean renewedPurpose(List<Word> w, int i) {
    if (i == 0 || !w.get(i - 1).w.equals("to")) {
      return false;
    }
    for (int j = i - 2; j >= Math.max(0, i - EN_WINDOW); j--) {
      if (REAFFIRM.contains(w.get(j).w) || CONFIRM.contains(w.get(j).w)) {
        return true;
      }
      if (w.get(j).boundaryBefore) {
        return false;
      }
    }
    return false;
  }

  /** Whether "looking forward" or "look forward" ends at {@code i}. */
  private static boolean lookingForward(List<Word> w, int i) {
    return w.get(i).w.equals("forward")
        && i > 0
        && (w.get(i - 1).w.equals("looking")
            || w.get(i - 1).w.equals("look")
            || w.get(i - 1).w.equals("looks")
            || w.get(i - 1).w.equals("looked"));
  }

  /**
   * Whether a past-tense verb coordinated by "and" or "but" starts a predicate of its own at {@code
   * i} ("hoped for more, and agreed to ..."): it ends the clause of a wish before it.
   */
  private static boolean newPredicate(List<Word> w, int i) {
    String x = w.get(i).w;
    return i > 0
        && (w.get(i - 1).w.equals("and") || w.get(i - 1).w.equals("but"))
        && x.endsWith("ed")
        && (AGREE.contains(x)
            || CONFIRM.contains(x)
            || REAFFIRM.contains(x)
            || SHARED.contains(x)
            || DOCUMENT_VERBS.contains(x)
            || LAUNCH_VERBS.contains(x));
  }

  /** The index of an outcome noun right after "no" (a few neutral adjectives between), or -1. */
  private static int firstOutcome(List<Word> w, int from) {
    int j = from;
    while (j < w.size()
        && j < from + 2
        && Set.of("specific", "concrete", "final", "firm", "clear").contains(w.get(j).w)) {
      j++;
    }
    return j < w.size() && !w.get(j).boundaryBefore && OUTCOME_NOUNS.contains(w.get(j).w) ? j : -1;
  }

  /**
   * "Discussions would be held": a modal at {@code i} followed by a passive of holding takes its
   * level from its subject in the clause before it, a noun of dialogue (continuing it) or a joint
   * event (joint action); {level, index} or null.
   */
  private static int[] heldSubject(List<Word> w, int i) {
    int j = i + 1;
    if (j < w.size() && w.get(j).w.equals("also")) {
      j++;
    }
    // "A dialogue ... will take place in Kuala Lumpur" is held as "will be held" is.
    boolean takesPlace =
        j + 1 < w.size() && w.get(j).w.equals("take") && w.get(j + 1).w.equals("place");
    if (!takesPlace && (j + 1 >= w.size() || !w.get(j).w.equals("be") || w.get(j).boundaryBefore)) {
      return null;
    }
    String participle = takesPlace ? "held" : w.get(j + 1).w;
    boolean launched =
        LAUNCHED.contains(participle) && (!participle.equals("set") || within(w, j + 2, 1, "up"));
    if (!HELD.contains(participle) && !launched) {
      return null;
    }
    for (int k = i - 1; k >= Math.max(0, i - EN_WINDOW); k--) {
      String x = w.get(k).w;
      if (launched) {
        // "A Joint Working Group (JWG) will also be set up": a body started.
        if (BODIES.contains(x)) {
          return new int[] {Commitment.JOINT_ACTION.ordinal(), j + 1};
        }
      } else if (JOINT_EVENTS.contains(x)) {
        return new int[] {Commitment.JOINT_ACTION.ordinal(), j + 1};
      } else if (DIALOGUE_NOUNS.contains(x) || x.equals("meeting") || x.equals("meetings")) {
        return new int[] {Commitment.CONTINUE_DIALOGUE.ordinal(), j + 1};
      }
      if (w.get(k).boundaryBefore && !w.get(k).aside) {
        break;
      }
    }
    return null;
  }

  private static final int COOP = 0;
  private static final int DIALOGUE = 1;
  private static final int IMPORTANT = 2;
  private static final int JOINT = 3;
  private static final int OTHER = 4;

  /**
   * The level a head's complement gives, from the first word of a category after the head and any
   * verb coordinated with it by "and": {level ordinal, index of the deciding word}; null if none.
   */
  private static int[] complement(List<Word> w, int from, boolean agreeing) {
    int limit = Math.min(w.size(), from + EN_WINDOW);
    int[] best = null;
    boolean first = true;
    // Whether a phrase of place or time before the complement was passed over (at most once).
    boolean skipped = false;
    for (int j = from; j < limit; j++) {
      Word x = w.get(j);
      if (j > from && x.boundaryBefore) {
        break;
      }
      if (RELATIVE.contains(x.w) || x.w.equals("while") || x.w.equals("but")) {
        break;
      }
      if (!first && !x.w.equals("and")) {
        continue;
      }
      if (agreeing && first && !skipped && (x.w.equals("at") || x.w.equals("during"))) {
        // "agreed at a meeting on Monday to standardize ...", "committed at the closure of the
        // meeting in Cancun, Mexico, to work together": the meeting is where, not what; the
        // complement starts again after the "to" that follows, at most two windows on.
        int to = firstAhead(w, j + 1, 2 * EN_WINDOW, TO);
        if (to >= 0) {
          skipped = true;
          from = to + 1;
          limit = Math.min(w.size(), from + EN_WINDOW);
          j = to;
          continue;
        }
      }
      if (x.w.equals("working") && within(w, j + 1, 1, "level", "group", "groups")) {
        // "working-level discussions", "a working group": a modifier, not the verb.
        continue;
      }
      if ((x.w.equals("work") || x.w.equals("working")) && within(w, j + 1, 1, "to")) {
        // "work to hold the dialogue": the verb after it says what is done.
        j++;
        continue;
      }
      if (FURTHERING.contains(x.w) && j + 1 < limit) {
        int k = skipNeutral(w, j + 1);
        if (k < limit && !w.get(k).boundaryBefore && DIALOGUE_NOUNS.contains(w.get(k).w)) {
          // Intensifying or deepening the dialogues goes on talking.
          best = new int[] {Commitment.CONTINUE_DIALOGUE.ordinal(), k};
          first = false;
          j = k;
          continue;
        }
      }
      if (!first) {
        // "and" followed by a verb of a category starts a coordinated predicate.
        int k = skipNeutral(w, j + 1);
        if (k < limit && (COOP_VERBS.contains(w.get(k).w) || DIALOGUE_VERBS.contains(w.get(k).w))) {
          int level = COOP_VERBS.contains(w.get(k).w) ? 4 : 2;
          if (best == null || level > best[0]) {
            best = new int[] {level, k};
          }
          j = k;
        }
        continue;
      }
      if (x.w.equals("joint") || x.w.equals("jointly")) {
        int k = jointAction(w, j);
        if (k >= 0) {
          return new int[] {Commitment.JOINT_ACTION.ordinal(), k};
        }
      }
      if (agreeing && agreedDocument(w, j)) {
        // Agreeing a joint document or joint initiatives ("agreed several joint initiatives",
        // "agreed on a roadmap") is adopting them.
        return new int[] {Commitment.JOINT_ACTION.ordinal(), x.w.equals("joint") ? j + 1 : j};
      }
      if (j + 1 < limit && joinedForces(w, j + 1)) {
        best = new int[] {Commitment.AGREED_TO_COOPERATE.ordinal(), j + 1};
        first = false;
        continue;
      }
      if (keepingInTouch(w, j)) {
        // "agreed to remain in close contact", "will keep each other informed".
        best = new int[] {Commitment.CONTINUE_DIALOGUE.ordinal(), Math.min(w.size() - 1, j + 3)};
        first = false;
      } else if (COOP_VERBS.contains(x.w) || COOP_NOUNS.contains(x.w)) {
        best = new int[] {Commitment.AGREED_TO_COOPERATE.ordinal(), j};
        first = false;
      } else if (DIALOGUE_VERBS.contains(x.w) || DIALOGUE_NOUNS.contains(x.w)) {
        best = new int[] {Commitment.CONTINUE_DIALOGUE.ordinal(), j};
        first = false;
      } else if (agreeing && IMPORTANCE.contains(x.w)) {
        best = new int[] {Commitment.SHARED_VIEW.ordinal(), j};
        first = false;
      } else if (!NEUTRAL.contains(x.w)
          && !adverb(x.w)
          && !LIGHT_VERBS.contains(x.w)
          && !agreeing) {
        // A modal whose first content word is of no category says nothing about commitment.
        return null;
      }
    }
    return best;
  }

  /**
   * Whether the word at {@code j}, after a verb of agreeing, is a joint document or "joint" one or
   * two words before a body, document or piece of work ("joint initiatives", "joint work plan"),
   * not the verb "to plan".
   */
  private static boolean agreedDocument(List<Word> w, int j) {
    String x = w.get(j).w;
    if (j > 0 && w.get(j - 1).w.equals("to")) {
      return false;
    }
    if (x.equals("joint")) {
      // The noun may follow one more word ("joint work plan", "joint action plan").
      for (int k = j + 1; k < Math.min(w.size(), j + 3); k++) {
        String y = w.get(k).w;
        if (w.get(k).boundaryBefore) {
          return false;
        }
        if (BODIES.contains(y) || DOCUMENTS.contains(y) || JOINT_WORK.contains(y)) {
          return true;
        }
      }
      return false;
    }
    return DOCUMENTS.contains(x) && !x.startsWith("agreement");
  }

  /**
   * The level of what a view shared at {@code j} says the sides will do: "view that they will ..."
   * (a modal in the clause) or "view to ..." (an infinitive); null if it says no such thing.
   */
  private static int[] viewOf(List<Word> w, int j) {
    String x = w.get(j).w;
    if (!(x.equals("view") || x.equals("opinion") || x.equals("understanding"))) {
      return null;
    }
    if (within(w, j + 1, 1, "that")) {
      return thatClause(w, j + 2);
    }
    if (within(w, j + 1, 1, "to")) {
      return complement(w, j + 2, false);
    }
    return null;
  }

  /** An "agree that ..." clause: a modal with a complement in it, else null (a shared view). */
  private static int[] thatClause(List<Word> w, int from) {
    int limit = Math.min(w.size(), from + EN_WINDOW);
    int furthering = -1;
    for (int j = from; j < limit; j++) {
      if (j > from && w.get(j).boundaryBefore && !w.get(j).aside) {
        break;
      }
      String x = w.get(j).w;
      if (MODALS.contains(x)) {
        return complement(w, j + 1, false);
      }
      if (furthering < 0
          && FURTHERING.contains(x)
          && j > from
          && !ARTICLES.contains(w.get(j - 1).w)) {
        furthering = j;
      }
    }
    // "agreed that the two governments strengthen bilateral consultation": with no modal, a verb
    // of furthering after the subject says what is agreed.
    return furthering < 0 ? null : complement(w, furthering, false);
  }

  /** Words before a noun, which make the word after them no verb ("the strengthening"). */
  private static final Set<String> ARTICLES =
      set("the", "a", "an", "to", "of", "for", "its", "their");

  /** Past verbs of taking something further, which take cooperation or an understanding. */
  private static final Set<String> FURTHERED =
      set("strengthened", "enhanced", "reinforced", "deepened", "expanded", "boosted", "gained");

  /** What a verb of taking further may take that is a view held in common. */
  private static final Set<String> UNDERSTANDINGS =
      set("understanding", "understandings", "trust", "confidence");

  /** What the sides had or held that was talk ("had a discussion on", "held talks"). */
  private static final Set<String> DISCUSSIONS =
      set("discussion", "discussions", "talks", "exchange", "exchanges", "dialogue", "meeting");

  /** Verbs of weighing something up, which an agreement to do them leaves undecided. */
  private static final Set<String> CONSIDERING = set("consider", "considering", "weigh");

  /**
   * Whether "resolve" at {@code i} is the verb of a subject ("we hereby resolve to"), not the noun
   * ("their continuing resolve"): the word before it is a pronoun or an adverb of the verb.
   */
  private static boolean resolving(List<Word> w, int i) {
    return (w.get(i).w.equals("resolve") || w.get(i).w.equals("resolves"))
        && i > 0
        && !w.get(i).boundaryBefore
        && RESOLVERS.contains(w.get(i - 1).w);
  }

  /** The words before "resolve" that make it a verb ("we resolve", "hereby resolve"). */
  private static final Set<String> RESOLVERS =
      set("we", "they", "hereby", "also", "jointly", "ministers");

  /** Verbs of welcoming or noting what was done before or by others. */
  private static final Set<String> WELCOMING = set("welcomed", "welcome", "welcomes", "noted");

  /** Verbs of taking up cooperation, as opposed to keeping it up or furthering it. */
  private static final Set<String> NEW_COOPERATION =
      set("cooperate", "collaborate", "deepen", "together");

  /**
   * In a clause confirmed ("confirmed that both sides would cooperate ..."), the index of a verb of
   * new cooperation after the clause's modal, not kept up ("continue to", "keep") or furthered
   * ("further"); -1 if there is none. Looks at most one window past the modal, within the clause.
   */
  private static int newCooperation(List<Word> w, int from) {
    int limit = Math.min(w.size(), from + EN_WINDOW);
    int modal = -1;
    for (int j = from; j < limit; j++) {
      String x = w.get(j).w;
      if (j > from && w.get(j).boundaryBefore) {
        return -1;
      }
      if (modal < 0) {
        if (MODALS.contains(x)) {
          modal = j;
          limit = Math.min(w.size(), j + 1 + EN_WINDOW);
        }
        continue;
      }
      if (!NEW_COOPERATION.contains(x)
          || x.equals("together") && !w.get(j - 1).w.startsWith("work")
          || x.equals("deepen")
              && !within(w, j + 1, 2, "cooperation", "collaboration", "partnership", "relations")) {
        continue;
      }
      int back = Math.max(modal + 1, j - 2);
      if (!within(w, back, j - back, "continue", "further", "continued", "continuing", "keep")) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The category of the first content word of what was confirmed, from {@code from} to the clause's
   * end or a relative clause ("..., which were selected at the second meeting"), but at most two
   * windows on (a coordinated object, "confirmed the maintenance of social activities by ICT while
   * preventing infection and the importance of ...", runs past one window): {category, index}, or
   * null.
   */
  private static int[] firstCategory(List<Word> w, int from) {
    int limit = Math.min(w.size(), from + 2 * EN_WINDOW);
    for (int j = from; j < limit; j++) {
      String x = w.get(j).w;
      if (j > from && (w.get(j).boundaryBefore || RELATIVE.contains(x))) {
        break;
      }
      if (IMPORTANCE.contains(x)) {
        return new int[] {IMPORTANT, j};
      }
      if (DIALOGUE_VERBS.contains(x) || DIALOGUE_NOUNS.contains(x)) {
        return new int[] {DIALOGUE, j};
      }
      if (x.equals("deepen")
          && j + 2 < w.size()
          && (DIALOGUE_NOUNS.contains(w.get(j + 1).w) || DIALOGUE_NOUNS.contains(w.get(j + 2).w))) {
        // Deepening a discussion goes on talking.
        return new int[] {DIALOGUE, j + 1};
      }
      if (COOP_VERBS.contains(x) || COOP_NOUNS.contains(x) || x.equals("commitment")) {
        return new int[] {COOP, j};
      }
    }
    return null;
  }

  /** "joint projects" (or "jointly implement") near a word of doing: the index of "projects". */
  private static int jointAction(List<Word> w, int i) {
    if (w.get(i).w.equals("jointly")) {
      return within(w, i + 1, 2, "implement", "implementing", "implemented", "carry", "conduct")
          ? i + 1
          : -1;
    }
    boolean projects = within(w, i + 1, 1, "project", "projects");
    if (!projects && !within(w, i + 1, 1, "research", "study", "studies")) {
      return -1;
    }
    for (int j = Math.max(0, i - 10); j < i; j++) {
      String x = w.get(j).w;
      // Verbs only: "the start and progress of joint research" and "the implementation status of
      // joint projects" report on work, they do not launch it.
      if (x.equals("implement")
          || x.equals("implemented")
          || x.equals("implementing")
          || x.startsWith("select")
          || x.startsWith("launch")
          || x.equals("started")
          || x.equals("starting")
          || x.startsWith("carr")
          || (projects && (x.equals("decided") || x.equals("decision") || x.equals("aim")))) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * Whether a word is an adverb that stands between a modal and its verb ("will soon work"): a word
   * of five letters or more in -ly, but not a verb in -ply ("apply", "supply").
   */
  private static boolean adverb(String x) {
    return x.length() >= 5 && x.endsWith("ly") && !x.endsWith("ply");
  }

  /**
   * A piece of joint work that a verb of doing at {@code i} takes within five words ("agreed to
   * conduct a survey", "will carry out trials"), the verb standing after "to", a modal or a verb of
   * agreeing and not in what one side reports: the work's index, or -1.
   */
  private static int doneWork(List<Word> w, int i) {
    if (i == 0 || !(w.get(i - 1).w.equals("to") || afterModal(w, i)) || reported(w, i)) {
      return -1;
    }
    int from = i + 1;
    if (w.get(i).w.startsWith("carr")) {
      if (!within(w, i + 1, 1, "out")) {
        return -1;
      }
      from = i + 2;
    }
    return firstWithin(w, from, 5, JOINT_WORK);
  }

  /**
   * "The next Digital Partnership Council is planned": a meeting within four words after "next" at
   * {@code i} and a participle of planning or holding within five words after it; the participle's
   * index, or -1 (also when one side reports it: "Japan explained the next ...").
   */
  private static int plannedMeeting(List<Word> w, int i) {
    int m = reported(w, i) ? -1 : firstWithin(w, i + 1, 4, NEXT_EVENTS);
    return m < 0 ? -1 : firstWithin(w, m + 1, 5, PLANNED);
  }

  /** The index of the first word of a set among the n words from {@code from}, or -1. */
  private static int firstWithin(List<Word> w, int from, int n, Set<String> any) {
    for (int j = from; j < Math.min(w.size(), from + n); j++) {
      if (j > from && w.get(j).boundaryBefore) {
        return -1;
      }
      if (any.contains(w.get(j).w)) {
        return j;
      }
    }
    return -1;
  }

  /** A joint document a verb of signing or issuing takes ("signed a memorandum"): its index. */
  private static int document(List<Word> w, int i) {
    if (usedAsNoun(w, i) || reported(w, i)) {
      return -1;
    }
    int d = firstWithin(w, i + 1, DOCUMENT_REACH, DOCUMENTS);
    int started = firstWithin(w, i + 1, 2, STARTINGS);
    if (d < 0 && started >= 0 && within(w, started + 1, 1, "of")) {
      // Endorsing or approving the establishment of a body starts it together.
      return started;
    }
    if (d >= 0 && w.get(i).w.startsWith("compil") && firstWithin(w, i + 1, d - i, JOINT_WORD) < 0) {
      // What one side compiles is its own; a compiled joint statement is joint.
      return -1;
    }
    if (d < 0) {
      // Whatever is "joint" is made together: "approved a number of joint initiatives".
      int j = firstWithin(w, i + 1, 5, JOINT_WORD);
      if (j >= 0 && j + 1 < w.size() && !w.get(j + 1).boundaryBefore) {
        d = j + 1;
      }
    }
    return d;
  }

  /**
   * How many words after a verb of signing its document may stand: a name spelled out ("signed the
   * U.S.-Japan Digital Trade Agreement") takes eight.
   */
  static final int DOCUMENT_REACH = 8;

  /** The words that may join a document to what it is on, before its verb of issuing. */
  private static final Set<String> ISSUED_LINKS = set("on", "of", "for", "between", "with", "and");

  /**
   * A document said to be issued after it ("the outcome document was issued", "an accord on
   * spectrum was initialled": at most three words of what it is on between): the verb's index.
   */
  private static int documentIssued(List<Word> w, int i) {
    int j = i + 1;
    for (int k = 0;
        k < 3
            && j + 1 < w.size()
            && ISSUED_LINKS.contains(w.get(i + 1).w)
            && !(w.get(j).boundaryBefore && !w.get(j).aside)
            && !RELATIVE.contains(w.get(j).w)
            && !BE.contains(w.get(j).w)
            && !w.get(j).w.equals("has")
            && !w.get(j).w.equals("have");
        k++) {
      j++;
    }
    if (j < w.size() && (w.get(j).w.equals("was") || w.get(j).w.equals("were"))) {
      j++;
    } else if (j + 1 < w.size()
        && (w.get(j).w.equals("has") || w.get(j).w.equals("have"))
        && w.get(j + 1).w.equals("been")) {
      j += 2;
    } else {
      return -1;
    }
    return j < w.size() && !w.get(j).boundaryBefore && DOCUMENT_VERBS.contains(w.get(j).w) ? j : -1;
  }

  /**
   * A joint body a verb of launching starts ("agreed to launch the Digital Group", "set up a
   * working group"): the body's index, or -1. "launch" and "set" count only after "to", a modal or
   * a verb of agreeing, or in a past or -ing form, so that "welcomed the launch of" stays a view.
   */
  private static int launchedBody(List<Word> w, int i) {
    String word = w.get(i).w;
    if (usedAsNoun(w, i) || reported(w, i)) {
      return -1;
    }
    int from = i + 1;
    if (word.equals("set")) {
      if (!within(w, i + 1, 1, "up")) {
        return -1;
      }
      from = i + 2;
    } else if (word.equals("launch")
        || word.equals("establish")
        || word.equals("create")
        || word.equals("form")
        || word.equals("unveil")
        || word.equals("inaugurate")
        || word.equals("initiate")
        || word.equals("arrange")
        || word.equals("constitute")
        || word.equals("announce")) {
      if (i == 0 || !(w.get(i - 1).w.equals("to") || afterModal(w, i))) {
        return -1;
      }
    }
    if (word.startsWith("announc") && within(w, from, 2, "plan", "plans", "intention", "intent")) {
      // "announced plans to cooperate": an intention, read at what is planned.
      return -1;
    }
    int body = firstWithin(w, from, BODY_REACH, BODIES);
    if (body < 0 && !word.equals("set") && !word.startsWith("form")) {
      // Launching a joint document ("launched a set of Digital Trade Principles") makes it.
      body = firstWithin(w, from, DOCUMENT_REACH, DOCUMENTS);
    }
    return body;
  }

  /**
   * How many words after a verb of launching its body may stand: a name spelled out ("launched a
   * Joint EU-Republic of Korea Semiconductors Researchers Forum") takes nine.
   */
  static final int BODY_REACH = 10;

  /**
   * Whether a verb stands in what one side reports ("Japan explained its recently released strategy
   * document"): a verb of informing among the six words before it in its clause.
   */
  private static boolean reported(List<Word> w, int i) {
    if (i > 0 && w.get(i - 1).w.equals("and")) {
      // "exchanged views and issued a joint statement": a predicate of its own.
      return false;
    }
    for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
      if (INFORMED.contains(w.get(j).w) || (j >= i - 3 && WELCOMING.contains(w.get(j).w))) {
        // What one side reports, or what the sides welcome ("welcomed the recent signing of"),
        // was done before, or by others.
        return true;
      }
      if (w.get(j).boundaryBefore) {
        return false;
      }
    }
    return false;
  }

  /** Whether a verb form stands as a noun after an article ("the release of", "the launch of"). */
  private static boolean usedAsNoun(List<Word> w, int i) {
    return i > 0 && !w.get(i).boundaryBefore && DETERMINERS.contains(w.get(i - 1).w);
  }

  /** The words that make the word after them a noun ("the release", "this issue"). */
  private static final Set<String> DETERMINERS =
      set("the", "a", "this", "that", "these", "those", "each", "every", "any");

  /**
   * "Exchanges ... will continue": a clause that ends in "continue" takes its level from its
   * subject, a noun of dialogue or of cooperation in the clause before it; {level, index} or null.
   */
  private static int[] continuingSubject(List<Word> w, int i) {
    int c = i;
    while (c < w.size() && !w.get(c).w.startsWith("continue")) {
      if (c > i && (w.get(c).boundaryBefore || !NEUTRAL.contains(w.get(c).w))) {
        return null;
      }
      c++;
    }
    if (c >= w.size()) {
      return null;
    }
    int after = skipNeutral(w, c + 1);
    if (after < w.size()
        && !w.get(after).boundaryBefore
        && !(after == c + 1 && PLACES.contains(w.get(after).w))) {
      return null;
    }
    for (int j = i - 1; j >= Math.max(0, i - EN_WINDOW); j--) {
      if (DIALOGUE_NOUNS.contains(w.get(j).w)) {
        return new int[] {Commitment.CONTINUE_DIALOGUE.ordinal(), j};
      }
      if (COOP_NOUNS.contains(w.get(j).w)) {
        return new int[] {Commitment.AGREED_TO_COOPERATE.ordinal(), j};
      }
      if (w.get(j).boundaryBefore) {
        break;
      }
    }
    return null;
  }

  /**
   * Prepositions of where or when a continuing clause goes on ("will continue at the Dialogue").
   */
  private static final Set<String> PLACES =
      set("at", "in", "through", "during", "under", "within", "until", "via");

  private static boolean within(List<Word> w, int from, int n, String... any) {
    for (int j = from; j < Math.min(w.size(), from + n); j++) {
      for (String a : any) {
        if (w.get(j).w.equals(a)) {
          return true;
        }
      }
    }
    return false;
  }

  private static int skipNeutral(List<Word> w, int j) {
    while (j < w.size() && NEUTRAL.contains(w.get(j).w)) {
      j++;
    }
    return j;
  }

  /** Whether a word stands in a relative clause ("details that will contribute"). */
  private static boolean subordinate(List<Word> w, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
      if (w.get(j + 1).boundaryBefore) {
        return false;
      }
      if (RELATIVE.contains(w.get(j).w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean afterModal(List<Word> w, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (MODALS.contains(w.get(j).w)
          || AGREE.contains(w.get(j).w)
          || w.get(j).w.equals("commitment")) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedAt(List<Word> w, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (w.get(j + 1).boundaryBefore) {
        return false;
      }
      if (NEGATIONS.contains(w.get(j).w)) {
        return true;
      }
    }
    return false;
  }

  // --------------------------------------------------------------------------------- Japanese

  private static final String[] JA_NEGATIONS = {"至らなかった", "至らず", "至っていない", "ませんでした", "なかった", "見送"};
  private static final String[] JA_JOINT = {
    "設置", "選定", "プロジェクト", "共同研究", "立ち上げ", "共同で実施", "ワークショップ", "セミナー", "シンポジウム", "実証", "演習", "創設",
    "設立", "発足", "開始", "設け", "新設"
  };

  /** Joint documents: what is signed, issued, adopted, approved or renewed. */
  private static final String[] JA_DOCUMENTS = {
    "共同声明",
    "声明",
    "成果文書",
    "文書",
    "覚書",
    "記者発表",
    "宣言",
    "ワークプラン",
    "計画",
    "ロードマップ",
    "協定書",
    "協定",
    "書簡",
    "公文",
    "取決め",
    "取り決め",
    "憲章",
    "報告書",
    "議事録",
    "プラン",
    "ワークパッケージ",
    "規則",
    "規程",
    "指針",
    "ガイドライン",
    "原則",
    "条約",
    "議定書",
    "合意書",
    "共通認識",
    "ステートメント",
    "プレスリリース",
    "プレス・リリース",
    "コミュニケ",
    "ルール",
    "ハンドブック",
    "手引き",
    "手引書",
    "趣意書",
    "フォーマット",
    "様式",
    "サマリー",
    "Plan",
    "Statement",
    "Declaration",
    "Memorandum",
    "Charter",
    "Roadmap",
    "MOU",
    "MoU",
    "MOC",
    "MoC"
  };

  /**
   * Drops the events whose evidence starts at or after {@code from}: those of a complement that is
   * hoped for, proposed or recognized rather than done. Events are found left to right, so the walk
   * goes back from the last one and stops at the first that ends before {@code from} (every event
   * before it was found earlier and starts earlier); it looks at the events of the current window
   * only, and the scan stays linear.
   */
  private static void dropFrom(List<Event> events, int from) {
    for (int k = events.size() - 1; k >= 0; k--) {
      Event e = events.get(k);
      if (e.end < from) {
        return;
      }
      if (e.start >= from) {
        events.remove(k);
      }
    }
  }

  /** The subjects that name both sides (双方は, 両国は, 両者は, 両大臣は). */
  private static final String[] JA_BOTH_SIDES = {
    "双方は", "両国は", "両者は", "両大臣は", "両首脳は", "両省は", "両国政府は"
  };

  /** The words that make what follows one side's own (総務省としては, 我が国では, 韓国側において). */
  private static final String[] JA_ONE_SIDE = {"としては", "我が国では", "側において", "側としては"};

  /**
   * Whether one of {@code words} lies within text[from, to): at most one window is looked at, once
   * for each word.
   */
  private static boolean anyWithin(String text, String[] words, int from, int to) {
    for (String word : words) {
      if (lastIndexWithin(text, word, from, to) >= from) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the clause that ends at {@code at} starts: after the last 、 or 。 before it, at most
   * {@value #JA_WINDOW} characters back.
   */
  private static int clauseStart(String text, int at) {
    for (int k = at - 1; k >= Math.max(0, at - JA_WINDOW); k--) {
      char c = text.charAt(k);
      if (c == '、' || c == '。' || c == ',') {
        return k + 1;
      }
    }
    return Math.max(0, at - JA_WINDOW);
  }

  /** What, shared, is a view held in common (今後の方針を共有した), written just before the verb. */
  private static final String[] JA_SHARED_OBJECTS = {"方針を", "考えを", "考え方を", "ビジョンを", "見方を", "価値観を"};

  /** Whether one of {@link #JA_SHARED_OBJECTS} ends at {@code at}, not before {@code from}. */
  private static boolean sharedObjectBefore(String text, int from, int at) {
    for (String object : JA_SHARED_OBJECTS) {
      if (at - object.length() >= from && text.startsWith(object, at - object.length())) {
        return true;
      }
    }
    return false;
  }

  /** How far before a verb of sharing its word of need or importance may start, in characters. */
  static final int JA_SHARED_GAP = 6;

  /** How far before a verb of signing or issuing its document may end, in characters. */
  static final int JA_DOCUMENT_WINDOW = 40;

  /** The endings after a verb that make it the clause's last predicate (意見交換を継続する). */
  private static final Set<String> JA_FINAL_ENDINGS =
      set(
          "", "し", "する", "します", "していく", "していきます", "していきたい", "る", "ていく", "ていきます", "させる", "させていく",
          "ます", "するとともに");

  private static final String[] JA_DIALOGUE = {
    "意見交換", "議論", "情報共有", "情報交換", "対話", "協議", "共有を図", "共有し", "共有する", "アップデート", "検討", "意思疎通", "疎通",
    "次回", "話し合", "討議", "訪問", "フォーラム", "交渉", "委員会を", "委員会」を", "会議", "会合", "会議の開催", "会合の開催", "毎年開催",
    "定期開催"
  };
  private static final String[] JA_COOP = {
    "協力", "連携", "推進", "強化", "協調", "取り組", "取組", "貢献", "進め", "深化", "主導", "支援", "対処", "促進", "追求", "拡大",
    "拡充", "加速", "協働", "構築", "手を携え", "力を合わせ"
  };
  private static final String[] JA_IMPORTANCE = {"重要性", "必要性", "重要視", "重要であ", "重要と", "認識"};

  /** The particles that may join a こと-clause to its verb of agreeing (ことも決まった, ことにコミット). */
  private static final String[] JA_KOTO_PARTICLES = {"を", "に", "で", "が", "も"};

  /** Verbs of agreeing, deciding or promising that take a こと-clause. */
  private static final String[] JA_KOTO_VERBS = {
    "合意", "一致", "決定", "決め", "決ま", "コミット", "約束", "追求", "追及"
  };

  /**
   * The forms, each with what it is: commit, confirm, reaffirm, shared, informed, joint, document,
   * renew, final, regular (定期的に after a dialogue word: continuing it), hold (開催する: continuing the
   * dialogue, or joint action for a joint event), past (a dialogue held or carried on so far:
   * informed), plan (a plan or a stated intention, 意向を示した: the level of what is planned or
   * intended), start (開始: joint action when joint work is started), propose (ことを提案: informs, and
   * what is proposed is not agreed), or wish.
   */
  private static final String[][] JA_FIXED_FORMS = {
    {"見解が一致", "shared"},
    {"認識で一致", "shared"},
    {"認識が一致", "shared"},
    {"ことで一致", "commit"},
    {"ことをコミット", "commit"},
    {"ことに一致", "commit"},
    {"ことで合意", "commit"},
    {"ことに合意", "commit"},
    {"ことを決定", "commit"},
    {"ことが決定", "commit"},
    {"ことを決め", "commit"},
    {"こととし", "commit"},
    {"ことが取りまとめ", "commit"},
    {"ことなどが取りまとめ", "commit"},
    {"こと等が取りまとめ", "commit"},
    {"こととされ", "commit"},
    {"こととなっ", "commit"},
    {"こととなる", "commit"},
    {"こととなり", "commit"},
    // Announcing what the sides will do (協力することを発表) states their commitment.
    {"ことを発表", "commit"},
    // What was decided elsewhere (枠組みの設立が合意されたことを受けて) sets the scene only.
    {"ことを受け", "scene"},
    {"支持を表明", "shared"},
    {"を強く支持", "shared"},
    {"を支持す", "shared"},
    {"を支持し", "shared"},
    {"が立ち上が", "joint"},
    {"を改定", "document"},
    {"承認を受け", "document"},
    {"を図っていき", "final"},
    {"を図っていく", "final"},
    {"協議を行", "informed"},
    {"と会談し", "informed"},
    {"と伝え", "informed"},
    {"議論が交わさ", "informed"},
    {"を交わし", "document"},
    {"調印", "document"},
    {"を設置し", "joint"},
    {"を設置す", "joint"},
    {"開催予定", "hold"},
    {"を開く", "hold"},
    {"を開催した", "held"},
    {"を開催しました", "held"},
    {"を確信", "shared"},
    {"と確信", "shared"},
    {"と評価し", "shared"},
    {"という点で同意", "view"},
    {"点で一致", "view"},
    {"に同意", "commit"},
    {"で同意", "commit"},
    {"必要がある", "shared"},
    {"必要である", "shared"},
    {"の設置を発表", "joint"},
    {"の設立を発表", "joint"},
    {"の創設を発表", "joint"},
    {"の発足を発表", "joint"},
    {"に取り組む", "act"},
    {"に取り組んでいく", "act"},
    {"に取り組みます", "act"},
    {"に努める", "act"},
    {"に努めていく", "act"},
    {"に努めます", "act"},
    {"に努め", "act"},
    {"を奨励する", "act"},
    {"を奨励します", "act"},
    {"を促す", "act"},
    {"を結んだ", "document"},
    {"を結び", "document"},
    {"する計画", "plan"},
    {"ことにし", "commit"},
    {"事にし", "commit"},
    {"で一致", "commit"},
    {"に合意", "commit"},
    {"合意し", "commit"},
    {"を決定", "commit"},
    {"コミットメントを", "reaffirm"},
    {"再確認", "reaffirm"},
    {"確認", "confirm"},
    {"認識を共有", "shared"},
    {"認識の共有", "shared"},
    {"見解を示", "shared"},
    {"との所感", "shared"},
    {"コンセンサスを得", "shared"},
    {"賛同の意", "shared"},
    {"との結論に達", "shared"},
    {"に留意", "shared"},
    {"非難", "shared"},
    {"を評価しました", "shared"},
    {"を評価した", "shared"},
    {"提出", "informed"},
    {"対話しま", "informed"},
    {"対話した", "informed"},
    {"議論され", "informed"},
    {"を共有", "informed"},
    {"を決め", "commit"},
    {"合意ができ", "commit"},
    {"合意が成立", "commit"},
    {"方針である", "plan"},
    {"方針です", "plan"},
    {"盛り込まれ", "document"},
    {"情報を提供", "informed"},
    {"が行われ", "past"},
    {"こととする", "commit"},
    {"開催する", "hold"},
    {"意図を共有", "plan"},
    {"を行う", "final"},
    {"を認識", "shared"},
    {"高く評価", "shared"},
    {"合意に至", "commit"},
    {"として表明", "document"},
    {"アピール", "informed"},
    {"感謝", "wish"},
    {"認識し", "shared"},
    {"歓迎", "shared"},
    {"強調", "shared"},
    {"指摘", "shared"},
    {"懸念", "shared"},
    {"重要視", "shared"},
    {"選定を行", "joint"},
    {"を立ち上げ", "joint"},
    {"を設立し", "joint"},
    {"を発足さ", "joint"},
    {"署名", "document"},
    {"発出", "document"},
    {"取りまとめ", "document"},
    {"とりまとめ", "document"},
    {"採択", "document"},
    {"承認", "document"},
    {"発表", "document"},
    {"公表", "document"},
    {"締結", "document"},
    {"を更新", "renew"},
    {"を継続", "final"},
    {"も継続", "final"},
    {"を続け", "final"},
    {"を強化", "final"},
    {"を推進", "final"},
    {"を促進", "final"},
    {"を深化", "final"},
    {"選定し", "joint"},
    {"説明", "informed"},
    {"紹介", "informed"},
    {"報告", "informed"},
    {"共有しました", "informed"},
    {"共有した", "informed"},
    {"共有する", "informed"},
    {"共有を行", "informed"},
    {"情報交換", "informed"},
    {"意見交換", "informed"},
    {"議論し", "informed"},
    {"協議し", "informed"},
    {"発信", "informed"},
    {"議論を行", "informed"},
    {"議論が行", "informed"},
    {"関心が示", "informed"},
    {"関心を示", "informed"},
    {"提起", "informed"},
    {"ことを提案", "propose"},
    {"提案", "informed"},
    {"定期的に", "regular"},
    {"予定で", "plan"},
    {"予定とな", "plan"},
    {"予定とし", "plan"},
    {"よう希望", "wish"},
    {"ことを希望", "wish"},
    {"ことを期待", "wish"},
    {"ことに期待", "wish"},
    {"よう期待", "wish"},
    {"希望を表明", "wish"},
    {"期待を表明", "wish"},
    {"期待が示", "wish"},
    {"期待を示", "wish"},
    {"一致を確認", "commit"},
    {"認識され", "shared"},
    {"認識が共有", "shared"},
    {"賛同を得", "shared"},
    {"賛同が得", "shared"},
    {"共感を得", "shared"},
    {"支持を得", "shared"},
    {"議論を交わ", "informed"},
    {"意見を交わ", "informed"},
    {"見解を交わ", "informed"},
    {"理解を深め", "informed"},
    {"立ち上げられ", "joint"},
    {"立ち上げた", "joint"},
    {"立ち上げまし", "joint"},
    {"を開始", "start"},
    {"が開始さ", "start"},
    {"意向を示", "plan"},
    {"意向を表明", "plan"},
    {"意志を示", "plan"},
    {"意思を示", "plan"},
    {"意思を表明", "plan"},
    // Agreeing on a noun phrase, with も or について (協力強化でも一致した, 連携についても合意).
    {"でも一致", "commit"},
    {"にも一致", "commit"},
    {"でも合意", "commit"},
    {"にも合意", "commit"},
    {"について一致", "commit"},
    {"について合意", "commit"},
    {"についても一致", "commit"},
    {"についても合意", "commit"},
    // Deciding in the passive or with が (委員会の設置が決定され, 開催が決まった).
    {"が決定", "commit"},
    {"も決定", "commit"},
    {"が決ま", "commit"},
    {"が合意さ", "commit"},
    // Exchanging a joint document (覚書を交わした, 協定書を取り交わし): only after its name.
    {"を交わ", "exchange"},
    {"を取り交わ", "exchange"},
    {"が交わさ", "exchange"},
    {"が取り交わさ", "exchange"},
    {"を交換", "exchange"},
    {"が交換さ", "exchange"},
    // A dialogue carried on until now (対話を進めてきた): a report of what was done.
    {"を進めてきた", "past"},
    {"を重ねてきた", "past"},
    {"を続けてきた", "past"},
    {"を行ってきた", "past"},
    {"を継続してきた", "past"},
    // Standing united (これまで以上に結束する): a view held in common.
    {"結束", "shared"},
    {"団結", "shared"},
    {"足並みをそろえ", "shared"},
    {"足並みを揃え", "shared"},
    {"一枚岩", "shared"},
    // One side stating, conveying or urging (考えを伝えた, 継続を表明し, 旨述べました); a request
    // (再検討を要請した) is no outcome.
    {"表明", "say"},
    {"述べ", "say"},
    {"伝え", "informed"},
    {"言及", "say"},
    {"発言", "say"},
    {"主張", "say"},
    {"働きかけ", "informed"},
    {"話し合", "informed"},
    {"討議し", "informed"},
    {"討議を行", "informed"},
    {"意見を交換", "informed"},
    {"情報を交換", "informed"},
    // A view agreed on (…が重要との認識で一致, 有益との見解で一致): held in common, and read whole.
    {"との認識で一致", "view"},
    {"との見解で一致", "view"},
    {"との考えで一致", "view"},
    {"との見方で一致", "view"},
    // Deciding, or coming to do, what a こと-clause says (開くことになった, 協力することにした).
    {"ことになっ", "commit"},
    {"ことにし", "commit"},
    // What is scheduled (開催を予定しております) takes the level of what is planned.
    {"を予定", "plan"},
    // Exploring ways or deepening talk (方策を探った, 対話を深めた): the sides talked.
    {"方策を探", "informed"},
    {"を模索し", "informed"},
    {"対話を深め", "informed"},
    {"議論を深め", "informed"},
    // Approval obtained from a body (その承認を得ました): the work is adopted.
    {"承認を得", "joint"},
    // A meeting still to be held (次回会合は…で開催される): the dialogue goes on.
    {"開催される", "hold"},
    {"開催されます", "hold"},
    // Views exchanged (意見を交した), a matter examined (…について検討した), one side speaking (語った).
    {"を交し", "informed"},
    {"検討した", "informed"},
    {"検討しました", "informed"},
    {"語っ", "say"},
    {"語り", "say"},
    // A dialogue held every year (局長級対話を毎年実施する) goes on.
    {"毎年実施", "regular"},
    // Exploring the possibility of something together (協力の可能性を探っていく) is still talking.
    {"可能性を探", "explore"},
    // Something stated to matter or acknowledged (…を確保することが非常に重要であり, ことを認めた).
    {"重要であり", "shared"},
    {"ことを認め", "shared"},
    // Presented (方策等も提示された), debated (討論した), briefed (ブリーフィングを受けました).
    {"提示", "informed"},
    {"討論し", "informed"},
    {"ブリーフィングを受け", "informed"},
    // A plan stated in the plain style of the press (協力を強化する方針だ, 開かれる予定だ).
    {"方針だ", "plan"},
    {"予定だ", "plan"},
    // An aim (合意することを目指します) is not yet an outcome.
    {"ことを目指", "wish"},
    // A quoted wish with no verb of saying («「…連携を進めていきたい」»): no outcome.
    {"たい」", "wish"},
    // Drawing up or compiling a joint document (ロードマップを策定, ハンドブックを編纂).
    {"策定", "document"},
    {"編纂", "document"},
    // Signing a document, as the press writes it (覚書に調印した), and compiling one (声明をまとめた).
    {"調印", "document"},
    {"をまとめ", "document"},
    // A declaration made (「東京声明」が宣言された).
    {"が宣言", "document"},
    {"を宣言", "document"},
    {"宣言され", "document"},
    // The humble style of a minister's own account (合意いたしました, 話をいたしました).
    {"合意いた", "commit"},
    {"一致いた", "commit"},
    {"話をし", "informed"},
    {"話をいた", "informed"},
    // What a meeting approves (研究課題143件が承認された) it adopts together.
    {"が承認され", "joint"},
    // A matter examined, in the passive (分野について検討されました).
    {"検討され", "informed"},
    // What the press reports the sides mean to do (作業部会を設置するとしている): the level of
    // what is meant.
    {"るとしている", "plan"},
    {"るとした", "plan"}
  };

  /** What is agreed to be so, between a こと-clause and its verb (ことが重要との認識で一致). */
  private static final String[] JA_VIEWS = {"との認識", "との見解", "との考え", "との見方"};

  /** Setting up a body in what is agreed (ワーキング・グループを設けて…検討を進めることで一致). */
  private static final String[] JA_BODY_SET_UP = {
    "を設け", "を設置", "を設立", "を立ち上げ", "を新設", "を創設", "を構成して", "立ち上げ、", "設置、", "設立、", "新設、", "創設、"
  };

  /** The verbs of a meeting being held, before a word of planning (開かれる予定). */
  private static final String[] JA_HELD = {"開かれる", "開催される", "行われる", "開く"};

  /** Verbs of ending work that a こと-clause may agree to (終了することで合意). */
  private static final String[] JA_ENDING_WORK = {"終了する", "終了させる", "廃止する", "打ち切る"};

  /** The nouns of progress that, confirmed, describe how cooperation stands (進展が確認された). */
  private static final String[] JA_PROGRESS = {"進展が", "進展を", "進捗が", "進捗を", "進捗状況を"};

  /** The verbal nouns of starting joint work that, confirmed, make it begun (開始を確認した). */
  private static final String[] JA_STARTED = {"開始を", "立ち上げを", "設置を", "設立を", "発足を", "創設を"};

  /**
   * All the forms: those of a こと-clause (こと or 事) and its particle first, each a commitment whose
   * level its clause gives if a verb of agreeing follows (see {@link #kotoVerb}), then the fixed
   * forms.
   */
  private static final String[][] JA_FORMS = forms(JA_FIXED_FORMS);

  /** The forms of a こと-clause and its particle, then the fixed forms. */
  private static String[][] forms(String[][] fixed) {
    List<String[]> all = new ArrayList<>();
    for (String koto : new String[] {"こと", "事"}) {
      for (String particle : JA_KOTO_PARTICLES) {
        all.add(new String[] {koto + particle, "koto"});
      }
    }
    all.addAll(java.util.Arrays.asList(fixed));
    return all.toArray(new String[0][]);
  }

  /**
   * The characters a form in {@link #JA_FORMS} starts with: at any other position no form is tried,
   * so the scan costs one look-up per character where none can start.
   */
  private static final BitSet JA_FORM_STARTS = new BitSet();

  static {
    for (String[] form : JA_FORMS) {
      JA_FORM_STARTS.set(form[0].charAt(0));
    }
  }

  /** Finds the Japanese events; returns true if the wording is negated. */
  private static boolean japanese(String text, List<Event> events) {
    for (String n : JA_NEGATIONS) {
      if (text.contains(n)) {
        return true;
      }
    }
    int previousEnd = 0;
    // Where the current sentence starts.
    int sentenceStart = 0;
    // Where the last form that took its complement ended.
    int consumed = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' && !(i + 1 < text.length() && ")」』".indexOf(text.charAt(i + 1)) >= 0)) {
        // A sentence ends (but not one inside brackets: 「…を含む。」).
        previousEnd = i + 1;
        sentenceStart = i + 1;
        continue;
      }
      if (c == '。') {
        continue;
      }
      if (!JA_FORM_STARTS.get(c)) {
        continue;
      }
      for (String[] form : JA_FORMS) {
        if (!text.startsWith(form[0], i)) {
          continue;
        }
        int end = i + form[0].length();
        String kind = form[1];
        if (kind.equals("koto")) {
          // A こと-clause and its particle: a commitment if a verb of agreeing follows closely.
          int verb = kotoVerb(text, end);
          if (verb < 0) {
            continue;
          }
          // What is agreed to be so (ことが重要との認識で一致): a view, not a commitment to act.
          kind = anyWithin(text, JA_VIEWS, end, verb) ? "view" : "commit";
          end = verb;
          if (anyEndsAt(text, JA_ENDING_WORK, Math.max(previousEnd, i - JA_WINDOW), i)) {
            // Agreeing to end a piece of work (取組を終了することが合意された) commits to nothing more,
            // and the verb is not read again.
            previousEnd = end;
            consumed = end;
            i = end - 1;
            break;
          }
        }
        if ((kind.equals("commit") || kind.equals("document") || kind.equals("joint"))
            && modifiesNoun(text, end)) {
          // A verb that qualifies a noun (G20で合意した「AI原則」の実装について発言した) names what the
          // noun is; the clause's own verb comes after it.
          continue;
        }
        int from = Math.max(previousEnd, i - JA_WINDOW);
        if ((kind.equals("document") || kind.equals("renew"))
            && !((documentBefore(text, Math.max(from, i - JA_DOCUMENT_WINDOW), i)
                    || documentBeforeAside(text, previousEnd, i)
                    || namedBefore(text, from, i, form[0])
                    || compiledOn(text, from, i, form[0]))
                && actedOn(text, end)
                && !reportedAfter(text, end))) {
          continue;
        }
        if (kind.equals("wish")) {
          // What is hoped for or expected (「…」よう希望, 協力することを期待) is no commitment: the events
          // of its complement are dropped, and the next form's complement starts after it.
          // A wish right after a verb already read (…について合意することを目指します) takes that verb
          // and its complement in.
          int base =
              i - consumed <= JA_WISH_REACH
                  ? Math.max(sentenceStart, i - JA_WINDOW)
                  : Math.max(previousEnd, from);
          int complement = wishComplement(text, base, i);
          dropFrom(events, complement);
          // Expressing the wish (よう希望を表明した, ことを期待する旨を表明した) is part of it, not a
          // statement of its own; a quoted wish said («「…していきたい」との発言があり») informs.
          int said = wishStated(text, end);
          if (said > end && form[0].equals("たい」")) {
            events.add(new Event(Commitment.INFORMED, i, said));
          }
          end = said;
          previousEnd = end;
          consumed = end;
          i = end - 1;
          break;
        }
        if (kind.equals("scene")) {
          // The sentence so far (…が合意されたことを受けて) is what the verb after it responds to:
          // its events are dropped, and the next form's complement starts after it.
          dropFrom(events, sentenceStart);
          previousEnd = end;
          consumed = end;
          i = end - 1;
          break;
        }
        if (kind.equals("propose")) {
          // What one side proposes (協議を年内に開催することを提案し) is not yet agreed: the events
          // of its complement are dropped, and the proposal informs.
          dropFrom(events, Math.max(previousEnd, from));
          events.add(new Event(Commitment.INFORMED, i, end));
          previousEnd = end;
          consumed = end;
          i = end - 1;
          break;
        }
        if (kind.equals("final") && !finalPredicate(text, end)) {
          continue;
        }
        if (kind.equals("hold") && text.startsWith("こと", end)) {
          // That a meeting will be held (ワークショップが開催されることを歓迎): what the verb after it
          // reads, not a predicate of its own.
          continue;
        }
        int[] last = lastKeyword(text, from, kind.equals("final") ? i + 1 : i);
        Commitment level;
        switch (kind) {
          case "commit":
            if (form[0].startsWith("こととな") && anyWithin(text, JA_ONE_SIDE, from, i)) {
              // What one side is to do (韓国側において検討することとなった) binds no one else.
              level = null;
              break;
            }
            // Agreeing on a joint document (G7アクションプランに合意, 基本原則で合意) is adopting it; so is agreeing
            // to set up a body, whatever the body is then to do (作業部会を設けて…検討を進める).
            level =
                ((form[0].equals("に合意") || form[0].equals("が合意さ")) && documentEndsAt(text, from, i))
                        || (form[0].startsWith("合意")
                            && i - 1 > from
                            && text.charAt(i - 1) == 'で'
                            && documentEndsAt(text, from, i - 1))
                        || anyWithin(text, JA_BODY_SET_UP, from, i)
                    ? Commitment.JOINT_ACTION
                    : last == null || last[0] == COOP
                        ? Commitment.AGREED_TO_COOPERATE
                        : last[0] == DIALOGUE
                            ? Commitment.CONTINUE_DIALOGUE
                            : last[0] == JOINT ? Commitment.JOINT_ACTION : Commitment.SHARED_VIEW;
            break;
          case "confirm":
            if (text.startsWith("した", end) && modifiesNoun(text, end + 1)) {
              // Principles the sides confirmed before (これまで確認した諸原則): what the noun is.
              level = null;
              break;
            }
            if (text.startsWith("であることを", i - "であることを".length())) {
              // Confirming what something is (…に貢献するものであることを確認) is a view held.
              level = Commitment.SHARED_VIEW;
              break;
            }
            if (end < text.length() && "と・の".indexOf(text.charAt(end)) >= 0) {
              // A noun in a list (要望内容の明確化・確認と…の説明), not the verb of confirming.
              level = null;
              break;
            }
            // Confirming that the sides will cooperate from now on (協力していくことを確認, 連携の強化
            // について確認) is their agreement, as "confirmed that both countries would cooperate"
            // is in the seed records; confirming cooperation that goes on (引き続き, 継続, これまでの)
            // renews it.
            if (text.startsWith("を目的", end) || text.startsWith("のため", end)) {
              // A purpose (手順の確認を目的とした演習), not the verb of confirming.
              level = null;
              break;
            }
            if (anyEndsAt(text, JA_PROGRESS, from, i)) {
              // Confirming progress made (協力関係の進展が確認された) is a view of how things stand.
              level = Commitment.SHARED_VIEW;
              break;
            }
            if (anyEndsAt(text, JA_STARTED, from, i)) {
              // Confirming that joint work has started (データ共有の開始を確認した) is joint action.
              level = Commitment.JOINT_ACTION;
              break;
            }
            if (last == null && proposition(text, from, i)) {
              // Confirming that something holds (…が成長に資することを確認) is a view held in common.
              level = Commitment.SHARED_VIEW;
              break;
            }
            level =
                last != null
                        && last[0] == COOP
                        && !anyWithin(text, JA_CONTINUING, from, i)
                        && !cooperationNamed(text, last[1], i)
                    ? Commitment.AGREED_TO_COOPERATE
                    : last == null || last[0] == COOP || last[0] == JOINT
                        ? Commitment.REAFFIRMED
                        : last[0] == DIALOGUE
                            ? Commitment.CONTINUE_DIALOGUE
                            : Commitment.SHARED_VIEW;
            break;
          case "reaffirm":
            // Reaffirming the importance of something restates a view (重要性を再確認).
            level =
                last != null && last[0] == IMPORTANT
                    ? Commitment.SHARED_VIEW
                    : Commitment.REAFFIRMED;
            break;
          case "document":
            // One side announcing its own plan (大臣から、「…投資計画」が発表され) informs.
            level =
                (form[0].equals("発表") || form[0].equals("公表"))
                        && lastIndexWithin(text, "から、", from, i) >= 0
                    ? Commitment.INFORMED
                    : Commitment.JOINT_ACTION;
            break;
          case "renew":
            level = Commitment.REAFFIRMED;
            break;
          case "plan":
            // One side's own plan (我が国では…検討を進めていく予定です) commits no one else.
            if (anyWithin(text, JA_ONE_SIDE, from, i)) {
              level = null;
              break;
            }
            if (anyEndsAt(text, JA_HELD, from, i) && anyWithin(text, JA_DIALOGUE, from, i)) {
              // A meeting to be held (次回の会合は…で開かれる予定だ) goes on with the dialogue,
              // whatever it is held with.
              level = Commitment.CONTINUE_DIALOGUE;
              break;
            }
          // Something planned (開催される予定である) takes its level from what is planned.
          // fall through
          case "final":
            level =
                last == null || last[0] == IMPORTANT
                    ? null
                    : last[0] == COOP
                        ? Commitment.AGREED_TO_COOPERATE
                        : last[0] == DIALOGUE
                            ? Commitment.CONTINUE_DIALOGUE
                            : Commitment.JOINT_ACTION;
            break;
          case "shared":
            level = Commitment.SHARED_VIEW;
            if (i > 0 && text.charAt(i - 1) == 'と' && form[0].startsWith("認識")) {
              // What is recognized (…が重要な年になると認識し) is a view, not an event of its own:
              // the levels its clause read drop out.
              dropFrom(events, clauseStart(text, i));
              consumed = Math.max(consumed, i);
            }
            break;
          case "start":
            // Starting joint work (共同研究を開始した) is joint action; starting anything else says
            // nothing here, and its key word stays in the complement of the verb after it.
            level = last != null && last[0] == JOINT ? Commitment.JOINT_ACTION : null;
            break;
          case "joint":
            level = Commitment.JOINT_ACTION;
            break;
          case "act":
            // Working on something as the sentence's last verb (標準化に取り組む, 交流の促進に努め、) is
            // doing it together from now on, or going on talking when what is worked on is talk.
            if (!(end >= text.length()
                || "。、".indexOf(text.charAt(end)) >= 0
                || text.startsWith("とした", end)
                || text.startsWith("としている", end))) {
              level = null;
              break;
            }
            level =
                last == null || last[0] == COOP
                    ? Commitment.AGREED_TO_COOPERATE
                    : last[0] == DIALOGUE
                        ? Commitment.CONTINUE_DIALOGUE
                        : last[0] == JOINT ? Commitment.JOINT_ACTION : null;
            break;
          case "held":
            // A meeting held (閣僚会合を開催した) is reported; a joint event held is joint action.
            level =
                last != null && last[0] == JOINT ? Commitment.JOINT_ACTION : Commitment.INFORMED;
            break;
          case "view":
            level = Commitment.SHARED_VIEW;
            break;
          case "explore":
            level = Commitment.CONTINUE_DIALOGUE;
            break;
          case "exchange":
            // Exchanging a joint document is making it together; exchanging views is not here.
            level = documentEndsAt(text, from, i) ? Commitment.JOINT_ACTION : null;
            break;
          case "say":
            if (form[0].equals("表明")
                && text.startsWith("ことを", i - "ことを".length())
                && anyWithin(text, JA_BOTH_SIDES, sentenceStart, i)
                && last != null
                && last[0] != IMPORTANT) {
              // Both sides stating what they will do (双方は…協力を強化することを表明した) state their
              // commitment, as a joint statement does.
              level =
                  last[0] == COOP
                      ? Commitment.AGREED_TO_COOPERATE
                      : last[0] == DIALOGUE
                          ? Commitment.CONTINUE_DIALOGUE
                          : Commitment.JOINT_ACTION;
              break;
            }
            // One side stating the importance of something (重要性を主張した) holds a view; stating
            // anything else informs.
            level =
                last != null && last[0] == IMPORTANT ? Commitment.SHARED_VIEW : Commitment.INFORMED;
            break;
          case "past":
            // A dialogue carried on until now is reported, not promised.
            level = last != null && last[0] == DIALOGUE ? Commitment.INFORMED : null;
            break;
          case "hold":
            // Holding a meeting (第7回対話は日本で開催する) goes on with the dialogue; holding a joint
            // event is joint action. Either may be what a verb after it agrees to.
            level =
                last == null
                    ? null
                    : last[0] == DIALOGUE
                        ? Commitment.CONTINUE_DIALOGUE
                        : last[0] == JOINT ? Commitment.JOINT_ACTION : null;
            break;
          case "regular":
            // Doing a dialogue regularly (議論を定期的に行う) is continuing it; otherwise no level.
            level = last != null && last[0] == DIALOGUE ? Commitment.CONTINUE_DIALOGUE : null;
            break;
          default:
            // Sharing the need for something (必要性を共有した上で) holds a view in common.
            level =
                form[0].contains("共有")
                        && ((last != null && last[0] == IMPORTANT && i - last[1] <= JA_SHARED_GAP)
                            || sharedObjectBefore(text, from, i))
                    ? Commitment.SHARED_VIEW
                    : Commitment.INFORMED;
        }
        if (level == null) {
          continue;
        }
        boolean inner =
            kind.equals("informed")
                || kind.equals("say")
                || kind.equals("shared")
                || kind.equals("regular")
                || kind.equals("hold");
        boolean fromKeyword =
            kind.equals("regular") || (kind.equals("say") && level == Commitment.SHARED_VIEW);
        int start = last == null || (inner && !fromKeyword) ? i : last[1];
        events.add(new Event(level, start, end));
        if (!inner) {
          // The complement of the next form starts after this one; a verb of informing or of a
          // shared view may itself be part of that complement (意見交換を継続することとなった).
          previousEnd = end;
          consumed = end;
          i = end - 1;
        }
        break;
      }
    }
    finalKeyword(text, consumed, events);
    return false;
  }

  /** What after 共同研究 makes it an undertaking: carried out, started, a project, a call. */
  private static final String[] JA_RESEARCH_UNDERTAKEN = {
    "を実施", "の実施", "を開始", "の開始", "が開始", "を行", "プロジェクト", "課題", "公募", "を立ち上げ"
  };

  /**
   * Whether the joint research whose name ends at {@code at} is undertaken ({@link
   * #JA_RESEARCH_UNDERTAKEN}, after an optional 開発): a few characters are looked at.
   */
  private static boolean jointResearchUndertaken(String text, int at) {
    int p = text.startsWith("開発", at) ? at + 2 : at;
    for (String word : JA_RESEARCH_UNDERTAKEN) {
      if (text.startsWith(word, p)) {
        return true;
      }
    }
    return false;
  }

  /** The nouns after a past verb that do not make it a qualifier: 旨, 上, 際, 後, 模様, 結果, 形. */
  private static final String JA_NOT_QUALIFIED = "旨上際後模結形";

  /**
   * Whether the verb form that ends at {@code end} qualifies a noun: its past ending (した, た) is
   * followed by a bracket that opens a name or by a kanji or katakana noun, other than the nouns
   * that report the verb itself ({@link #JA_NOT_QUALIFIED}: 合意した旨, 合意した上で). Looks at three
   * characters at most.
   */
  private static boolean modifiesNoun(String text, int end) {
    int p = end;
    if (p > 0 && text.charAt(p - 1) == 'し' && p < text.length() && text.charAt(p) == 'た') {
      p++;
    } else if (!(p > 0 && text.charAt(p - 1) == 'た')) {
      return false;
    }
    if (p >= text.length()) {
      return false;
    }
    char c = text.charAt(p);
    if (c == '「' || c == '『') {
      return true;
    }
    if (JA_NOT_QUALIFIED.indexOf(c) >= 0) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || (script == Character.UnicodeScript.KATAKANA && c != 'ー');
  }

  /** The words that make confirmed cooperation one that goes on rather than one taken up. */
  private static final String[] JA_CONTINUING = {
    "継続", "引き続き", "引続き", "これまでの", "これまでに", "築かれ", "築いてき", "従来", "既存", "進んでいる", "進められている"
  };

  /** The nouns of cooperation that, confirmed as they stand, name cooperation that exists. */
  private static final String[] JA_COOPERATION_NOUNS = {"協力", "連携", "協調"};

  /** The particles that may stand between a confirmed noun and its verb (連携が確認, 協力等を確認). */
  private static final Set<String> JA_CONFIRMED_PARTICLES =
      set("を", "が", "も", "等を", "等も", "などを", "について", "についても", "関係を", "関係が", "を、", "が、", "関係を、");

  /**
   * Whether the key word at {@code at} is a bare noun of cooperation confirmed as it stands
   * (日米間での連携が確認された, 具体的協力等を確認した): cooperation that exists, not one taken up. Looks at the few
   * characters between the noun and the verb of confirming at {@code verb}.
   */
  private static boolean cooperationNamed(String text, int at, int verb) {
    for (String noun : JA_COOPERATION_NOUNS) {
      if (text.startsWith(noun, at)) {
        int end = at + noun.length();
        return end <= verb && JA_CONFIRMED_PARTICLES.contains(text.substring(end, verb));
      }
    }
    return false;
  }

  /** How far after a verb of hoping its verb of saying may start, in characters. */
  static final int JA_WISH_SAY_GAP = 6;

  /**
   * How close after a verb already read a verb of hoping or aiming must start to take that verb in
   * (合意することを目指す: する between), in characters.
   */
  static final int JA_WISH_REACH = 4;

  /** The verbs of saying that may state a wish (期待する旨を表明した, 希望すると述べた). */
  private static final String[] JA_SAY_VERBS = {"表明", "述べ", "言及", "発言", "主張", "伝え", "語"};

  /**
   * Where the verb of saying ends that states the wish ending at {@code at} (する旨を表明した), if one
   * starts within {@value #JA_WISH_SAY_GAP} characters in the same clause; else {@code at}. At most
   * {@value #JA_WISH_SAY_GAP} positions are tried.
   */
  private static int wishStated(String text, int at) {
    for (int k = at; k < Math.min(text.length(), at + JA_WISH_SAY_GAP); k++) {
      char c = text.charAt(k);
      if (c == '、' || c == '。' || c == ',') {
        return at;
      }
      for (String verb : JA_SAY_VERBS) {
        if (text.startsWith(verb, k)) {
          return k + verb.length();
        }
      }
    }
    return at;
  }

  /** How far after a こと-clause's particle its verb of agreeing may start, in characters. */
  static final int JA_KOTO_GAP = 8;

  /**
   * Where a verb of agreeing, deciding or promising ends that starts within {@value #JA_KOTO_GAP}
   * characters after {@code at} in the same clause (ことで参加国は合意した, ことに引き続きコミットした), or -1; at most
   * {@value #JA_KOTO_GAP} positions are tried.
   */
  private static int kotoVerb(String text, int at) {
    for (int k = at; k < Math.min(text.length(), at + JA_KOTO_GAP); k++) {
      char c = text.charAt(k);
      if (c == '、' || c == '。' || c == ',') {
        return -1;
      }
      for (String verb : JA_KOTO_VERBS) {
        if (text.startsWith(verb, k)) {
          return k + verb.length();
        }
      }
    }
    return -1;
  }

  /**
   * A wording that ends in a key word of cooperating or of dialogue and an ending only, its last
   * predicate (協力していく, 意見交換していく), or such a predicate and こと, an item of a list of what was agreed
   * (今後ともより一層協力すること): that predicate's level, added to the events, unless a form already read ends
   * after it ({@code consumed}). Looks at a few closing marks, the endings and one window before
   * them, so it is bounded by {@value #JA_WINDOW} characters and the sizes of the word lists.
   */
  private static void finalKeyword(String text, int consumed, List<Event> events) {
    int stop = text.length();
    while (stop > 0 && stop > text.length() - 4 && "。、. ".indexOf(text.charAt(stop - 1)) >= 0) {
      stop--;
    }
    if (stop >= 2 && text.startsWith("こと", stop - 2)) {
      stop -= 2;
    }
    for (String ending : JA_FINAL_ENDINGS) {
      int at = stop - ending.length();
      if (ending.isEmpty()
          ? !anyEndsAt(text, JA_FURTHERING, 0, stop)
          : ending.equals("し") || at <= 0 || !text.startsWith(ending, at)) {
        // A wording may end in the verbal noun itself, as headlines do (対話と協力を更に深化。).
        continue;
      }
      if (consumed > at) {
        // The predicate is part of a form already read (協力していくことで一致した).
        return;
      }
      int from = Math.max(consumed, at - JA_WINDOW);
      for (int k = at - 1; k >= from; k--) {
        if (text.charAt(k) == '。') {
          from = k + 1;
          break;
        }
      }
      int[] last = lastKeyword(text, from, at);
      if (last == null || !keywordEndsAt(text, at) || text.startsWith("検討", last[1])) {
        continue;
      }
      Commitment level =
          last[0] == COOP
              ? Commitment.AGREED_TO_COOPERATE
              : last[0] == DIALOGUE ? Commitment.CONTINUE_DIALOGUE : null;
      if (level != null) {
        events.add(new Event(level, last[1], stop));
      }
      return;
    }
  }

  /** Whether one of {@code words} ends at {@code at}, not before {@code from}: a few look-ups. */
  private static boolean anyEndsAt(String text, String[] words, int from, int at) {
    for (String s : words) {
      if (at - s.length() >= from && text.startsWith(s, at - s.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a こと-clause with a subject of its own ends at {@code at} (…が…に資することを): what is
   * confirmed is a proposition. Looks back over text[from, at) once.
   */
  private static boolean proposition(String text, int from, int at) {
    return at - 3 >= from
        && text.startsWith("ことを", at - 3)
        && lastIndexWithin(text, "が", from, at - 3) >= 0;
  }

  /** Adverbs between a dialogue's particle and the verb that furthers it (協議を更に強化). */
  private static final String[] JA_FURTHER_ADVERBS = {"より一層", "更に", "さらに", "一層", "一段と"};

  /** Verbal nouns of taking something further, which may end a wording on their own. */
  private static final String[] JA_FURTHERING = {"深化", "強化", "推進", "促進", "拡大", "加速"};

  /** Whether a key word of cooperating or of dialogue ends at {@code at}. */
  private static boolean keywordEndsAt(String text, int at) {
    for (String[] list : new String[][] {JA_COOP, JA_DIALOGUE}) {
      for (String kw : list) {
        if (at - kw.length() >= 0 && text.startsWith(kw, at - kw.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a joint document's name, or a quoted name, ends at {@code to} (not before {@code
   * from}), or before a 等 or など there.
   */
  private static boolean documentEndsAt(String text, int from, int to) {
    // 協力覚書等を交換: the documents and others like them.
    int at =
        to - 1 >= from && text.charAt(to - 1) == '等'
            ? to - 1
            : to - 2 >= from && text.startsWith("など", to - 2) ? to - 2 : to;
    if (at - 1 >= from && "」』".indexOf(text.charAt(at - 1)) >= 0) {
      return true;
    }
    for (String d : JA_DOCUMENTS) {
      if (at - d.length() >= from && text.startsWith(d, at - d.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a quoted name ends just before a verb of signing or concluding («「…共同議事録」に署名»): what
   * two sides sign is a joint document, whatever its name.
   */
  private static boolean namedBefore(String text, int from, int to, String verb) {
    if (!verb.equals("署名") && !verb.equals("締結")) {
      return false;
    }
    int k = to - 1;
    if (k >= from && "をにが".indexOf(text.charAt(k)) >= 0) {
      k--;
    }
    return k >= from && "」』".indexOf(text.charAt(k)) >= 0;
  }

  /**
   * Whether a verb of compiling takes its subject matter with について or に関して (協力施策についてとりまとめた):
   * compiling what was agreed on it, a joint document left unnamed.
   */
  private static boolean compiledOn(String text, int from, int to, String verb) {
    if (!verb.equals("取りまとめ") && !verb.equals("とりまとめ")) {
      return false;
    }
    if (lastIndexWithin(text, "側は", from, to) >= 0 || lastIndexWithin(text, "側から", from, to) >= 0) {
      // One side compiling its own measures (日本側は…についてとりまとめた) is not joint.
      return false;
    }
    return (to - 4 >= from && text.startsWith("について", to - 4))
        || (to - 4 >= from && text.startsWith("に関して", to - 4));
  }

  /**
   * Where the complement of a verb of hoping or expecting at {@code at} starts: at the opening
   * bracket of a quotation that ends just before it, else after the last 、 before it, but not
   * before {@code from}.
   */
  private static int wishComplement(String text, int from, int at) {
    int k = at - 1;
    if (k >= from && text.charAt(k) == '」') {
      for (int j = k - 1; j >= from; j--) {
        if (text.charAt(j) == '「') {
          return j;
        }
      }
      return from;
    }
    for (int j = k; j >= from; j--) {
      if (text.charAt(j) == '、') {
        return j + 1;
      }
    }
    return from;
  }

  /** How far back an aside in brackets before a verb of signing is looked for, in characters. */
  static final int JA_ASIDE_WINDOW = 400;

  /**
   * Whether a joint document's name ends just before an aside in brackets that ends, with one
   * particle, at {@code at} (協力覚書(Memorandum of Cooperation ...)の署名式): the aside, often the
   * document's English title, may be longer than {@value #JA_DOCUMENT_WINDOW} characters. Looks at
   * most {@value #JA_ASIDE_WINDOW} characters back, not before {@code from}.
   */
  private static boolean documentBeforeAside(String text, int from, int at) {
    int k = at - 1;
    if (k >= from && "のを".indexOf(text.charAt(k)) >= 0) {
      k--;
    }
    if (k < from || text.charAt(k) != ')') {
      return false;
    }
    int depth = 0;
    for (int j = k; j >= Math.max(from, at - JA_ASIDE_WINDOW); j--) {
      char c = text.charAt(j);
      if (c == ')') {
        depth++;
      } else if (c == '(' && --depth == 0) {
        return documentBefore(text, Math.max(from, j - JA_DOCUMENT_WINDOW), j);
      }
    }
    return false;
  }

  /** Whether a joint document's name ends in text[from, to), just before a verb of signing. */
  private static boolean documentBefore(String text, int from, int to) {
    for (int at = from; at < to; at++) {
      for (String d : JA_DOCUMENTS) {
        if (at + d.length() <= to && text.startsWith(d, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a verbal noun at text[.., end) is done (署名しました, 承認され, 取りまとめた), not aimed at. */
  private static boolean actedOn(String text, int end) {
    if (end >= text.length()) {
      return true;
    }
    char c = text.charAt(end);
    if (c == '、' && text.charAt(end - 1) == 'め') {
      // The continuative of a verb of compiling (取りまとめ、公表した): done, and more follows.
      return true;
    }
    if ((c == '。' || c == '、') && "だた".indexOf(text.charAt(end - 1)) >= 0) {
      // A form that ends in its past verb (覚書を結んだ。).
      return true;
    }
    return c == 'し'
        || c == 'さ'
        || c == 'す'
        || c == 'ま'
        || c == 'ら'
        || c == 'た'
        || c == 'る'
        || text.startsWith("いた", end)
        || text.startsWith("てい", end)
        || text.startsWith("をいた", end)
        || text.startsWith("をし", end)
        || text.startsWith("を行", end)
        || text.startsWith("が行", end)
        || text.startsWith("式が行", end)
        || text.startsWith("式を行", end)
        || text.startsWith("式が開催", end);
  }

  /**
   * Whether a verb of signing or issuing is what one side reports (共同声明を採択したことを報告した): a verb of
   * informing within {@value #JA_REPORT_WINDOW} characters after it.
   */
  private static boolean reportedAfter(String text, int end) {
    for (int k = end; k < Math.min(text.length(), end + JA_REPORT_WINDOW); k++) {
      if (text.startsWith("説明", k)
          || text.startsWith("報告", k)
          || text.startsWith("紹介", k)
          || text.startsWith("歓迎", k)) {
        return true;
      }
    }
    return false;
  }

  /** How far after a verb of signing a verb of informing makes it a report, in characters. */
  static final int JA_REPORT_WINDOW = 15;

  /**
   * Whether a verb ending at {@code end} is the wording's last predicate: only an ending follows.
   */
  private static boolean finalPredicate(String text, int end) {
    int stop = text.length();
    // At most a few closing marks are looked at, so that the check stays bounded.
    while (stop > end && stop > text.length() - 4 && "。、. ".indexOf(text.charAt(stop - 1)) >= 0) {
      stop--;
    }
    if (stop - 2 >= end && text.startsWith("こと", stop - 2)) {
      // An item of a list of what was agreed (引き続き協力関係を継続すること), as finalKeyword reads it.
      stop -= 2;
    }
    return stop - end <= 8 && JA_FINAL_ENDINGS.contains(text.substring(end, stop));
  }

  /**
   * Where {@code word} starts last inside text[from, to), or -1: a backward scan of the window only
   * (never of the text before it), so at most {@code (to - from) × word.length()} steps.
   */
  private static int lastIndexWithin(String text, String word, int from, int to) {
    for (int at = to - word.length(); at >= from; at--) {
      if (text.startsWith(word, at)) {
        return at;
      }
    }
    return -1;
  }

  /** The key words of {@link #lastKeyword}, list by list, and the category of each list. */
  private static final String[][] JA_KEYWORDS = {JA_COOP, JA_DIALOGUE, JA_IMPORTANCE, JA_JOINT};

  private static final int[] JA_KEYWORD_CATEGORIES = {COOP, DIALOGUE, IMPORTANT, JOINT};

  /** The characters a key word ends with: at any other position no key word ends. */
  private static final BitSet JA_KEYWORD_ENDS = new BitSet();

  static {
    for (String[] list : JA_KEYWORDS) {
      for (String kw : list) {
        JA_KEYWORD_ENDS.set(kw.charAt(kw.length() - 1));
      }
    }
  }

  /**
   * The key word that ends last in text[from, to): {category, start}, or null; of two that end at
   * the same place, the one later in {@link #JA_KEYWORDS}. Walks back from {@code to} one character
   * at a time and tries the key words only where one of them may end, so a window without any costs
   * one look per character.
   */
  private static int[] lastKeyword(String text, int from, int to) {
    int[] best = null;
    for (int end = to; end > from && best == null; end--) {
      if (!JA_KEYWORD_ENDS.get(text.charAt(end - 1))) {
        continue;
      }
      for (int k = 0; k < JA_KEYWORDS.length; k++) {
        for (String kw : JA_KEYWORDS[k]) {
          int at = end - kw.length();
          if (at >= from && text.startsWith(kw, at)) {
            best = new int[] {JA_KEYWORD_CATEGORIES[k], at};
          }
        }
      }
    }
    if (best != null
        && best[0] == DIALOGUE
        && text.startsWith("共有", best[1])
        && best[1] - 3 >= from
        && (text.startsWith("認識を", best[1] - 3) || text.startsWith("見解を", best[1] - 3))) {
      // Sharing a recognition or a view is holding it in common (認識を共有していることを確認).
      return new int[] {IMPORTANT, best[1]};
    }
    if (best != null
        && best[0] == JOINT
        && text.startsWith("共同研究", best[1])
        && !jointResearchUndertaken(text, best[1] + "共同研究".length())) {
      // Joint research in general (共同研究などについても合意, 共同研究開発と標準化を目指す) is a field of
      // cooperation; joint research carried out or started (共同研究を実施, 共同研究プロジェクト) is joint
      // action.
      return new int[] {COOP, best[1]};
    }
    int particle = best == null ? -1 : best[1] - 1;
    for (String adverb : JA_FURTHER_ADVERBS) {
      if (particle - adverb.length() >= from
          && text.startsWith(adverb, particle - adverb.length() + 1)) {
        particle -= adverb.length();
        break;
      }
    }
    if (best != null
        && best[0] == COOP
        && particle >= from
        && "をがも".indexOf(text.charAt(particle)) >= 0
        && (text.startsWith("進め", best[1])
            || text.startsWith("深化", best[1])
            || text.startsWith("促進", best[1])
            || text.startsWith("強化", best[1])
            || text.startsWith("加速", best[1]))) {
      // Furthering a dialogue is still dialogue (情報交換を進める, 議論を深化させる, 協議を更に強化する), in
      // the passive too (検討が進められる) and with も (協議も進める); furthering a new joint study
      // (具体的な検討を進める, 検討を加速する) takes up work together, while going on with one (引き続き
      // 検討を進める) goes on talking.
      for (String kw : JA_DIALOGUE) {
        int at = particle - kw.length();
        if (at >= from && text.startsWith(kw, at)) {
          return new int[] {
            kw.equals("検討") && !anyWithin(text, JA_CONTINUING, from, at) ? COOP : DIALOGUE, at
          };
        }
      }
    }
    return best;
  }
}
