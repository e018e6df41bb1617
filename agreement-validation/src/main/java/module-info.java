/** Consistency rules over the agreement model, with structured diagnostics. */
module org.treatymodel.validation {
  requires transitive org.treatymodel.agreement;
  requires static org.jspecify;

  exports org.treatymodel.validation;
}
