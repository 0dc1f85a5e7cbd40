package org.fairpact.analysis;

/** Which evidence set a finding's risk level. */
public enum RiskBasis {
  /** The clause resembles register entries; the register similarity set the level. */
  REGISTER,
  /**
   * No single entry matches, but the clause is of a type of clause the register holds many times
   * (its closest entries and its wording agree on the type); representative entries are evidence.
   */
  CLAUSE_TYPE,
  /** The trained classifier's probability set a level above what the register gave. */
  CLASSIFIER
}
