/**
 * Parley's core: the typed, immutable model of intergovernmental policy dialogues. Depends on the
 * JDK alone.
 */
module dev.parley.core {
  requires static org.immutables.value.annotations;

  exports dev.parley.core.model;
  exports dev.parley.core.topic;
  exports dev.parley.core.diff;
  exports dev.parley.core.history;
  exports dev.parley.core.report;
  exports dev.parley.core.io;
  exports dev.parley.core.release;
}
