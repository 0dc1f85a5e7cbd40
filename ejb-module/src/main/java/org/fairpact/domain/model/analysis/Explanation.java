package org.fairpact.domain.model.analysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Part of the classifier's explanation of a finding: words of the clause and the model feature
 * behind them, with how much they pushed the clause towards "abusive".
 */
@Embeddable
public class Explanation {

  @Column(nullable = false)
  private int rank;

  @Column(nullable = false)
  private String phrase;

  @Column(nullable = false)
  private String feature;

  @Column(nullable = false)
  private double weight;

  protected Explanation() {}

  public Explanation(int rank, String phrase, String feature, double weight) {
    this.rank = rank;
    this.phrase = phrase;
    this.feature = feature;
    this.weight = weight;
  }

  public int rank() {
    return rank;
  }

  /** The clause's own words, as they appear in it. */
  public String phrase() {
    return phrase;
  }

  public String feature() {
    return feature;
  }

  public double weight() {
    return weight;
  }
}
