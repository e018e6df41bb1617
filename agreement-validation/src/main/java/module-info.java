/** Consistency rules over the agreement model, with structured diagnostics. */
module org.treatymodel.validation {
  requires transitive org.treatymodel.agreement;
  requires static org.jspecify;
  requires static transitive org.apiguardian.api;

  exports org.treatymodel.validation;
}
