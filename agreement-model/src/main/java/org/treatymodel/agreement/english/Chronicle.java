package org.treatymodel.agreement.english;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.treatymodel.agreement.catalogue.Catalogue;
import org.treatymodel.agreement.instrument.Instrument;
import org.treatymodel.agreement.instrument.InstrumentId;
import org.treatymodel.agreement.instrument.InstrumentKind;
import org.treatymodel.agreement.procedure.Approval;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Signatory;
import org.treatymodel.agreement.procedure.Signature;

/**
 * The sentences of a history's timeline, each a whole sentence in the present tense, as a chronicle
 * tells events: "The IOM Council approves the 2016 Agreement by resolution No. 1317", "The 2016
 * Agreement is signed in New York by ...". Actors and instruments are named through a {@link
 * Catalogue}; {@code title} is the title of the instrument whose procedure it is.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Chronicle {
  private Chronicle() {}

  /** A dated instrument: a letter as who writes to whom, another by its short title and title. */
  public static String issued(Instrument instrument, Catalogue catalogue) {
    checkNotNull(instrument, "instrument");
    checkNotNull(catalogue, "catalogue");
    if (instrument.kind() == InstrumentKind.LETTER
        && instrument.issuedBy().isPresent()
        && instrument.addressedTo().isPresent()) {
      return Prose.capitalised(catalogue.nameOf(instrument.issuedBy().get()))
          + " writes to "
          + catalogue.nameOf(instrument.addressedTo().get())
          + ": "
          + instrument.title();
    }
    if (instrument.shortTitle().equals(instrument.title())) {
      return Prose.capitalised(instrument.title());
    }
    return Prose.capitalised(instrument.shortTitle()) + ": " + instrument.title();
  }

  /** An approval, with the resolution that records it and its circumstances. */
  public static String approves(Approval approval, String title, Catalogue catalogue) {
    checkNotNull(approval, "approval");
    checkNotNull(title, "title");
    checkNotNull(catalogue, "catalogue");
    return Prose.capitalised(catalogue.nameOf(approval.organ()))
        + " approves "
        + title
        + approval.record().map(record -> " by " + catalogue.titleOf(record)).orElse("")
        + approval.details().map(details -> ", " + details).orElse("");
  }

  /** A written notification of an approval. */
  public static String notifies(Notification notification, Catalogue catalogue) {
    checkNotNull(notification, "notification");
    checkNotNull(catalogue, "catalogue");
    return Prose.capitalised(catalogue.nameOf(notification.sender()))
        + " notifies "
        + catalogue.nameOf(notification.recipient())
        + " in writing of the approval by "
        + catalogue.nameOf(notification.reports());
  }

  /**
   * A signature, by its signatories; where the instrument enters into force upon it, that too, and
   * the instrument it supersedes.
   */
  public static String signed(
      Signature signature,
      String title,
      boolean inForceUponSignature,
      Optional<InstrumentId> supersedes,
      Catalogue catalogue) {
    checkNotNull(signature, "signature");
    checkNotNull(title, "title");
    checkNotNull(supersedes, "supersedes");
    checkNotNull(catalogue, "catalogue");
    StringBuilder description =
        new StringBuilder(Prose.capitalised(title))
            .append(" is signed")
            .append(signature.place().map(place -> " in " + place).orElse(""))
            .append(" by ")
            .append(
                Prose.and(
                    signature.signatories().stream()
                        .map(each -> signatory(catalogue, each))
                        .toList()))
            .append(signature.details().map(details -> ", " + details).orElse(""));
    if (inForceUponSignature) {
      description.append("; it enters into force upon signature");
      supersedes.ifPresent(
          previous ->
              description
                  .append(" and supersedes and replaces ")
                  .append(catalogue.titleOf(previous)));
    }
    return description.toString();
  }

  /** An entry into force on a day of its own, and the instrument it supersedes. */
  public static String entersIntoForce(
      String title, Optional<InstrumentId> supersedes, Catalogue catalogue) {
    checkNotNull(title, "title");
    checkNotNull(supersedes, "supersedes");
    checkNotNull(catalogue, "catalogue");
    return Prose.capitalised(title)
        + " enters into force"
        + supersedes
            .map(previous -> " and supersedes and replaces " + catalogue.titleOf(previous))
            .orElse("");
  }

  private static String signatory(Catalogue catalogue, Signatory signatory) {
    Optional<String> office = signatory.office().map(catalogue::nameOf);
    return signatory
        .name()
        .map(name -> office.map(held -> held.replaceFirst("^the ", "") + " ").orElse("") + name)
        .orElse("a representative of " + catalogue.nameOf(signatory.party()));
  }
}
