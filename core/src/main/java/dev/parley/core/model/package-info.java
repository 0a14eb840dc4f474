/**
 * The typed record of a policy dialogue: the {@link dev.parley.core.model.Dialogue} series, each
 * {@link dev.parley.core.model.Session} of it, the session's {@link dev.parley.core.model.Segment}s
 * with their delegations and agenda, and what was said and agreed under each {@link
 * dev.parley.core.model.AgendaItem}.
 *
 * <p>Every type is immutable, compares equal by value, and is built with a builder ({@code
 * Session.builder()}) or copied with {@code with...} methods. A builder refuses data that cannot be
 * true of a real meeting with an {@link dev.parley.core.model.InvalidRecordException} whose message
 * names the record, the field, the bad value and the rule. Lists keep the order in which they were
 * given, which is the order of the press release.
 */
@ParleyStyle
package dev.parley.core.model;

import dev.parley.core.internal.ParleyStyle;
