/**
 * Parley records as JSON: {@link dev.parley.json.ParleyJson} reads and writes versioned, lossless,
 * canonical documents and JSON Lines; {@link dev.parley.json.ParleyModule} teaches a user's Jackson
 * {@code ObjectMapper} the same format; every problem with a document is a {@link
 * dev.parley.json.ParleyJsonException} with its JSON path, line and column.
 */
package dev.parley.json;
