/**
 * The canonical data: the 2016 Agreement concerning the Relationship between the United Nations and
 * the International Organization for Migration ({@link
 * org.treatymodel.agreement.uniom.UnIomAgreement}), the identifiers of its actors and instruments
 * ({@link org.treatymodel.agreement.uniom.Actors}, {@link
 * org.treatymodel.agreement.uniom.Instruments}), and the procedures of the other relationship
 * agreements it is compared with ({@link org.treatymodel.agreement.uniom.RelationshipAgreements}).
 * The data is two Akoma Ntoso documents in this package, read once on first use. No other package
 * of the model imports this one: the model holds any agreement of this kind.
 */
@NullMarked
package org.treatymodel.agreement.uniom;

import org.jspecify.annotations.NullMarked;
