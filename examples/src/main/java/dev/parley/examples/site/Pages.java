package dev.parley.examples.site;

import dev.parley.core.diff.AddedTopic;
import dev.parley.core.diff.AgendaDiff;
import dev.parley.core.diff.AgendaTopics;
import dev.parley.core.diff.ContinuedTopic;
import dev.parley.core.diff.DroppedTopic;
import dev.parley.core.diff.MovedTopic;
import dev.parley.core.diff.ShiftedTopic;
import dev.parley.core.history.Appearance;
import dev.parley.core.history.PlanCheck;
import dev.parley.core.history.TopicTimeline;
import dev.parley.core.history.TopicTrack;
import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Coded;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueHistory;
import dev.parley.core.model.JointProject;
import dev.parley.core.model.NextMeeting;
import dev.parley.core.model.Organization;
import dev.parley.core.model.Outcome;
import dev.parley.core.model.Participant;
import dev.parley.core.model.Party;
import dev.parley.core.model.Segment;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.Statement;
import dev.parley.core.report.TimelineReport;
import dev.parley.core.report.TimelineSvg;
import dev.parley.core.topic.Topic;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every page of a {@link Site}, rendered in this one place through {@link Html}, which escapes all
 * text from the records. Pages in a folder link upwards with {@code ../}.
 */
final class Pages {
  private final Site site;

  Pages(Site site) {
    this.site = site;
  }

  // ---------------------------------------------------------------- the index

  String index() {
    Html h = new Html();
    int meetings = site.histories().stream().mapToInt(x -> x.sessions().size()).sum();
    TopicTimeline all = site.timeline();
    head(h, "Policy dialogue archive", "");
    h.open("main");
    h.element("h1", "Policy dialogue archive");
    h.open("p", "class", "figures");
    figure(h, "dialogues", site.histories().size(), "dialogues");
    figure(h, "meetings", meetings, "meetings");
    figure(h, "topics", all.tracks().size(), "topics");
    if (!all.columns().isEmpty()) {
      h.open("span", "class", "figure", "data-figure", "years")
          .text(
              all.columns().get(0).start().year()
                  + "–"
                  + all.columns().get(all.columns().size() - 1).start().year())
          .close("span");
    }
    h.close("p").newline();

    h.element("h2", "Dialogues", "id", "dialogues");
    for (DialogueHistory history : site.histories()) {
      Dialogue d = history.dialogue();
      h.open("section", "class", "dialogue", "data-dialogue", d.id()).newline();
      h.open("h3").link(Site.dialoguePage(d.id()), d.name()).close("h3");
      h.open("p", "class", "meta").text(dialogueFacts(d, history)).close("p");
      h.open("ul", "class", "meetings");
      for (Session s : history.sessions()) {
        h.open("li");
        if (s.ordinal().isPresent()) {
          h.element("span", "#" + s.ordinal().getAsInt(), "class", "ordinal");
        }
        h.element("span", s.start().toString(), "class", "date");
        h.text(" ").link(site.meetingPage(s), s.title(), "data-meeting", "");
        h.open("span", "class", "meta").text(" · " + itemsAndOutcomes(s)).close("span");
        h.close("li");
      }
      h.close("ul").close("section").newline();
    }

    h.element("h2", "Topics", "id", "topics");
    h.element(
        "p",
        "Every topic the agendas took up, with the meetings that carried it and the strongest"
            + " commitment reached on it.");
    h.open("div", "class", "scroll").open("table", "class", "topics");
    h.open("thead").open("tr");
    for (String c : List.of("topic", "meetings", "dialogues", "first", "last", "strongest")) {
      h.element("th", c, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody");
    List<TopicTrack> tracks = new ArrayList<>(all.tracks());
    tracks.sort(
        (a, b) ->
            a.count() != b.count()
                ? Integer.compare(b.count(), a.count())
                : a.topic().prefLabel().compareToIgnoreCase(b.topic().prefLabel()));
    for (TopicTrack t : tracks) {
      h.open("tr");
      h.open("td").link(Site.topicPage(t.topic().id()), t.topic().prefLabel()).close("td");
      h.element("td", String.valueOf(t.count()), "class", "number");
      h.element("td", String.valueOf(dialoguesOf(t).size()), "class", "number");
      h.element("td", String.valueOf(t.first().column().start()), "class", "date");
      h.element("td", String.valueOf(t.last().column().start()), "class", "date");
      h.open("td");
      level(h, strongest(t));
      h.close("td");
      h.close("tr").newline();
    }
    h.close("tbody").close("table").close("div");
    legendOfLevels(h);
    h.close("main");
    foot(h);
    return h.toString();
  }

  // ---------------------------------------------------------------- a meeting

  String meeting(DialogueHistory history, Session s) {
    Html h = new Html();
    Dialogue d = s.dialogue();
    head(h, s.title() + " — " + d.name(), "../");
    crumbs(h, "../", d, s.title());
    h.open("main").open("article", "class", "meeting");
    h.element("h1", s.title());
    h.open("dl", "class", "facts");
    fact(h, "Dialogue");
    h.open("dd").link("../" + Site.dialoguePage(d.id()), d.name()).close("dd");
    s.ordinal().ifPresent(n -> fact(h, "Meeting", "number " + n + " of the series"));
    fact(h, "Date", s.start() + s.end().map(e -> " to " + e).orElse(""));
    s.place().ifPresent(p -> fact(h, "Place", p.describe()));
    s.mode().ifPresent(m -> fact(h, "Mode", m.code()));
    s.participantCount().ifPresent(n -> fact(h, "Participants", String.valueOf(n)));
    fact(h, "Parties", parties(s.parties(), true));
    h.close("dl");
    neighbours(h, history, s);

    for (Segment segment : s.segments()) {
      h.open("section", "class", "segment").newline();
      h.element("h2", segment.title());
      StringBuilder meta = new StringBuilder(segment.kind().code());
      segment.date().ifPresent(x -> meta.append(" · ").append(x));
      segment.place().ifPresent(x -> meta.append(" · ").append(x.describe()));
      h.element("p", meta.toString(), "class", "meta");
      segment.summary().ifPresent(x -> h.element("p", x));
      if (!segment.delegations().isEmpty()) {
        h.element("h3", "Delegations");
        h.open("ul", "class", "delegations");
        for (Delegation del : segment.delegations()) {
          h.open("li").element("strong", del.party().name()).text(": " + delegation(del));
          h.close("li");
        }
        h.close("ul");
      }
      h.element("h3", "Agenda");
      if (segment.agenda().isEmpty()) {
        h.element("p", "No agenda recorded.", "class", "meta");
      }
      h.open("ol", "class", "agenda");
      for (AgendaItem item : segment.agenda()) {
        agendaItem(h, item);
      }
      h.close("ol").close("section").newline();
    }

    s.nextMeeting().ifPresent(plan -> nextMeeting(h, history, s, plan));
    if (!s.sources().isEmpty()) {
      h.element("h2", "Sources");
      h.open("ul", "class", "sources");
      for (Source src : s.sources()) {
        h.open("li");
        Optional<String> url = src.url().map(URI::toString).filter(Pages::isWebAddress);
        if (url.isPresent()) {
          h.link(url.get(), src.title());
        } else {
          h.element("cite", src.title());
        }
        StringBuilder meta = new StringBuilder(" — ").append(src.publisher());
        src.division().ifPresent(x -> meta.append(", ").append(x));
        src.published().ifPresent(x -> meta.append(", published ").append(x));
        h.text(meta.toString());
        if (src.url().isPresent() && url.isEmpty()) {
          h.open("span", "class", "meta").text(" (" + src.url().get() + ")").close("span");
        }
        h.close("li");
      }
      h.close("ul");
    }
    if (!s.notes().isEmpty()) {
      h.element("h2", "Notes");
      h.open("ul", "class", "notes");
      s.notes().forEach(n -> h.element("li", n));
      h.close("ul");
    }
    h.close("article").close("main");
    foot(h);
    return h.toString();
  }

  private void agendaItem(Html h, AgendaItem item) {
    h.open("li", "class", "item").newline();
    h.open("p", "class", "item-title");
    item.number().ifPresent(n -> h.element("span", n + ".", "class", "number"));
    h.text(" ").element("strong", item.title());
    List<Topic> topics = site.scheme().topicsOf(item);
    for (Topic t : topics) {
      h.text(" ");
      if (site.hasTopicPage(t.id())) {
        h.link("../" + Site.topicPage(t.id()), t.prefLabel(), "class", "chip");
      } else {
        h.element("span", t.prefLabel(), "class", "chip");
      }
    }
    h.close("p");
    if (!item.statements().isEmpty()) {
      h.open("ul", "class", "statements");
      for (Statement st : item.statements()) {
        h.open("li").text(st.text() + " ");
        h.element("span", parties(st.parties(), true) + " · " + st.act().code(), "class", "who");
        h.close("li");
      }
      h.close("ul");
    }
    if (!item.outcomes().isEmpty()) {
      h.open("ul", "class", "outcomes");
      for (Outcome o : item.outcomes()) {
        h.open("li");
        level(h, Optional.of(o.commitment()));
        h.open("p").text(o.text() + " ");
        h.element("span", parties(o.parties(), true), "class", "who");
        h.close("p").close("li");
      }
      h.close("ul");
    }
    if (!item.jointProjects().isEmpty()) {
      h.open("ul", "class", "projects");
      for (JointProject p : item.jointProjects()) {
        h.open("li").element("strong", p.name());
        h.text(
            " — "
                + p.field()
                + ", "
                + p.status().code()
                + p.selectedAt().stream()
                    .mapToObj(n -> ", selected at meeting " + n)
                    .findFirst()
                    .orElse(""));
        h.close("li");
      }
      h.close("ul");
    }
    h.close("li").newline();
  }

  private void nextMeeting(Html h, DialogueHistory history, Session s, NextMeeting plan) {
    h.element("h2", "Next meeting as planned");
    h.open("p", "class", "plan").text(plan(plan));
    for (PlanCheck check : PlanCheck.of(history)) {
      if (check.planner() == s) {
        h.text(" ");
        verdict(h, check);
      }
    }
    h.close("p");
  }

  private void neighbours(Html h, DialogueHistory history, Session s) {
    List<Session> all = history.sessions();
    int i = all.indexOf(s);
    h.open("nav", "class", "neighbours", "aria-label", "meetings of this dialogue");
    if (i > 0) {
      h.text("← ").link("../" + site.meetingPage(all.get(i - 1)), all.get(i - 1).title());
    }
    if (i > 0 && i + 1 < all.size()) {
      h.text(" · ");
    }
    if (i + 1 < all.size()) {
      h.link("../" + site.meetingPage(all.get(i + 1)), all.get(i + 1).title()).text(" →");
    }
    h.close("nav");
  }

  // ---------------------------------------------------------------- a dialogue

  String dialogue(DialogueHistory history) {
    Html h = new Html();
    Dialogue d = history.dialogue();
    head(h, d.name(), "../");
    crumbs(h, "../", null, d.name());
    h.open("main").open("article", "class", "dialogue");
    h.element("h1", d.name());
    h.element("p", dialogueFacts(d, history), "class", "meta");
    if (!history.missingOrdinals().isEmpty()) {
      h.element(
          "p",
          "Not in the archive: meeting "
              + history.missingOrdinals().stream()
                  .map(String::valueOf)
                  .collect(Collectors.joining(", ")),
          "class",
          "warning");
    }

    h.element("h2", "Meetings", "id", "meetings");
    h.open("div", "class", "scroll").open("table", "class", "meetings");
    h.open("thead").open("tr");
    for (String c : List.of("no.", "date", "meeting", "place", "items", "strongest")) {
      h.element("th", c, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody");
    for (Session s : history.sessions()) {
      h.open("tr");
      h.element(
          "td", s.ordinal().isPresent() ? "" + s.ordinal().getAsInt() : "", "class", "number");
      h.element("td", s.start().toString(), "class", "date");
      h.open("td").link("../" + site.meetingPage(s), s.title()).close("td");
      h.element(
          "td", s.place().map(p -> p.describe()).orElse(s.mode().map(Coded::code).orElse("")));
      h.element("td", String.valueOf(s.agendaItems().size()), "class", "number");
      h.open("td");
      if (s.agendaItems().isEmpty()) {
        h.text("—");
      } else {
        level(
            h,
            s.agendaItems().stream()
                .map(AgendaItem::strongestCommitment)
                .flatMap(Optional::stream)
                .max(Commitment::compareTo));
      }
      h.close("td").close("tr").newline();
    }
    h.close("tbody").close("table").close("div");

    TopicTimeline timeline = TopicTimeline.of(history, site.scheme());
    h.element("h2", "Topics over time", "id", "timeline");
    h.element(
        "p",
        "One row per topic, one column per meeting; the letter and the shade give the strongest"
            + " commitment. Point at a cell for its meeting; the numbers lead to the meetings.",
        "class",
        "meta");
    h.open("figure", "class", "picture");
    h.trusted(
        TimelineSvg.element(timeline, c -> site.session(c).map(s -> "../" + site.meetingPage(s))));
    h.close("figure");

    h.element("h2", "What changed from meeting to meeting", "id", "changes");
    List<AgendaDiff> diffs = AgendaDiff.consecutive(history, site.scheme());
    if (diffs.isEmpty()) {
      h.element("p", "Only one meeting: nothing to compare yet.", "class", "meta");
    }
    for (int i = 0; i < diffs.size(); i++) {
      diff(h, history.sessions().get(i), history.sessions().get(i + 1), diffs.get(i));
    }

    h.element("h2", "Promises: was the next meeting held as planned?", "id", "plans");
    List<PlanCheck> checks = PlanCheck.of(history);
    if (checks.isEmpty()) {
      h.element("p", "No meeting of this dialogue announced the next one.", "class", "meta");
    } else {
      h.open("div", "class", "scroll").open("table", "class", "plans");
      h.open("thead").open("tr");
      for (String c : List.of("planned at", "the plan", "held", "verdict")) {
        h.element("th", c, "scope", "col");
      }
      h.close("tr").close("thead").open("tbody");
      for (PlanCheck c : checks) {
        h.open("tr", "data-verdict", c.verdict().code());
        h.open("td").link("../" + site.meetingPage(c.planner()), c.planner().title()).close("td");
        h.element("td", plan(c.plan()));
        h.open("td");
        if (c.next().isPresent()) {
          Session next = c.next().get();
          h.link("../" + site.meetingPage(next), next.title()).text(" (" + next.start() + ")");
        } else {
          h.text("—");
        }
        h.close("td").open("td");
        verdict(h, c);
        h.close("td").close("tr").newline();
      }
      h.close("tbody").close("table").close("div");
    }
    h.close("article").close("main");
    foot(h);
    return h.toString();
  }

  private void diff(Html h, Session older, Session newer, AgendaDiff diff) {
    h.open("section", "class", "diff").newline();
    h.open("h3");
    h.link("../" + site.meetingPage(older), shortName(older)).text(" → ");
    h.link("../" + site.meetingPage(newer), shortName(newer));
    h.close("h3");
    List<String> unknown =
        List.of(older, newer).stream()
            .filter(x -> x.agendaItems().isEmpty())
            .map(Session::title)
            .toList();
    if (!unknown.isEmpty()) {
      h.element(
          "p",
          "No agenda is recorded for "
              + String.join(" nor for ", unknown)
              + (unknown.size() == 2
                  ? ": there is nothing to compare."
                  : ": the topics of the other meeting show as "
                      + (older.agendaItems().isEmpty() ? "added." : "dropped.")),
          "class",
          "warning");
    }
    if (unknown.size() == 2) {
      h.close("section").newline();
      return;
    }
    h.open("p", "class", "figures");
    figure(h, "continued", diff.continued().size(), "continued");
    figure(h, "added", diff.added().size(), "added");
    figure(h, "dropped", diff.dropped().size(), "dropped");
    if (!diff.shifted().isEmpty()) {
      figure(h, "shifted", diff.shifted().size(), "shifted");
    }
    if (!diff.moved().isEmpty()) {
      figure(h, "moved", diff.moved().size(), "moved");
    }
    h.close("p");
    boolean any =
        !diff.continued().isEmpty() || !diff.added().isEmpty() || !diff.dropped().isEmpty();
    if (any) {
      h.open("div", "class", "scroll").open("table", "class", "changes");
      h.open("thead").open("tr");
      for (String c : List.of("change", "topic", "before", "after", "agenda titles")) {
        h.element("th", c, "scope", "col");
      }
      h.close("tr").close("thead").open("tbody");
      for (AddedTopic a : diff.added()) {
        changeRow(h, "added", a.topic(), Optional.empty(), false, a.commitment(), true, a.titles());
      }
      for (ContinuedTopic c : diff.continued()) {
        List<String> titles = new ArrayList<>(c.titlesAfter());
        c.titlesBefore().stream().filter(t -> !titles.contains(t)).forEach(titles::add);
        changeRow(h, c.direction().code(), c.topic(), c.before(), true, c.after(), true, titles);
      }
      for (DroppedTopic d : diff.dropped()) {
        changeRow(
            h,
            d.stillMentioned() ? "dropped (still mentioned)" : "dropped",
            d.topic(),
            d.commitment(),
            true,
            Optional.empty(),
            false,
            d.titles());
      }
      h.close("tbody").close("table").close("div");
    }
    if (!diff.shifted().isEmpty() || !diff.moved().isEmpty()) {
      h.open("ul", "class", "shifts");
      for (ShiftedTopic s : diff.shifted()) {
        h.open("li");
        topicLink(h, s.from().topic());
        h.text(s.narrowed() ? " narrowed to " : " broadened to ");
        topicLink(h, s.to().topic());
        h.close("li");
      }
      for (MovedTopic m : diff.moved()) {
        h.open("li");
        topicLink(h, m.topic());
        h.text(" moved from " + codes(m.from()) + " to " + codes(m.to()));
        h.close("li");
      }
      h.close("ul");
    }
    List<String> unclassified = new ArrayList<>();
    diff.unclassified().added().forEach(t -> unclassified.add("added: " + t));
    diff.unclassified().dropped().forEach(t -> unclassified.add("dropped: " + t));
    if (!unclassified.isEmpty()) {
      h.element(
          "p", "Items under no known topic — " + String.join("; ", unclassified), "class", "meta");
    }
    h.close("section").newline();
  }

  private void changeRow(
      Html h,
      String change,
      Topic topic,
      Optional<Commitment> before,
      boolean wasThere,
      Optional<Commitment> after,
      boolean isThere,
      List<String> titles) {
    h.open("tr", "class", "change-" + change.replaceAll("[^a-z]+.*", ""));
    h.element("td", change);
    h.open("td");
    topicLink(h, topic);
    h.close("td").open("td");
    if (wasThere) {
      level(h, before);
    } else {
      h.text("—");
    }
    h.close("td").open("td");
    if (isThere) {
      level(h, after);
    } else {
      h.text("—");
    }
    h.close("td");
    h.element("td", String.join("; ", titles));
    h.close("tr").newline();
  }

  // ---------------------------------------------------------------- a topic

  String topic(TopicTrack track) {
    Html h = new Html();
    Topic t = track.topic();
    head(h, t.prefLabel() + " — topic", "../");
    crumbs(h, "../", null, t.prefLabel());
    h.open("main").open("article", "class", "topic");
    h.element("h1", t.prefLabel());
    h.open("dl", "class", "facts");
    fact(h, "Topic id", t.id());
    if (!t.altLabels().isEmpty()) {
      fact(h, "Also titled", String.join("; ", t.altLabels()));
    }
    if (!t.broader().isEmpty()) {
      fact(h, "Part of");
      h.open("dd");
      for (int i = 0; i < t.broader().size(); i++) {
        String id = t.broader().get(i);
        if (i > 0) {
          h.text(", ");
        }
        Optional<Topic> broader = site.scheme().topic(id);
        String label = broader.map(Topic::prefLabel).orElse(id);
        if (site.hasTopicPage(id)) {
          h.link(Site.topicPage(id).substring("topics/".length()), label);
        } else {
          h.text(label);
        }
      }
      h.close("dd");
    }
    List<TopicTrack> narrower =
        site.timeline().tracks().stream()
            .filter(x -> x.topic().broader().contains(t.id()))
            .toList();
    if (!narrower.isEmpty()) {
      fact(h, "Narrower");
      h.open("dd");
      for (int i = 0; i < narrower.size(); i++) {
        if (i > 0) {
          h.text(", ");
        }
        h.link(narrower.get(i).topic().id() + ".html", narrower.get(i).topic().prefLabel());
      }
      h.close("dd");
    }
    h.close("dl");

    Map<Dialogue, List<Appearance>> byDialogue = dialoguesOf(track);
    h.open("p", "class", "figures");
    figure(h, "meetings", track.count(), track.count() == 1 ? "meeting" : "meetings");
    figure(h, "dialogues", byDialogue.size(), byDialogue.size() == 1 ? "dialogue" : "dialogues");
    h.open("span", "class", "figure", "data-figure", "first")
        .text("first " + track.first().column().start())
        .close("span");
    h.open("span", "class", "figure", "data-figure", "last")
        .text("last " + track.last().column().start())
        .close("span");
    h.close("p");

    h.element("h2", "By dialogue");
    h.open("div", "class", "scroll").open("table", "class", "by-dialogue");
    h.open("thead").open("tr");
    for (String c : List.of("dialogue", "meetings", "first", "last", "levels over time")) {
      h.element("th", c, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody");
    for (Map.Entry<Dialogue, List<Appearance>> e : byDialogue.entrySet()) {
      List<Appearance> as = e.getValue();
      h.open("tr");
      h.open("td").link("../" + Site.dialoguePage(e.getKey().id()), e.getKey().name()).close("td");
      h.element("td", String.valueOf(as.size()), "class", "number");
      h.element("td", as.get(0).column().start().toString(), "class", "date");
      h.element("td", as.get(as.size() - 1).column().start().toString(), "class", "date");
      h.open("td", "class", "levels");
      for (Appearance a : as) {
        Optional<String> page = site.session(a.column()).map(s -> "../" + site.meetingPage(s));
        String tip = a.column().label() + ": " + levelName(a.commitment());
        h.open(
            "a",
            "href",
            page.orElse(null),
            "title",
            tip,
            "class",
            "cell " + levelClass(a.commitment()));
        h.text(String.valueOf(TimelineReport.symbol(a.commitment())));
        h.close("a");
      }
      h.close("td").close("tr").newline();
    }
    h.close("tbody").close("table").close("div");

    h.element("h2", "Every appearance");
    h.open("div", "class", "scroll").open("table", "class", "appearances");
    h.open("thead").open("tr");
    for (String c : List.of("date", "meeting", "agenda titles", "strongest")) {
      h.element("th", c, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody");
    for (Appearance a : track.appearances()) {
      Optional<Session> s = site.session(a.column());
      h.open("tr");
      h.element("td", a.column().start().toString(), "class", "date");
      h.open("td");
      if (s.isPresent()) {
        h.link("../" + site.meetingPage(s.get()), s.get().title());
        h.open("span", "class", "meta").text(" · " + a.column().dialogue().name()).close("span");
      } else {
        h.text(a.column().label());
      }
      h.close("td");
      h.element(
          "td",
          s.map(x -> String.join("; ", AgendaTopics.of(x, site.scheme()).titles(t.id())))
              .orElse(""));
      h.open("td");
      level(h, a.commitment());
      h.close("td").close("tr").newline();
    }
    h.close("tbody").close("table").close("div");
    legendOfLevels(h);
    h.close("article").close("main");
    foot(h);
    return h.toString();
  }

  // ---------------------------------------------------------------- shared parts

  private static void head(Html h, String title, String up) {
    h.trusted("<!DOCTYPE html>\n");
    h.open("html", "lang", "en").newline();
    h.open("head").newline();
    h.open("meta", "charset", "utf-8").newline();
    h.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
    h.element("title", title).newline();
    h.open("link", "rel", "stylesheet", "href", up + "style.css").newline();
    h.close("head").newline();
    h.open("body").newline();
    h.open("header", "class", "site").open("nav", "aria-label", "site");
    h.link(up + "index.html", "Parley archive", "class", "home");
    h.link(up + "index.html#dialogues", "Dialogues");
    h.link(up + "index.html#topics", "Topics");
    h.close("nav").close("header").newline();
  }

  private static void crumbs(Html h, String up, Dialogue dialogue, String here) {
    h.open("nav", "class", "crumbs", "aria-label", "you are here");
    h.link(up + "index.html", "Archive");
    if (dialogue != null) {
      h.text(" › ").link(up + Site.dialoguePage(dialogue.id()), dialogue.name());
    }
    h.text(" › ").element("span", here, "aria-current", "page");
    h.close("nav").newline();
  }

  private static void foot(Html h) {
    h.open("footer")
        .text("Made with parley site from the records as written; nothing here is fetched.")
        .close("footer")
        .newline();
    h.close("body").close("html").newline();
  }

  private static void figure(Html h, String name, int value, String unit) {
    h.open("span", "class", "figure", "data-figure", name)
        .element("b", String.valueOf(value))
        .text(" " + unit)
        .close("span");
  }

  private static void fact(Html h, String name) {
    h.element("dt", name);
  }

  private static void fact(Html h, String name, String value) {
    h.element("dt", name).element("dd", value);
  }

  private static void level(Html h, Optional<Commitment> level) {
    h.open(
            "span",
            "class",
            "level " + levelClass(level),
            "data-level",
            levelName(level),
            "title",
            levelName(level))
        .element("span", String.valueOf(TimelineReport.symbol(level)), "class", "letter")
        .element("span", " " + levelName(level), "class", "name")
        .close("span");
  }

  private static void verdict(Html h, PlanCheck c) {
    h.element("span", c.verdict().code(), "class", "verdict verdict-" + c.verdict().code());
  }

  private static void legendOfLevels(Html h) {
    h.open("p", "class", "legend").text("Levels, weakest first: ");
    for (Commitment c : Commitment.values()) {
      level(h, Optional.of(c));
      h.text(" ");
    }
    level(h, Optional.empty());
    h.close("p");
  }

  private void topicLink(Html h, Topic t) {
    if (site.hasTopicPage(t.id())) {
      h.link("../" + Site.topicPage(t.id()), t.prefLabel());
    } else {
      h.text(t.prefLabel());
    }
  }

  private static String levelName(Optional<Commitment> level) {
    return level.map(Commitment::code).orElse("no outcome");
  }

  private static String levelClass(Optional<Commitment> level) {
    return "level-" + level.map(Commitment::code).orElse("none");
  }

  private static Optional<Commitment> strongest(TopicTrack t) {
    return t.appearances().stream()
        .map(Appearance::commitment)
        .flatMap(Optional::stream)
        .max(Commitment::compareTo);
  }

  private static Map<Dialogue, List<Appearance>> dialoguesOf(TopicTrack t) {
    Map<Dialogue, List<Appearance>> by = new LinkedHashMap<>();
    for (Appearance a : t.appearances()) {
      by.computeIfAbsent(a.column().dialogue(), d -> new ArrayList<>()).add(a);
    }
    return by;
  }

  private static String dialogueFacts(Dialogue d, DialogueHistory history) {
    int n = history.sessions().size();
    String span =
        n == 0
            ? ""
            : " · "
                + history.sessions().get(0).start().year()
                + (n > 1 ? "–" + history.sessions().get(n - 1).start().year() : "");
    return parties(d.parties(), true)
        + " · "
        + d.level().code()
        + " level"
        + d.framework().map(f -> " · " + f).orElse("")
        + " · "
        + n
        + (n == 1 ? " meeting" : " meetings")
        + span;
  }

  private static String itemsAndOutcomes(Session s) {
    int items = s.agendaItems().size();
    if (items == 0) {
      return "no agenda recorded";
    }
    long outcomes = s.agendaItems().stream().mapToLong(i -> i.outcomes().size()).sum();
    return items
        + (items == 1 ? " agenda item, " : " agenda items, ")
        + outcomes
        + (outcomes == 1 ? " outcome" : " outcomes");
  }

  private static String shortName(Session s) {
    return (s.ordinal().isPresent() ? "#" + s.ordinal().getAsInt() + " " : "") + s.start();
  }

  private static String plan(NextMeeting plan) {
    List<String> parts = new ArrayList<>();
    plan.text().ifPresent(t -> parts.add("“" + t + "”"));
    if (plan.date().isPresent()) {
      parts.add(plan.date().get().toString());
    } else if (plan.earliest().isPresent() && plan.latest().isPresent()) {
      parts.add("between " + plan.earliest().get() + " and " + plan.latest().get());
    } else if (plan.earliest().isPresent()) {
      parts.add("not before " + plan.earliest().get());
    } else if (plan.latest().isPresent()) {
      parts.add("by " + plan.latest().get());
    }
    plan.place().ifPresent(p -> parts.add("in " + p.describe()));
    return String.join(", ", parts);
  }

  private static String parties(List<Party> parties, boolean names) {
    return parties.stream()
        .map(p -> names ? p.name() : p.code())
        .collect(Collectors.joining(names ? ", " : ", "));
  }

  private static String codes(List<? extends Coded> terms) {
    return terms.stream().map(Coded::code).collect(Collectors.joining(", "));
  }

  private static String delegation(Delegation d) {
    List<String> parts = new ArrayList<>();
    for (Participant p : d.members()) {
      StringBuilder b = new StringBuilder(p.name());
      List<String> about = new ArrayList<>();
      p.title().ifPresent(about::add);
      p.organization().map(Organization::name).ifPresent(about::add);
      if (!about.isEmpty()) {
        b.append(" (").append(String.join(", ", about)).append(')');
      }
      parts.add(b.toString());
    }
    for (Organization o : d.organizations()) {
      parts.add(o.name() + o.acronym().map(a -> " (" + a + ")").orElse(""));
    }
    if (d.andOthers()) {
      parts.add(d.othersDescription().map(x -> "and " + x).orElse("and others"));
    }
    d.headCount().ifPresent(n -> parts.add(n + " in all"));
    return parts.isEmpty() ? "present" : String.join("; ", parts);
  }

  /** Only http and https addresses become links; anything else is shown as text. */
  static boolean isWebAddress(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }

  // ---------------------------------------------------------------- the stylesheet

  /** The one stylesheet; the level colours are the timeline picture's, from TimelineSvg. */
  static String stylesheet() {
    StringBuilder css = new StringBuilder(STYLE);
    for (Commitment c : Commitment.values()) {
      levelRule(css, "level-" + c.code(), Optional.of(c));
    }
    levelRule(css, "level-none", Optional.empty());
    return css.toString();
  }

  private static void levelRule(StringBuilder css, String name, Optional<Commitment> c) {
    css.append('.')
        .append(name)
        .append(" .letter, a.cell.")
        .append(name)
        .append(" { background: ")
        .append(TimelineSvg.shade(true, c))
        .append("; color: ")
        .append(TimelineSvg.ink(true, c))
        .append("; }\n");
  }

  private static final String STYLE =
      """
      :root { --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; --accent: #1f4e9c; }
      * { box-sizing: border-box; }
      html { -webkit-text-size-adjust: 100%; }
      body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
        color: var(--ink); background: #fff; }
      header.site { background: #f3f4f6; border-bottom: 1px solid var(--rule); }
      header.site nav, main, nav.crumbs, footer { max-width: 64rem; margin: 0 auto;
        padding: 0 1rem; }
      header.site nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding-top: 0.6rem;
        padding-bottom: 0.6rem; }
      header.site a.home { font-weight: 700; color: var(--ink); }
      nav.crumbs { margin-top: 0.75rem; font-size: 0.9rem; color: var(--muted); }
      a { color: var(--accent); text-underline-offset: 0.15em; }
      a:visited { color: #5b3a99; }
      h1 { font-size: 1.75rem; line-height: 1.25; margin: 0.75rem 0 0.5rem; }
      h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid var(--rule);
        padding-bottom: 0.2rem; }
      h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem; }
      .meta { color: var(--muted); font-size: 0.92rem; }
      .warning { background: #fff4ce; border-left: 4px solid #b58100; padding: 0.4rem 0.75rem; }
      .figures { display: flex; flex-wrap: wrap; gap: 0.4rem 1.25rem; margin: 0.5rem 0 1rem; }
      .figure b { font-size: 1.3rem; }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem;
        margin: 0.5rem 0 1rem; }
      dl.facts dt { font-weight: 600; color: var(--muted); }
      dl.facts dd { margin: 0; }
      ul.meetings { padding-left: 0; list-style: none; }
      ul.meetings li { margin: 0.2rem 0; }
      .ordinal { display: inline-block; min-width: 2.5em; color: var(--muted);
        font-variant-numeric: tabular-nums; }
      .date { font-variant-numeric: tabular-nums; color: var(--muted); white-space: nowrap; }
      section.dialogue h3 { margin-bottom: 0; }
      section.dialogue p.meta { margin: 0.1rem 0 0.3rem; }
      nav.neighbours { font-size: 0.92rem; margin: 0.5rem 0 1rem; }
      ol.agenda { padding-left: 0; list-style: none; }
      li.item { border-top: 1px solid var(--rule); padding: 0.5rem 0; }
      p.item-title { margin: 0 0 0.3rem; }
      p.item-title .number { color: var(--muted); margin-right: 0.2rem; }
      .chip { display: inline-block; font-size: 0.8rem; border: 1px solid var(--rule);
        border-radius: 1rem; padding: 0 0.5rem; margin-left: 0.2rem; white-space: nowrap;
        text-decoration: none; }
      ul.statements, ul.outcomes, ul.projects { margin: 0.2rem 0; padding-left: 1.25rem; }
      ul.outcomes { list-style: none; padding-left: 0.25rem; }
      ul.outcomes li { margin: 0.35rem 0; }
      .who { color: var(--muted); font-size: 0.85rem; white-space: nowrap; }
      ul.outcomes li { display: flex; gap: 0.5rem; align-items: baseline; }
      ul.outcomes li p { margin: 0; }
      ul.outcomes .level { flex: none; min-width: 11.5rem; }
      .level { white-space: nowrap; font-size: 0.9rem; }
      .letter, a.cell { display: inline-block; min-width: 1.5em; text-align: center;
        font-weight: 700; border: 1px solid #6e6e6e; border-radius: 3px; line-height: 1.4;
        -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      a.cell { text-decoration: none; margin: 0 1px; }
      td.levels { white-space: nowrap; }
      .verdict { white-space: nowrap; font-weight: 600; border-radius: 3px; padding: 0 0.35rem;
        border: 1px solid currentColor; }
      .verdict-held-as-planned { color: #1b5e20; }
      .verdict-held-earlier { color: #1b4f72; }
      .verdict-held-later { color: #8a3b00; }
      .verdict-not-yet-recorded { color: var(--muted); }
      div.scroll { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
      th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.6rem 0.3rem 0;
        border-bottom: 1px solid var(--rule); }
      th { font-size: 0.85rem; color: var(--muted); font-weight: 600; }
      td.number { text-align: right; font-variant-numeric: tabular-nums; }
      figure.picture { margin: 0.5rem 0; overflow-x: auto; }
      figure.picture svg { display: block; max-width: none; height: auto; }
      figure.picture svg a text { fill: var(--accent); }
      p.legend { font-size: 0.85rem; line-height: 2; margin-top: 1.5rem; }
      footer { color: var(--muted); font-size: 0.85rem; margin-top: 3rem; padding-bottom: 2rem; }
      @media (max-width: 40rem) {
        body { font-size: 15px; }
        h1 { font-size: 1.4rem; }
        dl.facts { grid-template-columns: 1fr; }
        dl.facts dd { margin-bottom: 0.3rem; }
        ul.outcomes li { display: block; }
        td .level .name { display: none; }
        table.meetings td:nth-child(4), table.meetings th:nth-child(4) { display: none; }
        ul.outcomes .level { min-width: 0; }
      }
      @media print {
        header.site, nav.crumbs, nav.neighbours { display: none; }
        body { font-size: 11pt; }
        a { color: inherit; text-decoration: none; }
        main { max-width: none; }
        div.scroll, figure.picture { overflow: visible; }
        tr, li.item, figure.picture { break-inside: avoid; }
        h2, h3 { break-after: avoid; }
        figure.picture svg a text { fill: #1a1a1a; }
      }
      """;
}
