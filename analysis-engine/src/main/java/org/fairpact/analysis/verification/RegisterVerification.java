package org.fairpact.analysis.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The register prepared for verification: a {@link LemmaIndex} over its entries, each entry's
 * {@link ClauseTypes type}, and the {@link Verifier}. For a clause it retrieves {@link #CANDIDATES}
 * entries by lemmas and synonyms, scores each pair, and sums the probability of the candidates of
 * the clause's own type. Immutable and thread-safe.
 */
public final class RegisterVerification {

  /**
   * Clauses with fewer distinct lemmas are not verified: a heading ("Regulamin sklepu
   * internetowego") is covered whole by any entry that names it, which says nothing.
   */
  public static final int MIN_LEMMAS = 5;

  /** Entries retrieved and verified per clause. */
  public static final int CANDIDATES = 30;

  private final LemmaIndex index;
  private final List<Optional<ClauseType>> types;
  private final Verifier verifier;

  private RegisterVerification(
      LemmaIndex index, List<Optional<ClauseType>> types, Verifier verifier) {
    this.index = index;
    this.types = types;
    this.verifier = verifier;
  }

  /** Prepares entry texts, in the order whose positions are the ordinals, with a verifier. */
  public static RegisterVerification build(List<String> texts, Verifier verifier) {
    return build(texts, verifier, Optional.empty());
  }

  /**
   * Prepares entry texts with a verifier, reusing what a previous preparation of the register
   * already lemmatised ({@link LemmaIndex#build(List, Synonyms, Optional)}).
   */
  public static RegisterVerification build(
      List<String> texts, Verifier verifier, Optional<RegisterVerification> previous) {
    LemmaIndex index =
        LemmaIndex.build(texts, Synonyms.bundled(), previous.map(RegisterVerification::index));
    List<Optional<ClauseType>> types = new ArrayList<>(index.size());
    for (int i = 0; i < index.size(); i++) {
      types.add(ClauseTypes.of(index.entry(i).lemmas()));
    }
    return new RegisterVerification(index, List.copyOf(types), verifier);
  }

  /** Prepares entry texts with the bundled verifier. */
  public static RegisterVerification build(List<String> texts) {
    return build(texts, Verifier.bundled());
  }

  /** Prepares entry texts with the bundled verifier, reusing a previous preparation's lemmas. */
  public static RegisterVerification build(
      List<String> texts, Optional<RegisterVerification> previous) {
    return build(texts, Verifier.bundled(), previous);
  }

  /** The same register with another verifier (for training and evaluation). */
  public RegisterVerification with(Verifier other) {
    return new RegisterVerification(index, types, other);
  }

  /** The verifier. */
  public Verifier verifier() {
    return verifier;
  }

  /** The lemma index. */
  public LemmaIndex index() {
    return index;
  }

  /** The type of the entry at an ordinal. */
  public Optional<ClauseType> type(int ordinal) {
    return types.get(ordinal);
  }

  /** Verifies a clause against the register. */
  public Verdict verify(String clauseText) {
    LemmaProfile clause = index.profile(clauseText);
    Optional<ClauseType> type = ClauseTypes.of(clause.lemmas());
    if (clause.weights().size() < MIN_LEMMAS) {
      return new Verdict(List.of(), type, 0, verifier.thresholds());
    }
    List<LemmaIndex.Retrieved> retrieved = index.candidates(clause, CANDIDATES);
    double best = retrieved.isEmpty() ? 0 : retrieved.get(0).score();
    List<Verdict.Verified> verified = new ArrayList<>();
    double typeScore = 0;
    Set<String> near = index.synonymsOf(clause);
    for (int rank = 0; rank < retrieved.size(); rank++) {
      LemmaIndex.Retrieved r = retrieved.get(rank);
      double[] features =
          PairFeatures.of(
              clause, near, index.entry(r.ordinal()), index.synonyms(), r.score(), rank, best);
      double p = verifier.probability(features);
      Optional<ClauseType> entryType = types.get(r.ordinal());
      boolean fits = entryType.map(t -> ClauseTypes.fits(t, clause.lemmas())).orElse(true);
      verified.add(new Verdict.Verified(r.ordinal(), p, r.score(), entryType, features[2], fits));
      if (type.isPresent() && entryType.equals(type)) {
        typeScore += p;
      }
    }
    verified.sort(Comparator.comparingDouble(Verdict.Verified::probability).reversed());
    return new Verdict(verified, type, typeScore, verifier.thresholds());
  }
}
