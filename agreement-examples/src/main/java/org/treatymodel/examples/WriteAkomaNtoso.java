package org.treatymodel.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.treatymodel.agreement.Agreement;
import org.treatymodel.agreement.akn.AkomaNtoso;
import org.treatymodel.agreement.uniom.UnIomAgreement;

/**
 * Writes the canonical Agreement, its text, norms, procedure and history, as one Akoma Ntoso 3.0
 * document to a file of your choice, checks it against the Akoma Ntoso schema, and reads it back.
 *
 * <p>Run it with {@code mvn -B -q -pl agreement-examples -am compile exec:java
 * -Dexample=WriteAkomaNtoso -Dexec.args=un-iom-2016.akn.xml}; the file is relative to the folder
 * Maven runs in. Without a file name, or with more than one, it prints its usage and exits with
 * status 2.
 */
public final class WriteAkomaNtoso {
  private WriteAkomaNtoso() {}

  /** The exit status for a command line this program does not understand. */
  public static final int USAGE = 2;

  /** Writes the document and exits with the status of {@link #run}. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Writes the canonical Agreement to the file {@code args} names.
   *
   * @return 0; {@value #USAGE} without exactly one file name; 1 if the file cannot be written
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 1 || args[0].isBlank()) {
      err.println("usage: WriteAkomaNtoso <file>, the file to write the Agreement to");
      return USAGE;
    }
    Path file = Path.of(args[0]);
    Agreement agreement = UnIomAgreement.agreement();
    try {
      AkomaNtoso.write(agreement, file);
      String written = Files.readString(file);
      AkomaNtoso.validate(written);
      boolean same = AkomaNtoso.read(written).equals(agreement);
      out.println(
          "Wrote "
              + file.toAbsolutePath()
              + ": "
              + written.lines().count()
              + " lines, valid Akoma Ntoso 3.0"
              + (same ? ", and it reads back as the same dossier." : "."));
      return 0;
    } catch (IOException e) {
      err.println("cannot write " + file + ": " + e.getMessage());
      return 1;
    }
  }
}
