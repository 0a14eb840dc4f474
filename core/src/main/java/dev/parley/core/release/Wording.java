package dev.parley.core.release;

import dev.parley.core.model.Commitment;
import dev.parley.core.model.StatementAct;
import java.util.Locale;
import java.util.Optional;

/**
 * The wording of statements and outcomes: which act a statement reports, and which commitment an
 * outcome's wording expresses. The commitment is {@link Commitment#suggest(String)}'s, the one
 * grammar of both languages; the act is read from a bounded list of verbs, one scan of the sentence
 * per verb: linear in its length.
 */
final class Wording {
  private Wording() {}

  /** The level a sentence's wording suggests, in either language: the outcome grammar's. */
  static Optional<Commitment> commitment(String sentence) {
    return Commitment.suggest(sentence);
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
