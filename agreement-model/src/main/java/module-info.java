/**
 * The model of the 2016 Agreement concerning the Relationship between the United Nations and the
 * International Organization for Migration: value types, canonical data and pure domain behaviour.
 *
 * <p>Start at {@link org.treatymodel.agreement.UnIomAgreement}. Guava is a transitive dependency
 * (its immutable collections appear in signatures); JSpecify's annotations and Immutables are
 * needed at compile time only.
 */
// The qualified export names a module this one does not depend on ("module not found" while this
// module compiles alone).
@SuppressWarnings("module")
module org.treatymodel.agreement {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  // Akoma Ntoso in and out: StAX and javax.xml.validation, in the JDK.
  requires java.xml;

  exports org.treatymodel.agreement;
  exports org.treatymodel.agreement.actor;
  exports org.treatymodel.agreement.amendment;
  exports org.treatymodel.agreement.arrangement;
  exports org.treatymodel.agreement.history;
  exports org.treatymodel.agreement.instrument;
  exports org.treatymodel.agreement.norm;
  exports org.treatymodel.agreement.procedure;
  exports org.treatymodel.agreement.reference;
  exports org.treatymodel.agreement.reported;
  exports org.treatymodel.agreement.text;
  // Quoting, dates for people and whole-word search, shared with the validation rules; not API.
  exports org.treatymodel.agreement.internal to
      org.treatymodel.validation;
}
