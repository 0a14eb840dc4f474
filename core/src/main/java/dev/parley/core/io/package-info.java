/** Safe file output: {@link dev.parley.core.io.AtomicFile} writes a file whole or not at all. */
package dev.parley.core.io;
