package org.treatymodel.agreement.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithLength;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.akn.AkomaNtoso;
import org.treatymodel.agreement.akn.AkomaNtosoException;

/**
 * The Akoma Ntoso reader, fed whatever Jazzer makes up from the seeds under {@code
 * AkomaNtosoFuzzTestInputs/}: it either reads a dossier, which then writes and reads back the same,
 * or throws {@link AkomaNtosoException} with a short message. Any other exception, a hang (Jazzer's
 * timeout) or a blow-up of memory on nested or long input fails.
 */
class AkomaNtosoFuzzTest {
  private static final int LONGEST_MESSAGE = 600;

  @FuzzTest(maxDuration = "60s")
  void document(@NotNull @WithUtf8Length(max = 65536) String input) {
    Agreement read;
    try {
      read = AkomaNtoso.read(input);
    } catch (AkomaNtosoException rejected) {
      check(rejected);
      return;
    }
    assertEquals(read, AkomaNtoso.read(AkomaNtoso.write(read)), "what is read writes back");
  }

  @FuzzTest(maxDuration = "60s")
  void bytes(@NotNull @WithLength(max = 65536) byte[] input) throws IOException {
    try {
      AkomaNtoso.read(new ByteArrayInputStream(input), 32_768, 32);
    } catch (AkomaNtosoException rejected) {
      check(rejected);
    }
  }

  private static void check(AkomaNtosoException rejected) {
    String message = String.valueOf(rejected.getMessage());
    assertTrue(message.length() <= LONGEST_MESSAGE, "a long message: " + message.length());
    assertTrue(rejected.line() >= 0 && rejected.column() >= 0);
  }
}
