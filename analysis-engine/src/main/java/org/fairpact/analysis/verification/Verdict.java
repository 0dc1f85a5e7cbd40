package org.fairpact.analysis.verification;

import java.util.List;
import java.util.Optional;

/**
 * What verification concludes about a clause.
 *
 * @param candidates the retrieved entries with the verifier's probability, most probable first
 * @param type the clause's type when its wording fits one ({@link ClauseTypes})
 * @param typeScore the summed probability of the candidates of that type (0 without a type)
 * @param thresholds the verifier's thresholds
 */
public record Verdict(
    List<Verified> candidates,
    Optional<ClauseType> type,
    double typeScore,
    Verifier.Thresholds thresholds) {

  public Verdict {
    candidates = List.copyOf(candidates);
  }

  /** The best pair's probability, 0 without candidates. */
  public double best() {
    return candidates.isEmpty() ? 0 : candidates.get(0).probability();
  }

  /**
   * The least share of the best entry's lemma weight the clause must hold to be that entry: a
   * clause that repeats the harmless part of an entry is not the clause the court ruled on ("Umowę
   * sporządzono w dwóch jednobrzmiących egzemplarzach" holds 0.34 of entry 2409, whose abusive part
   * is the fiction of individual agreement; the first half of entry 3500, without "nie mogą
   * stanowić podstawy do reklamacji", holds 0.52), while a light rewording of entry 1364 holds
   * 0.60. On the written train split 0.55 flags as many light rewordings as 0.5 (0.970).
   */
  public static final double MIN_ENTRY_COVERED = 0.55;

  /** Whether the clause is, by the verifier, a register entry. */
  public boolean matched() {
    if (candidates.isEmpty()) {
      return false;
    }
    Verified first = candidates.get(0);
    return first.probability() >= thresholds.match()
        && first.entryCovered() >= MIN_ENTRY_COVERED
        && first.fitsItsType();
  }

  /**
   * Whether the clause is, by its type and its type's entries among its candidates, that type: the
   * candidates of its type together reach the type threshold, and the most probable of them reaches
   * the evidence threshold on its own (a clause on a register topic whose candidates are each only
   * a little alike is a lawful clause on that topic as often as not).
   */
  public boolean typed() {
    if (type.isEmpty() || typeScore < thresholds.type()) {
      return false;
    }
    List<Verified> ofType = ofType();
    return !ofType.isEmpty() && ofType.get(0).probability() >= thresholds.evidence();
  }

  /** The candidates of the clause's type, most probable first. */
  public List<Verified> ofType() {
    return type.map(t -> candidates.stream().filter(c -> c.type().equals(type)).toList())
        .orElse(List.of());
  }

  /**
   * A candidate entry and the verifier's verdict on it.
   *
   * @param ordinal the entry's position in the register the index was built from
   * @param probability the verifier's probability that the clause is this entry
   * @param retrieval the lemma retrieval cosine
   * @param type the entry's type
   * @param entryCovered the share of the entry's lemma weight the clause holds (synonyms at half)
   * @param fitsItsType whether the clause names what makes the entry's type abusive (its lemma
   *     groups), or the entry has no type: "sąd właściwy miejscowo" is not the entry naming "sąd
   *     właściwy dla siedziby Organizatora", however alike the rest
   */
  public record Verified(
      int ordinal,
      double probability,
      double retrieval,
      Optional<ClauseType> type,
      double entryCovered,
      boolean fitsItsType) {}
}
