package org.fairpact.analysis.classification;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The features a model knows, numbered from 1 as liblinear wants, with their inverse document
 * frequency, and the TF-IDF weighting that turns feature counts into a model's input: sublinear
 * term frequency {@code 1 + ln(tf)} times smoothed idf {@code ln((1 + N) / (1 + df)) + 1}; word and
 * character features are L2-normalised separately and then weighted equally, so a long clause and a
 * short one, and its words and its spelling, count alike. Immutable.
 */
public final class FeatureSpace {

  private final Map<String, Integer> index;
  private final String[] names;
  private final double[] idf;
  private final boolean[] isChar;
  private final long[] hashKeys;
  private final int[] hashValues;
  private final int hashMask;

  private FeatureSpace(String[] names, double[] idf) {
    this.names = names;
    this.idf = idf;
    this.index = new HashMap<>(names.length * 2);
    this.isChar = new boolean[names.length];
    int capacity = Integer.highestOneBit(Math.max(4, names.length * 3)) << 1;
    this.hashKeys = new long[capacity];
    this.hashValues = new int[capacity];
    this.hashMask = capacity - 1;
    for (int i = 0; i < names.length; i++) {
      index.put(names[i], i);
      isChar[i] = names[i].startsWith(TextFeatures.CHAR);
      long hash = FeatureHash.of(names[i]);
      int slot = (int) hash & hashMask;
      while (hashValues[slot] != 0) {
        slot = (slot + 1) & hashMask;
      }
      hashKeys[slot] = hash;
      hashValues[slot] = i + 1;
    }
  }

  /**
   * The features of training documents that occur in at least {@code minDf} of them, in sorted
   * order so the numbering does not depend on hashing.
   */
  public static FeatureSpace build(Collection<Map<String, Integer>> documents, int minDf) {
    Map<String, Integer> df = new HashMap<>();
    for (Map<String, Integer> document : documents) {
      document.keySet().forEach(feature -> df.merge(feature, 1, Integer::sum));
    }
    TreeMap<String, Integer> kept = new TreeMap<>();
    df.forEach(
        (feature, count) -> {
          if (count >= minDf) {
            kept.put(feature, count);
          }
        });
    String[] names = kept.keySet().toArray(String[]::new);
    double[] idf = new double[names.length];
    int n = documents.size();
    for (int i = 0; i < names.length; i++) {
      idf[i] = Math.log((1.0 + n) / (1.0 + kept.get(names[i]))) + 1;
    }
    return new FeatureSpace(names, idf);
  }

  public int size() {
    return names.length;
  }

  /** The name of the feature liblinear knows as {@code number} (1-based). */
  public String name(int number) {
    return names[number - 1];
  }

  /** Number (1-based) of the feature whose name has the given {@link FeatureHash}, 0 if none. */
  int number(long hash) {
    for (int slot = (int) hash & hashMask; hashValues[slot] != 0; slot = (slot + 1) & hashMask) {
      if (hashKeys[slot] == hash) {
        return hashValues[slot];
      }
    }
    return 0;
  }

  /**
   * The TF-IDF vector of a document given as the feature numbers of its n-gram occurrences, one per
   * occurrence; the same vector as {@link #vector(Map)} of the counts. Sorts {@code numbers}.
   */
  Feature[] vector(int[] numbers, int length) {
    Arrays.sort(numbers, 0, length);
    List<Feature> nodes = new ArrayList<>();
    for (int start = 0; start < length; ) {
      int end = start;
      while (end < length && numbers[end] == numbers[start]) {
        end++;
      }
      int i = numbers[start] - 1;
      nodes.add(new FeatureNode(i + 1, (1 + Math.log(end - start)) * idf[i]));
      start = end;
    }
    return normalised(nodes.toArray(Feature[]::new));
  }

  /** The TF-IDF vector of a document's feature counts, sorted by feature number. */
  public Feature[] vector(Map<String, Integer> counts) {
    List<Feature> nodes = new ArrayList<>(counts.size());
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      Integer i = index.get(count.getKey());
      if (i != null) {
        nodes.add(new FeatureNode(i + 1, (1 + Math.log(count.getValue())) * idf[i]));
      }
    }
    Feature[] vector = nodes.toArray(Feature[]::new);
    Arrays.sort(vector, (a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
    return normalised(vector);
  }

  /** Scales word and character features of a sorted vector to norm 1/√2 each (1 if alone). */
  private Feature[] normalised(Feature[] vector) {
    double wordNorm = 0;
    double charNorm = 0;
    for (Feature node : vector) {
      double value = node.getValue();
      if (isChar[node.getIndex() - 1]) {
        charNorm += value * value;
      } else {
        wordNorm += value * value;
      }
    }
    boolean both = wordNorm > 0 && charNorm > 0;
    double wordScale = wordNorm == 0 ? 0 : 1 / Math.sqrt(wordNorm) / (both ? Math.sqrt(2) : 1);
    double charScale = charNorm == 0 ? 0 : 1 / Math.sqrt(charNorm) / (both ? Math.sqrt(2) : 1);
    for (Feature node : vector) {
      node.setValue(node.getValue() * (isChar[node.getIndex() - 1] ? charScale : wordScale));
    }
    return vector;
  }

  /** One line per feature in number order: idf, a tab, the name. */
  public void write(Writer out) throws IOException {
    for (int i = 0; i < names.length; i++) {
      out.write(Double.toString(idf[i]));
      out.write('\t');
      out.write(names[i]);
      out.write('\n');
    }
  }

  /**
   * Reads what {@link #write} wrote.
   *
   * @throws IOException if a line is not an idf and a name
   */
  public static FeatureSpace read(BufferedReader in) throws IOException {
    List<String> names = new ArrayList<>();
    List<Double> idf = new ArrayList<>();
    int number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      int tab = line.indexOf('\t');
      try {
        if (tab <= 0) {
          throw new NumberFormatException("no tab");
        }
        idf.add(Double.parseDouble(line.substring(0, tab)));
        names.add(line.substring(tab + 1));
      } catch (NumberFormatException e) {
        throw new IOException("feature line " + number + " is not 'idf<TAB>name'", e);
      }
    }
    return new FeatureSpace(
        names.toArray(String[]::new), idf.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
