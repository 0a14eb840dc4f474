package dev.parley.core.model;

import java.util.List;

/**
 * What one or more parties said under an agenda item: a {@link Statement} (what they explained,
 * proposed, ...) or an {@link Outcome} (what they bound themselves to). Code that only needs who
 * said what, such as finding the topics a meeting mentions, walks {@link AgendaItem#remarks()}.
 */
public interface Remark {
  /**
   * The parties who said it, in the order published.
   *
   * @return one or more parties
   */
  List<Party> parties();

  /**
   * What was said, as published.
   *
   * @return the text
   */
  String text();
}
