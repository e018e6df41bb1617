package org.treatymodel.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.actor.ActorId;
import org.treatymodel.agreement.instrument.InstrumentId;

/**
 * Well-formed dossiers of any size: agreements between the Alpha and the Beta Organization, drafted
 * as a relationship agreement is (an article of mirrored obligations and a list of committees,
 * articles of one norm per paragraph, a final article on approval and on the supersession of an
 * earlier agreement), with the procedure of Article 16 of the 2016 Agreement in form (approvals,
 * written notifications, then signature), the amendment rule of its Article 15, amendments in
 * force, and the earlier agreement as predecessor.
 *
 * <p>"Well-formed" means that every rule of {@code agreement-validation}'s catalogue holds: a
 * generated dossier validates with no diagnostic at all. {@link Defects} breaks one on purpose.
 *
 * <pre>{@code
 * qt().forAll(Dossiers.wellFormed())
 *     .checkAssert(dossier -> assertEquals(dossier.norms().size(), myIndex(dossier).normCount()));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Dossiers {
  private Dossiers() {}

  /** The Alpha Organization, a party. */
  public static final ActorId ALPHA = ActorId.of("alpha");

  /** The Beta Organization, a party. */
  public static final ActorId BETA = ActorId.of("beta");

  /** The Assembly of the Alpha Organization, whose approval the generated procedures require. */
  public static final ActorId ALPHA_ASSEMBLY = ActorId.of("alpha.assembly");

  /** The Council of the Beta Organization, whose approval the generated procedures require. */
  public static final ActorId BETA_COUNCIL = ActorId.of("beta.council");

  /** The Secretary-General of the Alpha Organization, who signs for it. */
  public static final ActorId ALPHA_SECRETARY_GENERAL = ActorId.of("alpha.secretary-general");

  /** The Director General of the Beta Organization, who signs for it. */
  public static final ActorId BETA_DIRECTOR_GENERAL = ActorId.of("beta.director-general");

  /** The Gamma Organization: named in every dossier, party to none. */
  public static final ActorId GAMMA = ActorId.of("gamma");

  /** The Board of the Gamma Organization: an organ of a third Organization. */
  public static final ActorId GAMMA_BOARD = ActorId.of("gamma.board");

  /** The Secretary-General of the Gamma Organization. */
  public static final ActorId GAMMA_SECRETARY_GENERAL = ActorId.of("gamma.secretary-general");

  /** The Constitution of the Alpha Organization, which the first recital cites. */
  public static final InstrumentId ALPHA_CONSTITUTION =
      InstrumentId.of("constituent-instrument/alpha");

  /** The Constitution of the Beta Organization. */
  public static final InstrumentId BETA_CONSTITUTION =
      InstrumentId.of("constituent-instrument/beta");

  /** The resolution by which the Assembly of the Alpha Organization approves the agreement. */
  public static final InstrumentId ALPHA_RESOLUTION =
      InstrumentId.of("resolution/alpha.assembly/1");

  /** The resolution by which the Council of the Beta Organization approves the agreement. */
  public static final InstrumentId BETA_RESOLUTION = InstrumentId.of("resolution/beta.council/1");

  /** The largest article the generators write: article numbers stay below 9999. */
  public static final int MAX_ARTICLES = 9_000;

  /**
   * Well-formed dossiers of 3 to 12 articles of 1 to 5 paragraphs, Article 1(3) with 2 to 5 points,
   * 0 to 2 amendments.
   */
  public static Gen<Agreement> wellFormed() {
    return wellFormed(10);
  }

  /**
   * Well-formed dossiers with up to {@code tailArticles} articles between the first and the last.
   *
   * @throws IllegalArgumentException if {@code tailArticles} is below 1 or above {@link
   *     #MAX_ARTICLES}
   */
  public static Gen<Agreement> wellFormed(int tailArticles) {
    checkArgument(
        tailArticles >= 1 && tailArticles <= MAX_ARTICLES,
        "tailArticles must be from 1 to %s: %s",
        MAX_ARTICLES,
        tailArticles);
    return shapes(tailArticles).map(Drafting::dossier).describedAs(Dossiers::describe);
  }

  static Gen<Shape> shapes(int tailArticles) {
    Gen<Shape.Clause> clauses =
        booleans()
            .all()
            .zip(
                integers().between(0, 3),
                integers().between(0, 3),
                booleans().all(),
                Shape.Clause::new);
    Gen<List<List<Shape.Clause>>> tail =
        lists().of(lists().of(clauses).ofSizeBetween(1, 5)).ofSizeBetween(1, tailArticles);
    return tail.zip(
        integers().between(2, 5),
        integers().between(0, 7000),
        integers().between(5, 60),
        integers().between(0, 2),
        Shape::new);
  }

  /**
   * A well-formed dossier of {@code articles} articles of {@code paragraphs} paragraphs each (the
   * first and the last as always), the same for the same arguments: for benchmarks and for tests
   * that need one large dossier. 2,000 articles of 50 paragraphs hold about 100,000 provisions and
   * as many norms.
   *
   * @throws IllegalArgumentException if {@code articles} is below 3 or above {@link #MAX_ARTICLES},
   *     or {@code paragraphs} below 1 or above 9,999
   */
  public static Agreement ofSize(int articles, int paragraphs) {
    checkArgument(
        articles >= 3 && articles <= MAX_ARTICLES,
        "articles must be from 3 to %s: %s",
        MAX_ARTICLES,
        articles);
    checkArgument(
        paragraphs >= 1 && paragraphs <= 9_999,
        "paragraphs must be from 1 to 9999: %s",
        paragraphs);
    List<List<Shape.Clause>> tail = new ArrayList<>();
    int n = 0;
    for (int a = 0; a < articles - 2; a++) {
      List<Shape.Clause> clauses = new ArrayList<>();
      for (int p = 0; p < paragraphs; p++, n++) {
        clauses.add(new Shape.Clause(n % 2 == 0, n % 4, (n / 4) % 4, n % 5 == 0));
      }
      tail.add(clauses);
    }
    return Drafting.dossier(new Shape(tail, 3, 6000, 20, 2));
  }

  private static String describe(Agreement dossier) {
    return dossier.instrument()
        + " ("
        + dossier.text().articles().size()
        + " articles, "
        + dossier.text().provisions().size()
        + " provisions, "
        + dossier.norms().size()
        + " norms, "
        + dossier.amendments().size()
        + " amendments)";
  }
}
