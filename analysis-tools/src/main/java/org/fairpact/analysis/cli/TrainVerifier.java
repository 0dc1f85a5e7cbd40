package org.fairpact.analysis.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairpact.analysis.register.RegisterExports;
import org.fairpact.analysis.training.RewordingRow;
import org.fairpact.analysis.training.VerifierFile;
import org.fairpact.analysis.training.VerifierTrainer;

/**
 * {@code TrainVerifier REGISTER TRAIN.csv OUT.json} trains the pair verifier on a register export
 * and a rewordings file (the written train split) and writes its weights and thresholds; the engine
 * bundles the result as {@code verifier-pl.json}.
 */
public final class TrainVerifier {

  private TrainVerifier() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: TrainVerifier REGISTER.csv TRAIN.csv OUT.json");
      System.exit(2);
    }
    Path register = Path.of(args[0]);
    Path train = Path.of(args[1]);
    List<RewordingRow> rows = RewordingRow.read(train);
    VerifierTrainer.Trained trained =
        new VerifierTrainer(RegisterExports.read(register)).train(rows);
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("register", register.getFileName() + " sha256 " + sha256(register));
    inputs.put("rewordings", train.getFileName() + " sha256 " + sha256(train));
    inputs.put("synonyms", "synonyms-pl.tsv (mythes-pl, LGPL 2.1)");
    VerifierFile.write(trained.verifier(), inputs, trained.figures(), Path.of(args[2]));
    System.out.println("thresholds " + trained.verifier().thresholds());
    System.out.println("figures " + trained.figures());
  }

  private static String sha256(Path file) throws IOException {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(java.nio.file.Files.readAllBytes(file));
      return java.util.HexFormat.of().formatHex(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
