/**
 * A dialogue over time: a {@link dev.parley.core.model.DialogueHistory} holds the sessions of one
 * series in order and checks them against their own promises (missing meetings, next meetings held
 * as planned or not); a {@link dev.parley.core.history.TopicTimeline} follows each topic across
 * sessions, with the commitment on it at each.
 */
package dev.parley.core.history;
