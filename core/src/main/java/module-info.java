/**
 * Parley's core: the typed, immutable model of intergovernmental policy dialogues. Depends on the
 * JDK alone.
 */
module dev.parley.core {
  requires static org.immutables.value.annotations;

  exports dev.parley.core.model;
  exports dev.parley.core.topic;
}
