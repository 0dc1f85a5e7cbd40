package org.fairpact.analysis.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fairpact.analysis.dataset.LabelledClause;
import org.fairpact.analysis.dataset.PacCsv;
import org.fairpact.analysis.register.RegisterEntry;
import org.fairpact.analysis.register.RegisterExports;
import org.fairpact.analysis.verification.Lemmatiser;

/**
 * {@code SynonymList THESAURUS REGISTER PAC_TRAIN OUT} derives the engine's {@code synonyms-pl.tsv}
 * from the Polish thesaurus Debian ships as {@code mythes-pl} ({@code
 * /usr/share/mythes/th_pl_PL_v2.dat}, ISO-8859-2, LGPL 2.1): for every single-word head the
 * register or PAC train uses (as a lemma), its single-word plain synonyms; senses marked as broader
 * or narrower terms, colloquial, obsolete or offensive (any parenthesised mark) are left out. The
 * list is made symmetric.
 */
public final class SynonymList {

  private SynonymList() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: SynonymList THESAURUS.dat REGISTER.csv PAC_TRAIN.csv OUT.tsv");
      System.exit(2);
    }
    Set<String> vocabulary = new HashSet<>();
    for (RegisterEntry entry : RegisterExports.read(Path.of(args[1]))) {
      vocabulary.addAll(Lemmatiser.lemmas(entry.clauseText()));
    }
    for (LabelledClause clause : PacCsv.read(Path.of(args[2]))) {
      vocabulary.addAll(Lemmatiser.lemmas(clause.text()));
    }
    Map<String, Set<String>> synonyms = synonyms(Path.of(args[0]), vocabulary);
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8))) {
      out.println("# Polish single-word synonyms between lemmas, derived from mythes-pl");
      out.println(
          "# (th_pl_PL_v2.dat, Marcin Milkowski, synonimy.ux.pl, LGPL 2.1) by SynonymList.");
      synonyms.forEach((lemma, others) -> out.println(lemma + "\t" + String.join(" ", others)));
    }
    System.out.println(
        synonyms.size() + " lemmas with synonyms (vocabulary " + vocabulary.size() + ")");
  }

  /** The thesaurus's plain single-word synonyms of the vocabulary's heads, made symmetric. */
  static Map<String, Set<String>> synonyms(Path thesaurus, Set<String> vocabulary)
      throws IOException {
    Map<String, Set<String>> synonyms = new TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(thesaurus, Charset.forName("ISO-8859-2"))) {
      in.readLine(); // the encoding's name
      String head = null;
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.startsWith("-|") && !line.startsWith("(")) {
          head = line.substring(0, line.lastIndexOf('|'));
          continue;
        }
        if (head == null || head.contains(" ") || !vocabulary.contains(head)) {
          continue;
        }
        String[] senses = line.split("\\|");
        for (int i = 1; i < senses.length; i++) {
          String synonym = senses[i].trim();
          if (synonym.contains("(")
              || synonym.contains(" ")
              || synonym.isEmpty()
              || synonym.equals(head)) {
            continue;
          }
          synonyms.computeIfAbsent(head, k -> new TreeSet<>()).add(synonym);
          synonyms.computeIfAbsent(synonym, k -> new TreeSet<>()).add(head);
        }
      }
    }
    return synonyms;
  }
}
