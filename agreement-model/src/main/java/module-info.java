/**
 * The model of the 2016 Agreement concerning the Relationship between the United Nations and the
 * International Organization for Migration: value types, canonical data and pure domain behaviour.
 *
 * <p>Start at {@link org.treatymodel.agreement.uniom.UnIomAgreement}. Guava is a transitive
 * dependency (its immutable collections appear in signatures); JSpecify's annotations and
 * Immutables are needed at compile time only.
 */
module org.treatymodel.agreement {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  // Akoma Ntoso in and out: StAX and javax.xml.validation, in the JDK.
  requires java.xml;

  exports org.treatymodel.agreement;
  exports org.treatymodel.agreement.actor;
  exports org.treatymodel.agreement.akn;
  exports org.treatymodel.agreement.amendment;
  exports org.treatymodel.agreement.arrangement;
  exports org.treatymodel.agreement.catalogue;
  exports org.treatymodel.agreement.english;
  exports org.treatymodel.agreement.history;
  exports org.treatymodel.agreement.instrument;
  exports org.treatymodel.agreement.location;
  exports org.treatymodel.agreement.norm;
  exports org.treatymodel.agreement.procedure;
  exports org.treatymodel.agreement.reference;
  exports org.treatymodel.agreement.reported;
  exports org.treatymodel.agreement.structure;
  exports org.treatymodel.agreement.text;
  exports org.treatymodel.agreement.uniom;
}
