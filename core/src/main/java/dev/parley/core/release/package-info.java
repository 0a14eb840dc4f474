/**
 * Import of press releases: from the text of a ministry's release about a policy dialogue meeting
 * to a checked draft {@link dev.parley.core.model.Session}, in English and Japanese, with a review
 * list of every value that was inferred rather than read, or not found.
 *
 * <p>Start with {@link dev.parley.core.release.ReleaseReader#defaults()} and {@link
 * dev.parley.core.release.ReleaseReader#read(String, CharSequence)}. Every step over the text is
 * linear in its length, and the text is bounded by {@link
 * dev.parley.core.release.ReleaseReader#MAX_LENGTH}.
 */
package dev.parley.core.release;
