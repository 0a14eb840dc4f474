/**
 * Parley records as JSON: {@link dev.parley.json.ParleyJson} reads and writes versioned, lossless,
 * canonical documents (sessions, histories, topic schemes, and for other programs agenda diffs and
 * topic timelines), {@link dev.parley.json.JsonLines} streams sessions one per line, and {@link
 * dev.parley.json.ParleyModule} teaches a user's Jackson {@code ObjectMapper} the same format.
 * Every problem with a document is a {@link dev.parley.json.ParleyJsonException} with its JSON
 * path, line and column; {@link dev.parley.json.Validation} holds every problem one pass finds.
 *
 * <p><b>One declaration per record.</b> Each record's members are declared once, in order, in the
 * package-private {@code Declarations}: name, required or not, the kind of value, getter and
 * builder method. The reader, the writer, the JSON Schema shipped in the jar (generated from the
 * declarations by the build) and the README's member tables (checked by a test) all follow from it,
 * with no reflection on any read or write. To add an optional member to a record:
 *
 * <ol>
 *   <li>add the attribute to the model type;
 *   <li>add one line to the record's table in {@code Declarations}, such as {@code
 *       Member.optional("language", Value.TEXT, Session::language, Session.Builder::language)},
 *       and, if the released format lacks it, {@code .since(2, 1)}: the version written is the
 *       highest {@code since} of any member, so the writer then writes {@code "2.1"};
 *   <li>let {@code RandomRecords} generate it and add a test;
 *   <li>paste the tables {@code SchemaTest} prints into README.md.
 * </ol>
 *
 * <p><b>Versions.</b> Minor versions only add optional members. A reader reads every document of
 * its major version, and of format 1.x; a member it does not know in a document of a newer minor
 * version is refused with a message that names both versions.
 */
package dev.parley.json;
