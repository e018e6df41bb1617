package org.treatymodel.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of broken dossiers: a well-formed dossier with one {@link Defect}, which knows the
 * rule it must trip and where.
 *
 * <pre>{@code
 * qt().forAll(Defects.broken())
 *     .checkAssert(broken -> assertEquals(
 *         List.of(broken.code()),
 *         myChecker.check(broken.dossier()).stream().map(Finding::code).toList()));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Defects {
  private Defects() {}

  /** Every defect, in the order of the rule catalogue. */
  public static ImmutableList<Defect> all() {
    return ImmutableList.copyOf(Defect.values());
  }

  /** The codes of the rules some defect trips, each once, in catalogue order. */
  public static ImmutableSet<String> codes() {
    return Arrays.stream(Defect.values()).map(Defect::code).collect(ImmutableSet.toImmutableSet());
  }

  /** Any one defect. */
  public static Gen<Defect> any() {
    return Generate.enumValues(Defect.class);
  }

  /** A well-formed dossier with any one defect. */
  public static Gen<Broken> broken() {
    return Dossiers.wellFormed().zip(any(), (dossier, defect) -> defect.applyTo(dossier));
  }

  /** A well-formed dossier with {@code defect}. */
  public static Gen<Broken> broken(Defect defect) {
    return Dossiers.wellFormed().map(defect::applyTo);
  }
}
