package dev.parley.examples.seeds;

import static dev.parley.examples.seeds.Parties.INDIA;
import static dev.parley.examples.seeds.Parties.JAPAN;
import static dev.parley.examples.seeds.Parties.MIC;
import static dev.parley.examples.seeds.Release.body;
import static dev.parley.examples.seeds.Release.bound;
import static dev.parley.examples.seeds.Release.person;
import static dev.parley.examples.seeds.Release.said;

import dev.parley.core.model.AgendaItem;
import dev.parley.core.model.Commitment;
import dev.parley.core.model.Delegation;
import dev.parley.core.model.Dialogue;
import dev.parley.core.model.DialogueLevel;
import dev.parley.core.model.JointProject;
import dev.parley.core.model.MeetingMode;
import dev.parley.core.model.NextMeeting;
import dev.parley.core.model.Organization;
import dev.parley.core.model.OrganizationKind;
import dev.parley.core.model.PartialDate;
import dev.parley.core.model.Place;
import dev.parley.core.model.ProjectStatus;
import dev.parley.core.model.Segment;
import dev.parley.core.model.SegmentKind;
import dev.parley.core.model.Session;
import dev.parley.core.model.Source;
import dev.parley.core.model.StatementAct;
import java.time.LocalDate;
import java.util.List;

/**
 * The Japan-India Joint Working Group under the Japan-India ICT Comprehensive Cooperation
 * Framework: its 4th meeting (Mita Kaigisho, Tokyo, 13 July 2017) in full, and the 1st to 3rd
 * meetings as far as the 4th meeting's release states them (month and place).
 */
public final class JapanIndiaJointWorkingGroup {
  /** The series. */
  public static final Dialogue DIALOGUE =
      Dialogue.builder()
          .id("japan-india-joint-working-group")
          .name("Japan-India Joint Working Group")
          .addParty(JAPAN)
          .addParty(INDIA)
          .level(DialogueLevel.WORKING_GROUP)
          .framework("Japan-India ICT Comprehensive Cooperation Framework")
          .build();

  /**
   * The 4th meeting's release, the only source for all four meetings. Its title survives only in
   * part in the extracted text ("... of Japan-India Joint Working Group (July 13, 2017)").
   */
  private static final Source RELEASE =
      Source.builder()
          .publisher(Parties.PUBLISHER)
          .title("Results of the 4th Meeting of Japan-India Joint Working Group")
          .published(LocalDate.of(2017, 7, 13))
          .build();

  private static final String FROM_REFERENCE =
      "Known only from the reference section of the 4th meeting's release, which gives the month"
          + " and the city.";

  private static final Place TOKYO = Place.builder().city("Tokyo").country("Japan").build();
  private static final Place NEW_DELHI = Place.builder().city("New Delhi").country("India").build();

  private static final Organization DOT =
      body(
          "Department of Telecommunications, Ministry of Communications",
          "DoT",
          INDIA,
          OrganizationKind.MINISTRY);

  private JapanIndiaJointWorkingGroup() {}

  /**
   * The four meetings in order.
   *
   * @return the 1st to 4th meetings
   */
  public static List<Session> sessions() {
    return List.of(first(), second(), third(), fourth());
  }

  /**
   * The 1st meeting, Tokyo, February 2014.
   *
   * @return the session
   */
  public static Session first() {
    return early(1, "first meeting of the JWG", PartialDate.of(2014, 2), TOKYO);
  }

  /**
   * The 2nd meeting, New Delhi, December 2014 ("in December of the same year").
   *
   * @return the session
   */
  public static Session second() {
    return early(2, "second meeting", PartialDate.of(2014, 12), NEW_DELHI);
  }

  /**
   * The 3rd meeting, Tokyo, November 2015.
   *
   * @return the session
   */
  public static Session third() {
    return early(3, "third meeting", PartialDate.of(2015, 11), TOKYO);
  }

  private static Session early(int ordinal, String title, PartialDate month, Place place) {
    return Session.builder()
        .dialogue(DIALOGUE)
        .ordinal(ordinal)
        .title(title)
        .start(month)
        .place(place)
        .addSegment(Segment.builder().title(title).kind(SegmentKind.GOVERNMENT_DIALOGUE).build())
        .addSource(RELEASE)
        .addNote(FROM_REFERENCE)
        .build();
  }

  /**
   * The 4th meeting, 13 July 2017, Mita Kaigisho, Minato-ku, Tokyo.
   *
   * @return the session
   */
  public static Session fourth() {
    return Session.builder()
        .dialogue(DIALOGUE)
        .ordinal(4)
        .title("fourth meeting of the Japan-India Joint Working Group (JWG)")
        .start(PartialDate.of(2017, 7, 13))
        .place(
            Place.builder()
                .venue("Mita Kaigisho")
                .district("Minato-ku")
                .city("Tokyo")
                .country("Japan")
                .build())
        .mode(MeetingMode.IN_PERSON)
        .participantCount(37)
        .addSegment(meeting())
        .nextMeeting(
            NextMeeting.builder()
                .text("at the earliest opportunity next year or later")
                .earliest(LocalDate.of(2018, 1, 1))
                .place(NEW_DELHI)
                .build())
        .addSource(RELEASE)
        .addNote(
            "The release's title is cut off in the extracted text; only \"... of Japan-India Joint"
                + " Working Group (July 13, 2017)\" survives.")
        .addNote(
            "The release says nine joint project candidates were proposed in four fields and six"
                + " were selected in three fields; the three not selected are not named.")
        .build();
  }

  private static Segment meeting() {
    return Segment.builder()
        .title("fourth meeting of the Japan-India Joint Working Group (JWG)")
        .kind(SegmentKind.GOVERNMENT_DIALOGUE)
        .summary(
            "The Ministry of Internal Affairs and Communications (MIC) held the fourth meeting of"
                + " the Japan-India Joint Working Group (JWG) jointly with the Ministry of"
                + " Communications (MoC) of India (former Ministry of Communications & Information"
                + " Technology of India) in Tokyo on July 13, 2017, under the Japan-India ICT"
                + " Comprehensive Cooperation Framework.\n"
                + "Japan and India newly adopted six Japan-India joint projects at the meeting.")
        .addDelegation(
            Delegation.builder()
                .party(JAPAN)
                .addMember(
                    person("Masahiko Tominaga", "Vice-Minister for Policy Coordination", MIC))
                .addMember(
                    person(
                        "Seiji Takagi", "Director General of the Global ICT Strategy Bureau", MIC))
                .andOthers(true)
                .othersDescription(
                    "other stakeholders, including representatives of ICT-related enterprises")
                .build())
        .addDelegation(
            Delegation.builder()
                .party(INDIA)
                .addMember(
                    person("G. K. Upadhyay", "Member (Technology) of the Telecom Commission", DOT))
                .addMember(
                    person("G. Narendranath", "Deputy Director General (Security Assurance)", DOT))
                .andOthers(true)
                .othersDescription("other stakeholders")
                .build())
        .addItem(
            AgendaItem.builder()
                .number(1)
                .title("Japan-India joint projects newly selected (six projects in three fields)")
                // The fields of the projects are the item's topics, with those the projects'
                // names add (the title names none): 5G, and the trilateral engagement in capacity
                // building, cooperation that reaches a third country.
                .addTopic("cybersecurity")
                .addTopic("digital-divide")
                .addTopic("network-infrastructure")
                .addTopic("5g")
                .addTopic("third-country-cooperation")
                .addStatement(
                    said(
                        StatementAct.PROPOSED,
                        "Japan and India proposed a total of nine joint project candidates,"
                            + " including those on cybersecurity cooperation, ICT application for"
                            + " social and economic challenges, and network infrastructure, in"
                            + " four fields.",
                        JAPAN,
                        INDIA))
                .addOutcome(
                    bound(
                        Commitment.JOINT_ACTION,
                        "As a result of discussion, both countries selected the following joint"
                            + " projects and decided to collaborate in implementing the"
                            + " projects.",
                        JAPAN,
                        INDIA))
                .addJointProject(
                    selected(
                        "Cyder Exercises Solution – CYDER – CYber Defense Exercises with"
                            + " Recurrence",
                        "Cybersecurity cooperation"))
                .addJointProject(
                    selected(
                        "Security test labs for testing telecom network elements, Establishing a"
                            + " reference test lab under Government etc.",
                        "Cybersecurity cooperation"))
                .addJointProject(
                    selected(
                        "Telecom Sectoral emergency response Centre", "Cybersecurity cooperation"))
                .addJointProject(
                    selected(
                        "Article Tracking System",
                        "ICT application for social and economic challenges"))
                .addJointProject(
                    selected(
                        "A Trilateral Engagement under JWG in capacity building",
                        "ICT application for social and economic challenges"))
                .addJointProject(
                    selected(
                        "Cooperation in the area of the 5th generation mobile communications"
                            + " systems",
                        "Network infrastructure"))
                .build())
        .addItem(
            AgendaItem.builder()
                .number(2)
                .title(
                    "Current Japan-India joint projects already selected (five projects in four"
                        + " fields)")
                .addTopic("green-ict")
                .addTopic("cybersecurity")
                .addTopic("spam")
                .addTopic("disaster-management")
                .addTopic("digital-identity")
                .addOutcome(
                    bound(
                        Commitment.REAFFIRMED,
                        "Furthermore, they confirmed the implementation status of five Japan-India"
                            + " joint projects in four fields, which were selected at the second"
                            + " meeting of the Japan-India JWG.",
                        JAPAN,
                        INDIA))
                .addJointProject(
                    running("Green mobile base station project", "Green ICT infrastructure"))
                .addJointProject(
                    running("Japan-India Combat Spam project", "Cybersecurity Cooperation"))
                .addJointProject(
                    running(
                        "Cooperative project for detecting symptoms and quick response to cyber"
                            + " attacks (PRACTICE)",
                        "Cybersecurity Cooperation"))
                .addJointProject(
                    running(
                        "ICT Unit in disaster-affected areas project", "Disaster management ICT"))
                .addJointProject(
                    running(
                        "National ID Application and Utilization Platform project",
                        "ICT application for social and economic challenges"))
                .build())
        .build();
  }

  private static JointProject selected(String name, String field) {
    return JointProject.builder()
        .name(name)
        .field(field)
        .status(ProjectStatus.NEWLY_SELECTED)
        .selectedAt(4)
        .build();
  }

  private static JointProject running(String name, String field) {
    return JointProject.builder()
        .name(name)
        .field(field)
        .status(ProjectStatus.ONGOING)
        .selectedAt(2)
        .build();
  }
}
