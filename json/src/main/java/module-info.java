/** Parley records as JSON, with Jackson. */
module dev.parley.json {
  requires transitive dev.parley.core;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports dev.parley.json;

  provides com.fasterxml.jackson.databind.Module with
      dev.parley.json.ParleyModule;
}
