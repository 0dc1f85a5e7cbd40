package org.fairpact.analysis.matching;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A register entry that resembles a clause.
 *
 * @param registerNumber the entry's register number
 * @param similarity how close the clause is to the entry, from 0 (nothing shared) to 1 (the same
 *     words in the same order, after stemming); independent of the query, so thresholds apply
 * @param matchedText the entry's clause text as published in the register
 * @param sameWording the register numbers of other entries with the same wording (the same words in
 *     the same order, ignoring case and punctuation): the register publishes one clause under a new
 *     number for every business a court ruled against; ascending, may be empty
 * @param sharedWording the entry's passages the clause shares ({@link
 *     RegisterIndex#withSharedWording}); empty until asked for, since only evidence needs it
 * @param verified the pair verifier's probability that the clause is this entry, reworded or not
 *     ({@link org.fairpact.analysis.verification.Verifier}); empty where the verifier did not judge
 *     the pair (English clauses)
 */
public record RegisterMatch(
    int registerNumber,
    double similarity,
    String matchedText,
    List<Integer> sameWording,
    List<String> sharedWording,
    OptionalDouble verified) {

  public RegisterMatch {
    if (!(similarity >= 0.0 && similarity <= 1.0)) {
      throw new IllegalArgumentException("similarity outside [0,1]: " + similarity);
    }
    Objects.requireNonNull(matchedText, "matchedText");
    sameWording = List.copyOf(sameWording);
    sharedWording = List.copyOf(sharedWording);
    Objects.requireNonNull(verified, "verified");
  }

  /** A match the verifier did not judge. */
  public RegisterMatch(
      int registerNumber,
      double similarity,
      String matchedText,
      List<Integer> sameWording,
      List<String> sharedWording) {
    this(
        registerNumber,
        similarity,
        matchedText,
        sameWording,
        sharedWording,
        OptionalDouble.empty());
  }

  /** A match whose shared wording has not been asked for. */
  public RegisterMatch(
      int registerNumber, double similarity, String matchedText, List<Integer> sameWording) {
    this(registerNumber, similarity, matchedText, sameWording, List.of());
  }

  /** A match with an entry whose wording no other entry shares. */
  public RegisterMatch(int registerNumber, double similarity, String matchedText) {
    this(registerNumber, similarity, matchedText, List.of());
  }

  /** This match with the wording the clause shares with the entry. */
  RegisterMatch withSharedWording(List<String> passages) {
    return new RegisterMatch(
        registerNumber, similarity, matchedText, sameWording, passages, verified);
  }

  /** This match with the verifier's probability. */
  public RegisterMatch withVerified(double probability) {
    return new RegisterMatch(
        registerNumber,
        similarity,
        matchedText,
        sameWording,
        sharedWording,
        OptionalDouble.of(probability));
  }

  /** Whether this match is the entry with the given number or one with the same wording. */
  public boolean covers(int number) {
    return registerNumber == number || sameWording.contains(number);
  }
}
