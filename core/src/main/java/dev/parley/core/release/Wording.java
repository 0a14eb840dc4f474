package dev.parley.core.release;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.StatementAct;
import java.util.Locale;
import java.util.Optional;

/**
 * The wording of statements and outcomes: which act a statement reports, and which commitment an
 * outcome's wording expresses. Both languages go to {@link Commitment#suggest(String)} first;
 * Japanese clause endings it does not know ("連携を進めていくこととしました") are read from a table here. Each
 * lookup scans a bounded list of phrases over one sentence: linear in its length.
 */
final class Wording {
  private Wording() {}

  /**
   * Japanese clause wording, most specific first: what the parties confirmed or agreed on
   * ("定期的に意見交換を行うことを確認") sets the level before the verb of confirming does.
   */
  private static final String[][] JAPANESE = {
    {"共同プロジェクトを選定", "共同プロジェクトを採択", "共同で実施", "共同プロジェクトとして採択"},
    {
      "連携を進めて",
      "連携を進める",
      "協力を推進",
      "協力していく",
      "連携していく",
      "協力を強化",
      "連携を強化",
      "協力することで一致",
      "連携することで一致",
      "協力を進め",
      "連携して取り組",
      "協力して取り組",
      "協力して進め",
      "協力を深め",
      "協力を継続",
      "連携を継続",
      "協力関係を強化"
    },
    {
      "意見交換を継続", "引き続き意見交換", "引き続きの意見交換", "議論を継続", "引き続き議論", "情報共有を継続",
      "引き続き情報共有", "継続して議論", "を共有していく", "情報交換を継続", "議論を深めていく", "議論していく",
      "意見交換を行っていく", "対話を継続", "定期的に意見交換"
    },
    {"重要性"},
    {"再確認", "確認しました", "確認した", "確認された", "確認され", "確認を行"},
    {"認識", "歓迎", "懸念を共有", "認識を共有", "賛同", "一致しました", "一致した", "期待"},
    {"説明", "紹介", "発表", "関心を示", "報告", "プレゼンテーション"}
  };

  private static final Commitment[] JAPANESE_LEVELS = {
    Commitment.JOINT_ACTION,
    Commitment.AGREED_TO_COOPERATE,
    Commitment.CONTINUE_DIALOGUE,
    Commitment.SHARED_VIEW,
    Commitment.REAFFIRMED,
    Commitment.SHARED_VIEW,
    Commitment.INFORMED
  };

  /**
   * English wording that {@link Commitment#suggest(String)} does not know yet, with its level; a
   * sentence takes the stronger of the two readings.
   */
  private static final String[][] ENGLISH = {
    {
      "promote their cooperation",
      "promote cooperation",
      "continue cooperating",
      "continue to cooperate",
      "deepen their cooperation",
      "deepen cooperation",
      "would cooperate",
      "will cooperate"
    },
  };

  private static final Commitment[] ENGLISH_LEVELS = {Commitment.AGREED_TO_COOPERATE};

  /** The level a sentence's wording suggests, in either language. */
  static Optional<Commitment> commitment(String sentence) {
    if (isJapanese(sentence)) {
      Optional<Commitment> read = Commitment.suggest(sentence);
      if (read.isPresent()) {
        return read;
      }
      for (int level = 0; level < JAPANESE.length; level++) {
        for (String phrase : JAPANESE[level]) {
          if (sentence.contains(phrase)) {
            return Optional.of(JAPANESE_LEVELS[level]);
          }
        }
      }
      return Optional.empty();
    }
    Optional<Commitment> suggested = Commitment.suggest(sentence);
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (int level = 0; level < ENGLISH.length; level++) {
      for (String phrase : ENGLISH[level]) {
        if (lower.contains(phrase)
            && (suggested.isEmpty() || ENGLISH_LEVELS[level].isStrongerThan(suggested.get()))) {
          return Optional.of(ENGLISH_LEVELS[level]);
        }
      }
    }
    return suggested;
  }

  private static final String[][] ACTS = {
    {"delivered a speech", "delivered speeches", "gave a speech", "講演", "スピーチ"},
    {"proposed", "submitted a proposal", "提案"},
    {
      "exchanged views",
      "exchanged opinions",
      "exchanged their opinions",
      "exchange views",
      "discussed",
      "意見交換",
      "議論"
    },
    {"explained", "説明"},
    {"introduced", "紹介"},
    {"presented", "gave an overview", "made a presentation", "発表"},
    {"emphasized", "stressed", "強調"},
    {"showed interest", "showed a high interest", "showed a strong interest", "interest", "関心"},
    {"pointed out", "指摘"},
    {"mentioned", "言及"}
  };

  private static final StatementAct[] ACT_VALUES = {
    StatementAct.DELIVERED_SPEECH,
    StatementAct.PROPOSED,
    StatementAct.EXCHANGED_VIEWS,
    StatementAct.EXPLAINED,
    StatementAct.INTRODUCED,
    StatementAct.PRESENTED,
    StatementAct.EMPHASIZED,
    StatementAct.SHOWED_INTEREST,
    StatementAct.POINTED_OUT,
    StatementAct.MENTIONED
  };

  /** The act a sentence reports: the act whose verb occurs first in it. */
  static Optional<StatementAct> act(String sentence) {
    String s = sentence.toLowerCase(Locale.ROOT);
    int best = Integer.MAX_VALUE;
    StatementAct act = null;
    for (int i = 0; i < ACTS.length; i++) {
      for (String verb : ACTS[i]) {
        int at = s.indexOf(verb);
        if (at >= 0 && at < best) {
          best = at;
          act = ACT_VALUES[i];
        }
      }
    }
    return Optional.ofNullable(act);
  }

  /** Whether a text is written in Japanese: it has kana or CJK ideographs. */
  static boolean isJapanese(String text) {
    int n = Math.min(text.length(), 400);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c >= '\u3040' && c <= '\u30ff') || (c >= '\u4e00' && c <= '\u9fff')) {
        return true;
      }
    }
    return false;
  }
}
