package org.fairpact.analysis.verification;

import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * A text as the verifier compares it: its lemmas with their inverse document frequencies in the
 * register, its lemma pairs in order, its numbers, its legal notions and its character 4-grams.
 *
 * @param lemmas the lemmas in order
 * @param weights each distinct lemma's weight (inverse document frequency in the register)
 * @param norm the Euclidean norm of {@code weights}
 * @param bigrams adjacent lemma pairs, "a b"
 * @param numbers the numbers written in the text
 * @param concepts the legal notions ({@link LegalConcepts})
 * @param grams character 4-grams of the lower-cased text with single spaces, each packed into a
 *     long (four 16-bit chars), distinct and in ascending order
 */
public record LemmaProfile(
    List<String> lemmas,
    Map<String, Double> weights,
    double norm,
    Set<String> bigrams,
    Set<String> numbers,
    BitSet concepts,
    long[] grams) {

  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The profile of a text against a register's document frequencies. */
  static LemmaProfile of(String text, Idf idf) {
    return of(text, Lemmatiser.lemmas(text), idf);
  }

  /** The profile of a text already lemmatised. */
  static LemmaProfile of(String text, List<String> lemmas, Idf idf) {
    Map<String, Double> weights = new HashMap<>();
    for (String lemma : lemmas) {
      weights.put(lemma, idf.of(lemma));
    }
    double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
    Set<String> bigrams = new HashSet<>();
    for (int i = 1; i < lemmas.size(); i++) {
      bigrams.add(lemmas.get(i - 1) + " " + lemmas.get(i));
    }
    Set<String> numbers = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      numbers.add(m.group());
    }
    return new LemmaProfile(
        List.copyOf(lemmas),
        Map.copyOf(weights),
        norm,
        Set.copyOf(bigrams),
        Set.copyOf(numbers),
        LegalConcepts.of(lemmas),
        grams(text));
  }

  /** The cosine between this profile's lemma weights and another's. */
  public double cosine(LemmaProfile other) {
    Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<String, Double> large = small == weights ? other.weights : weights;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return norm == 0 || other.norm == 0 ? 0 : dot / (norm * other.norm);
  }

  /** Whether the text negates ("nie", "żaden", "bez"). */
  public boolean negates() {
    return weights.containsKey("nie") || weights.containsKey("żaden") || weights.containsKey("bez");
  }

  private static long[] grams(String text) {
    String flat =
        " " + NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim() + " ";
    long[] grams = new long[Math.max(0, flat.length() - 3)];
    for (int i = 0; i < grams.length; i++) {
      grams[i] =
          ((long) flat.charAt(i) << 48)
              | ((long) flat.charAt(i + 1) << 32)
              | ((long) flat.charAt(i + 2) << 16)
              | flat.charAt(i + 3);
    }
    return LongStream.of(grams).sorted().distinct().toArray();
  }

  /** Inverse document frequencies of lemmas in the register. */
  interface Idf {
    double of(String lemma);
  }
}
