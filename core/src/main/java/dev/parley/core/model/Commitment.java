package dev.parley.core.model;

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
   * Suggests the level that an outcome's wording expresses, for building records from text; see
   * {@link #suggestion(String)}, of which this is the level.
   *
   * @param wording an outcome as published, in English or Japanese
   * @return the suggested level, or empty when the wording is not recognized or is negated
   */
  public static Optional<Commitment> suggest(String wording) {
    return suggestion(wording).map(CommitmentSuggestion::level);
  }

  /**
   * Suggests the level that an outcome's wording expresses, with the words it rests on. The wording
   * is read as a small grammar, not a phrase list: each main verb is found with its complement, and
   * the strongest of the levels they express is the suggestion.
   *
   * <ul>
   *   <li>Agreeing, concurring, deciding or intending (and "will") <i>to cooperate, promote or
   *       strengthen</i> is {@link #AGREED_TO_COOPERATE}; the same verbs with <i>continue
   *       exchanging views, discussing, sharing information</i> are {@link #CONTINUE_DIALOGUE};
   *       with <i>implementing or selecting joint projects</i>, {@link #JOINT_ACTION}.
   *   <li>Confirming, reaffirming or renewing a commitment or cooperation is {@link #REAFFIRMED};
   *       confirming <i>the importance</i> or <i>the necessity</i> of something is {@link
   *       #SHARED_VIEW}.
   *   <li>Recognizing, sharing a view or concern, welcoming, emphasizing or pointing out the
   *       importance is {@link #SHARED_VIEW}.
   *   <li>Explaining, introducing, presenting, reporting, and discussing or exchanging views (in
   *       the past, of what was said at the meeting) is {@link #INFORMED}.
   *   <li>Japanese releases end their outcomes in fixed forms, read the same way by the last key
   *       word before them: 〜ことで一致しました, 〜ことに合意, 〜こととしました, 〜こととされた, 〜こととなった (level from the
   *       complement: 協力・連携・推進 agreed to cooperate, 意見交換・議論・情報共有 continue the dialogue,
   *       設置・選定・プロジェクト joint action), 〜ことを確認しました (reaffirmed; 重要性・必要性 shared view), 〜認識を共有しました,
   *       〜歓迎しました, 〜指摘 (shared view), 〜説明しました, 〜紹介, 〜意見交換を行った (informed).
   *   <li>Negation ("did not", "has not", "have yet to", 〜には至らなかった, 〜ませんでした) gives no suggestion.
   * </ul>
   *
   * <p>Time is linear in the length of the wording: each word is looked at with a window of at most
   * 12 words after it (English) or 80 characters before it (Japanese). Any string gives a
   * suggestion or nothing, never an exception. A suggestion only: Parley never applies it to a
   * record that states its level.
   *
   * @param wording an outcome as published, in English or Japanese
   * @return the suggestion with its evidence, or empty when the wording is not recognized or is
   *     negated
   */
  public static Optional<CommitmentSuggestion> suggestion(String wording) {
    return OutcomeGrammar.suggest(wording);
  }

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
