package org.treatymodel.validation;

import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.text.Article;

/** STRUCT-001: the articles are numbered 1, 2, 3... without gap, as signed. */
final class ArticlesConsecutive extends BaseRule {
  ArticlesConsecutive() {
    super(
        "STRUCT-001",
        Severity.WARNING,
        "the articles are numbered 1, 2, 3... without gap, as a signed text is");
  }

  @Override
  void check(Agreement agreement, Findings findings) {
    int expected = 1;
    for (Article article : agreement.text().articles()) {
      if (article.number() != expected) {
        findings.accept(
            article.id().toString(),
            "follows Article " + (expected - 1) + "; a signed text would number it " + expected);
      }
      expected = article.number() + 1;
    }
  }
}
