/**
 * English for people, written in one place: lists ("a, b and c"), dates ("19 September 2016"), and
 * the sentences for locations, procedure events, entry-into-force rules, irregularities and the
 * entries of a timeline, naming actors and instruments as people call them. The values never write
 * a sentence; tools should key on the values, not on these sentences, which may be reworded.
 */
@NullMarked
package org.treatymodel.agreement.english;

import org.jspecify.annotations.NullMarked;
