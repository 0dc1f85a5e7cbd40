package org.fairpact.analysis.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fairpact.analysis.dataset.LabelledClause;
import org.fairpact.analysis.dataset.PacCsv;
import org.fairpact.analysis.register.RegisterEntry;

/**
 * {@code PolishContracts PAC_DIR OUT_DIR [N]} writes N (default 100) Polish terms of service for
 * the speed benchmark, since no corpus of whole Polish consumer contracts is at hand: each has a
 * title and 40 to 160 numbered paragraphs ("§ n."), drawn (seeded, so every run writes the same
 * files) from the clauses of real Polish contracts in PAC train and dev, abusive and safe as PAC
 * has them, with one register clause in 30 as the register's copies turn up in real terms.
 */
public final class PolishContracts {

  static final long SEED = 20261207L;

  private PolishContracts() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: PolishContracts PAC_DIR OUT_DIR [N]");
      System.exit(2);
    }
    List<String> clauses = new ArrayList<>();
    for (String split : List.of("train.csv", "dev.csv")) {
      PacCsv.read(Path.of(args[0]).resolve(split)).stream()
          .map(LabelledClause::text)
          .forEach(clauses::add);
    }
    List<String> register =
        EngineSetup.bundledRegister().stream()
            .map(RegisterEntry::clauseText)
            .filter(t -> !t.isBlank())
            .toList();
    Path out = Files.createDirectories(Path.of(args[1]));
    int n = args.length == 3 ? Integer.parseInt(args[2]) : 100;
    Random random = new Random(SEED);
    for (int i = 1; i <= n; i++) {
      StringBuilder contract = new StringBuilder("REGULAMIN ŚWIADCZENIA USŁUG NR " + i + "\n\n");
      int paragraphs = 40 + random.nextInt(121);
      for (int p = 1; p <= paragraphs; p++) {
        String clause =
            random.nextInt(30) == 0
                ? register.get(random.nextInt(register.size()))
                : clauses.get(random.nextInt(clauses.size()));
        contract.append("§ ").append(p).append(".\n").append(clause.strip()).append("\n\n");
      }
      Files.writeString(
          out.resolve(String.format("regulamin-%03d.txt", i)),
          contract.toString(),
          StandardCharsets.UTF_8);
    }
    System.out.println(n + " contracts written to " + out);
  }
}
