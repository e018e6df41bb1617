package org.treatymodel.testkit;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What varies between generated dossiers, as plain data that QuickTheories can shrink: the clauses
 * of the articles between Article 1 and the final article, the number of points of Article 1(3),
 * the dates, and the number of amendments.
 *
 * @param tail the clauses of each article between the first and the last, one list per article
 * @param points the number of points of Article 1(3), from 2
 * @param startDay days after 1 January 1995 of the first approval
 * @param gap days between the two approvals, from 5
 * @param amendments the number of amendments in force, from 0
 */
record Shape(List<List<Clause>> tail, int points, int startDay, int gap, int amendments) {
  Shape {
    tail = tail.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
  }

  /**
   * One paragraph's sentence, stating one norm.
   *
   * @param alphaBears whether the Alpha Organization bears it (otherwise the Beta Organization)
   * @param force which force phrase: 0 "shall", 1 "may", 2 "shall endeavour to" (a phrase the 2016
   *     Agreement does not use), 3 "recognizes"
   * @param condition which condition: 0 none, 1 "upon request", 2 "where appropriate", 3 "subject
   *     to available funds" (a condition of the dossier's own vocabulary)
   * @param refers whether the sentence refers to Article 1
   */
  record Clause(boolean alphaBears, int force, int condition, boolean refers) {}
}
