package org.treatymodel.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.Ordering;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatymodel.agreement.english.Sentences;
import org.treatymodel.agreement.location.Location;
import org.treatymodel.agreement.norm.NormId;
import org.treatymodel.agreement.procedure.Notification;
import org.treatymodel.agreement.procedure.Procedure;
import org.treatymodel.agreement.text.ProvisionId;
import org.treatymodel.agreement.uniom.Actors;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/** Where a diagnostic can point: the order a reader meets locations in, and how they read. */
class LocationTest {
  private final Agreement agreement = UnIomAgreement.agreement();
  private final Procedure procedure = agreement.procedure();

  @Test
  void locationsOrderAsAReaderMeetsThem() {
    Notification undated =
        Notification.builder()
            .sender(Actors.IOM)
            .recipient(Actors.UNITED_NATIONS)
            .reports(Actors.IOM_COUNCIL)
            .build();
    List<Location> expected =
        List.of(
            Location.of(ProvisionId.parse("preamble__recital_1")),
            Location.of(ProvisionId.parse("art_5__para_1")),
            Location.of(NormId.parse("art_5__para_1#1")),
            Location.of(NormId.parse("art_5__para_1#2")),
            Location.of(NormId.parse("art_5__para_1#10")),
            Location.of(ProvisionId.parse("art_5__para_2")),
            Location.of(ProvisionId.parse("conclusions__formula_1")),
            Location.of(agreement.instrument(), procedure.approvals().get(0)),
            Location.of(agreement.instrument(), procedure.signature().orElseThrow()),
            Location.of(agreement.instrument(), undated),
            Location.of(agreement.instrument()),
            Location.of(Actors.IOM));
    List<Location> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertEquals(expected, shuffled);
    assertEquals(true, Ordering.natural().isStrictlyOrdered(expected));
  }

  @Test
  void locationsReadAsCitationsAndNames() {
    assertEquals("Article 5(1)", said(Location.of(ProvisionId.parse("art_5__para_1"))));
    assertEquals(
        "norm art_5__para_1#2 (Article 5(1))", said(Location.of(NormId.parse("art_5__para_1#2"))));
    assertEquals("art_99", said(Location.of(ProvisionId.parse("art_99"))), "absent provision");
    assertEquals("IOM", said(Location.of(Actors.IOM)));
    assertEquals("the 2016 Agreement", said(Location.of(agreement.instrument())));
    String approval = said(Location.of(agreement.instrument(), procedure.approvals().get(0)));
    assertEquals(true, approval.startsWith("the approval by "), approval);
    assertEquals(true, approval.contains(" 2016 ("), approval);
  }

  @Test
  void theStringFormIsTheIdentifier() {
    assertEquals("art_5__para_1", Location.of(ProvisionId.parse("art_5__para_1")).toString());
    assertEquals("art_5__para_1#2", Location.of(NormId.parse("art_5__para_1#2")).toString());
    assertEquals("iom", Location.of(Actors.IOM).toString());
  }

  private String said(Location location) {
    return Sentences.location(location, agreement.text(), agreement.catalogue());
  }
}
