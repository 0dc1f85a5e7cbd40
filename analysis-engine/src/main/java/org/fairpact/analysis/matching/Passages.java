package org.fairpact.analysis.matching;

import java.util.ArrayList;
import java.util.List;
import org.fairpact.analysis.matching.Analyzers.Token;
import org.fairpact.analysis.segmentation.ClauseSegmenter;

/**
 * A text as the parts it can be matched by: the whole text and, when it has several sentences, each
 * sentence and each pair of adjacent sentences.
 *
 * <p>Contracts and the register cut clauses differently: a contract paragraph may hold a short
 * register clause among other sentences, and a long register entry may be copied only in part.
 * Comparing parts with parts finds both. A part of the contract clause matching a whole entry
 * counts in full (the contract contains the abusive clause); a part of an entry counts less, by
 * {@link #partialWeight(double)}, because the court ruled on the whole entry. Parts with fewer than
 * {@link #MIN_PART_TERMS} distinct terms are too small to say anything and are left out.
 */
final class Passages {

  static final int MIN_PART_TERMS = 5;

  /** Longest run of adjacent sentences compared as one part. */
  static final int MAX_PART_SENTENCES = 2;

  /** Similarity factor for a part of an entry that carries none of the entry's weight. */
  static final double PARTIAL_BASE = 0.7;

  private final List<Part> parts;

  private Passages(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /**
   * The parts of a normalised text.
   *
   * @param text the text, already normalised
   * @param tokens the text's analysed tokens, with offsets into {@code text}
   */
  static Passages of(
      String text, List<Token> tokens, Vocabulary vocabulary, ClauseSegmenter segmenter) {
    TermProfile whole = vocabulary.profile(Analyzers.terms(tokens));
    List<Part> parts = new ArrayList<>();
    parts.add(new Part(whole, 1.0, true));
    List<Integer> starts = sentenceStarts(text, segmenter);
    if (starts.size() >= 2 && whole.weight() > 0) {
      for (int size = 1; size <= MAX_PART_SENTENCES && size < starts.size(); size++) {
        for (int first = 0; first + size <= starts.size(); first++) {
          int from = starts.get(first);
          int to = first + size < starts.size() ? starts.get(first + size) : text.length();
          TermProfile profile = vocabulary.profile(termsBetween(tokens, from, to));
          if (profile.distinctTerms() >= MIN_PART_TERMS) {
            parts.add(new Part(profile, Math.min(1.0, profile.weight() / whole.weight()), false));
          }
        }
      }
    }
    return new Passages(parts);
  }

  /**
   * Best similarity of any part of this text (the contract clause) with any part of the entry,
   * discounted when only part of the entry matched.
   */
  double similarity(Passages entry) {
    double best = 0;
    for (Part candidate : entry.parts) {
      double factor = candidate.whole() ? 1.0 : partialWeight(candidate.coverage());
      if (factor <= best) {
        continue;
      }
      for (Part query : parts) {
        best = Math.max(best, factor * query.profile().similarity(candidate.profile()));
      }
    }
    return best;
  }

  /** Factor for a match with a part of an entry carrying {@code coverage} of its weight. */
  static double partialWeight(double coverage) {
    return PARTIAL_BASE + (1 - PARTIAL_BASE) * coverage;
  }

  private static List<Integer> sentenceStarts(String text, ClauseSegmenter segmenter) {
    List<Integer> starts = new ArrayList<>();
    int position = 0;
    for (String sentence : segmenter.sentences(text)) {
      int start = text.indexOf(sentence, position);
      if (start < 0) {
        break;
      }
      starts.add(start);
      position = start + sentence.length();
    }
    return starts;
  }

  private static List<String> termsBetween(List<Token> tokens, int from, int to) {
    List<String> terms = new ArrayList<>();
    for (Token token : tokens) {
      if (token.start() >= from && token.start() < to) {
        terms.add(token.term());
      }
    }
    return terms;
  }

  private record Part(TermProfile profile, double coverage, boolean whole) {}
}
