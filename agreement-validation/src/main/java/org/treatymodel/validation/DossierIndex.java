package org.treatymodel.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.amendment.Amendment;
import org.treatymodel.agreement.norm.Norm;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.text.ProvisionId;

/**
 * The indexes of one dossier, built once (in time linear in its size) and shared by every rule of a
 * validation: what a rule would otherwise find by scanning every norm for every provision.
 */
final class DossierIndex {
  private final Agreement dossier;
  private final ImmutableList<Procedure> procedures;
  private final ImmutableListMultimap<ProvisionId, Norm> normsByProvision;
  private final ImmutableSet<ProvisionId> provisionsWithNorms;

  DossierIndex(Agreement dossier) {
    this.dossier = dossier;
    this.procedures = allProcedures(dossier);
    this.normsByProvision =
        dossier.norms().stream()
            .collect(ImmutableListMultimap.toImmutableListMultimap(Norm::provision, norm -> norm));
    this.provisionsWithNorms = withNorms(dossier);
  }

  Agreement dossier() {
    return dossier;
  }

  ImmutableList<Procedure> procedures() {
    return procedures;
  }

  ImmutableListMultimap<ProvisionId, Norm> normsByProvision() {
    return normsByProvision;
  }

  ImmutableSet<ProvisionId> provisionsWithNorms() {
    return provisionsWithNorms;
  }

  private static ImmutableList<Procedure> allProcedures(Agreement dossier) {
    ImmutableList.Builder<Procedure> all = ImmutableList.builder();
    dossier.findProcedure().ifPresent(all::add);
    all.addAll(dossier.predecessors());
    for (Amendment amendment : dossier.amendments()) {
      all.add(amendment.procedure());
    }
    return all.build();
  }

  /** Each provision at which a norm is anchored, and every provision enclosing one. */
  private static ImmutableSet<ProvisionId> withNorms(Agreement dossier) {
    ImmutableSet.Builder<ProvisionId> found = ImmutableSet.builder();
    for (Norm norm : dossier.norms()) {
      Optional<ProvisionId> next = Optional.of(norm.provision());
      while (next.isPresent()) {
        found.add(next.get());
        next = next.get().parent();
      }
    }
    return found.build();
  }
}
