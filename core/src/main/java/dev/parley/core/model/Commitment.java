package dev.parley.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How strongly the parties bound themselves in an outcome, on an ordered scale from merely
 * informing each other to acting jointly. The order of the constants is the order of strength:
 * {@code informed < shared-view < continue-dialogue < reaffirmed < agreed-to-cooperate <
 * joint-action}.
 *
 * <p>The wording that press releases use for each level, weakest first: "explained", "introduced",
 * "showed interest" ({@link #INFORMED}); "pointed out the importance", "recognized", "shared
 * concerns", "welcomed" ({@link #SHARED_VIEW}); "will continue exchanging opinions", "continue
 * sharing information", "continue discussions" ({@link #CONTINUE_DIALOGUE}); "confirmed",
 * "reaffirmed their commitment" ({@link #REAFFIRMED}); "agreed to cooperate", "decided to promote
 * cooperation", "intend to strengthen cooperation" ({@link #AGREED_TO_COOPERATE}); "selected joint
 * projects and decided to collaborate in implementing them" ({@link #JOINT_ACTION}).
 */
public enum Commitment implements Coded {
  /** The parties told each other of their own policies; no common position. */
  INFORMED("informed"),
  /** The parties recognized a common view or concern. */
  SHARED_VIEW("shared-view"),
  /** The parties will keep talking about the matter. */
  CONTINUE_DIALOGUE("continue-dialogue"),
  /** The parties confirmed or reaffirmed an existing commitment. */
  REAFFIRMED("reaffirmed"),
  /** The parties agreed or decided to cooperate. */
  AGREED_TO_COOPERATE("agreed-to-cooperate"),
  /** The parties committed to concrete joint work, such as selected joint projects. */
  JOINT_ACTION("joint-action");

  private final String code;

  Commitment(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Whether this level binds the parties more strongly than {@code other}.
   *
   * @param other the level to compare with
   * @return true if this level is higher on the scale
   */
  public boolean isStrongerThan(Commitment other) {
    return compareTo(other) > 0;
  }

  /**
   * The stronger of two levels.
   *
   * @param a one level
   * @param b another level
   * @return whichever binds more strongly; {@code a} if they are equal
   */
  public static Commitment strongest(Commitment a, Commitment b) {
    return b.isStrongerThan(a) ? b : a;
  }

  /**
   * Suggests the level that an outcome's wording expresses, for building records from text: the
   * strongest level whose characteristic wording occurs in the text ("will continue exchanging
   * opinions" suggests {@link #CONTINUE_DIALOGUE}; "decided to continue their cooperation" suggests
   * {@link #AGREED_TO_COOPERATE}). A suggestion only: Parley never applies it to a record that
   * states its level.
   *
   * @param wording an outcome as published
   * @return the suggested level, or empty when the wording is not recognized
   */
  public static Optional<Commitment> suggest(String wording) {
    String text = wording.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    for (int level = WORDING.length - 1; level >= 0; level--) {
      for (String phrase : WORDING[level]) {
        if (text.contains(phrase)) {
          return Optional.of(values()[level]);
        }
      }
    }
    return Optional.empty();
  }

  /** Characteristic wording of each level, in the order of the constants. */
  private static final String[][] WORDING = {
    {
      "explained",
      "introduced",
      "showed interest",
      "showed a high interest",
      "showed a strong interest",
      "presented",
      "gave an overview"
    },
    {
      "pointed out the importance",
      "pointed out that",
      "recognized",
      "recognize ",
      "shared concerns",
      "shared the view",
      "welcomed",
      "agreed that",
      "emphasized the value",
      "confirmed the importance"
    },
    {
      "continue exchanging",
      "continue sharing",
      "continue discussions",
      "continue discussing",
      "continue the dialogue",
      "continue their dialogue",
      "ongoing discussions",
      "deepening of discussions",
      "further discuss"
    },
    {"reaffirmed", "continued commitment", "confirmed"},
    {
      "agreed to cooperate",
      "agreed on their cooperation",
      "agreed to continue promoting",
      "decided to promote cooperation",
      "decided to continue their cooperation",
      "intend to strengthen cooperation",
      "intend to continue working",
      "would cooperate",
      "continue to promote their cooperation",
      "deepen their cooperation",
      "agreed to strengthen"
    },
    {
      "selected the following joint projects", "selected joint projects",
      "decided to collaborate in implementing", "jointly implement"
    }
  };

  /**
   * Returns the level whose code is {@code code}.
   *
   * @param code the stable code, such as {@code agreed-to-cooperate}
   * @return the matching level
   * @throws IllegalArgumentException if no level has that code
   */
  public static Commitment parse(String code) {
    return Coded.parse(Commitment.class, code);
  }
}
