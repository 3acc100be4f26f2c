/**
 * epres: European Parliament resolutions as structured data. Only the API, the model, the language
 * profiles and the output formats are exported; the grammar's generated classes and the parser's
 * workings stay in {@code io.github.epres.internal}.
 */
module io.github.epres {
  requires org.antlr.antlr4.runtime;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.apache.commons.csv;
  requires java.xml;
  requires static jdk.httpserver; // the viewer (epres serve) only
  requires org.jsoup;
  requires static info.picocli;
  requires static org.immutables.value;

  exports io.github.epres;
  exports io.github.epres.model;
  exports io.github.epres.lang;
  exports io.github.epres.json;
  exports io.github.epres.akn;
  exports io.github.epres.table;
  exports io.github.epres.text;
  exports io.github.epres.votes;

  // Jackson reads the model through the generated (package-private) Immutable classes.
  opens io.github.epres.model to
      com.fasterxml.jackson.databind;
  // picocli fills the command classes by reflection.
  opens io.github.epres.cli to
      info.picocli;
}
