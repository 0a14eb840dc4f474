package dev.parley.examples.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * What a user would write instead of Parley: plain Java records mirroring the same documents, read
 * and written by Jackson databind with default settings and only the jsr310 module (plus what makes
 * the documents equal: absent values left out, dates as ISO text). As in format 2.0, the dialogue
 * lists its parties and every other member names a party by its code.
 */
final class Records {
  private Records() {}

  static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    mapper.setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    return mapper;
  }

  record Document(String parley, Session session, History history) {}

  record History(Dialogue dialogue, List<Session> sessions) {}

  record Party(String code, String name) {}

  record Dialogue(String id, String name, List<Party> parties, String level, String framework) {}

  record Organization(String name, String acronym, String party, String kind) {}

  record Participant(String name, String title, Organization organization, String party) {}

  record Delegation(
      String party,
      List<Participant> members,
      List<Organization> organizations,
      Boolean andOthers,
      String othersDescription,
      Integer headCount) {}

  record Place(String venue, String district, String city, String country) {}

  record Source(String publisher, String title, LocalDate published, URI url, String division) {}

  record NextMeeting(String date, String text, LocalDate earliest, LocalDate latest, Place place) {}

  record JointProject(String name, String field, String status, Integer selectedAt) {}

  record Statement(List<String> parties, String act, String text) {}

  record Outcome(List<String> parties, String commitment, String text) {}

  record AgendaItem(
      Integer number,
      String title,
      List<String> topics,
      List<Statement> statements,
      List<Outcome> outcomes,
      List<JointProject> jointProjects) {}

  record Segment(
      String title,
      String kind,
      String date,
      Place place,
      String summary,
      List<Delegation> delegations,
      List<AgendaItem> agenda) {}

  record Session(
      Dialogue dialogue,
      Integer ordinal,
      String title,
      String start,
      String end,
      Place place,
      String mode,
      List<Segment> segments,
      Integer participantCount,
      NextMeeting nextMeeting,
      List<Source> sources,
      List<String> notes) {}
}
