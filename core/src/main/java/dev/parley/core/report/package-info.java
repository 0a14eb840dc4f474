/**
 * Plain-text and Markdown renderings of diffs and timelines: deterministic, readable in a terminal
 * and on a code-hosting page.
 */
package dev.parley.core.report;
