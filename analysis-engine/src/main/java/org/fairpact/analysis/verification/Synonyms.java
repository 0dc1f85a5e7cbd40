package org.fairpact.analysis.verification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Single-word Polish synonyms between lemmas, derived from the Polish thesaurus Debian ships as
 * {@code mythes-pl} (Marcin Miłkowski, synonimy.ux.pl, LGPL 2.1) by the tools module's {@code
 * SynonymList}: only plain synonyms (no broader or narrower terms, no colloquial, obsolete or
 * offensive senses) of words the register or real contracts use. The list is symmetric. Words have
 * several senses, so a synonym is weaker evidence than the same lemma; {@link PairFeatures} counts
 * it as such.
 */
public final class Synonyms {

  static final String RESOURCE = "synonyms-pl.tsv";

  private static final Synonyms BUNDLED = load();

  private final Map<String, Set<String>> synonyms;

  Synonyms(Map<String, Set<String>> synonyms) {
    this.synonyms = Map.copyOf(synonyms);
  }

  /** The list bundled with the engine. */
  public static Synonyms bundled() {
    return BUNDLED;
  }

  /** The synonyms of a lemma, empty when it has none. */
  public Set<String> of(String lemma) {
    return synonyms.getOrDefault(lemma, Set.of());
  }

  /** Whether two different lemmas are synonyms. */
  public boolean synonyms(String a, String b) {
    return of(a).contains(b);
  }

  /** How many lemmas have synonyms. */
  public int size() {
    return synonyms.size();
  }

  private static Synonyms load() {
    InputStream in = Synonyms.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("engine resource " + RESOURCE + " is missing");
    }
    Map<String, Set<String>> map = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        map.put(line.substring(0, tab), Set.copyOf(List.of(line.substring(tab + 1).split(" "))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
    return new Synonyms(map);
  }
}
