package org.treatymodel.agreement.akn;

import static org.treatymodel.agreement.akn.Names.AKN;
import static org.treatymodel.agreement.akn.Names.TM;
import static org.treatymodel.agreement.akn.Names.TM_PREFIX;
import static org.treatymodel.agreement.akn.Reading.built;
import static org.treatymodel.agreement.akn.Reading.children;
import static org.treatymodel.agreement.akn.Reading.error;
import static org.treatymodel.agreement.akn.Reading.expect;
import static org.treatymodel.agreement.akn.Reading.is;
import static org.treatymodel.agreement.akn.Reading.only;

import java.util.ArrayList;
import java.util.List;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.akn.XmlTree.Element;
import org.treatymodel.agreement.reference.CrossReference;

/**
 * A whole dossier as one Akoma Ntoso act, read and written side by side: {@code <meta>} ({@link
 * MetaCodec}, with the {@code <tm:dossier>} of {@link DossierCodec} in its {@code <proprietary>}),
 * then the text ({@link TextCodec}). {@code docs/akoma-ntoso.md} gives the mapping, element by
 * element. Reading goes through the public builders, so that every check of the model runs; it
 * returns what it reads and keeps no state.
 */
final class DocumentCodec {
  private DocumentCodec() {}

  static final String AKOMA_NTOSO = "akomaNtoso";
  static final String ACT = "act";

  /** The dossier of the document whose root is {@code root}. */
  static Agreement read(Element root) {
    expect(root, AKN, AKOMA_NTOSO);
    List<Element> documents = root.children();
    if (documents.size() != 1 || !is(documents.get(0), AKN, ACT)) {
      throw error(root, "expected one <act> in <akomaNtoso>");
    }
    Element act = documents.get(0);
    Element meta = only(act, AKN, MetaCodec.META);
    Element proprietary = dossierOf(meta);
    TextCodec.Read text = TextCodec.read(act, meta);
    DossierCodec.Read dossier = DossierCodec.read(proprietary, ProcedureCodec.steps(meta));
    List<CrossReference> references = new ArrayList<>(text.references());
    references.addAll(dossier.referencesApart());
    return built(
        proprietary,
        () -> {
          Agreement.Builder agreement =
              Agreement.builder()
                  .instrument(dossier.agreement())
                  .text(text.text())
                  .actors(MetaCodec.actors(meta))
                  .instruments(dossier.instruments())
                  .vocabulary(dossier.vocabulary())
                  .norms(dossier.norms())
                  .nonNormativeProvisions(dossier.noNorms())
                  .crossReferences(references)
                  .anticipatedArrangements(dossier.arrangements())
                  .procedure(dossier.procedure())
                  .amendments(dossier.amendments())
                  .predecessors(dossier.predecessors())
                  .otherEvents(dossier.events())
                  .reportedStatements(dossier.statements());
          dossier.amendmentRule().ifPresent(agreement::amendmentRule);
          return agreement.build();
        });
  }

  private static Element dossierOf(Element meta) {
    for (Element proprietary : children(meta, AKN, "proprietary")) {
      for (Element child : proprietary.children()) {
        if (is(child, TM, DossierCodec.DOSSIER)) {
          return child;
        }
      }
    }
    throw error(meta, "expected <tm:dossier> in a <proprietary> of <meta>");
  }

  /** {@code dossier} as one Akoma Ntoso document. */
  static String write(Agreement dossier) {
    if (dossier.text().structure().isPresent()) {
      // A text imported from a document written elsewhere is written back in its own structure.
      XmlOut out = new XmlOut();
      out.open("", AKOMA_NTOSO, AKN).namespace("", AKN);
      StructureCodec.write(out, dossier.text().structure().get());
      out.close();
      return out.finish();
    }
    InlineText inline = InlineText.place(dossier.text(), dossier.crossReferences());
    XmlOut out = new XmlOut();
    out.open("", AKOMA_NTOSO, AKN).namespace("", AKN).namespace(TM_PREFIX, TM);
    out.open("", ACT, AKN).attribute("name", "agreement");
    MetaCodec.write(out, dossier, () -> DossierCodec.write(out, dossier, inline.apart()));
    TextCodec.write(out, dossier.text(), inline);
    out.close().close();
    return out.finish();
  }
}
