/**
 * What changed between two meetings: {@link dev.parley.core.diff.AgendaDiff} compares the agendas
 * of two sessions (or two segments) topic by topic, never by list position, and reports topics
 * added, dropped, continued with their commitment raised, lowered or kept, shifted to a broader or
 * narrower topic, and moved between segments.
 */
package dev.parley.core.diff;
