package org.fairpact.analysis;

/** Which evidence set a finding's risk level. */
public enum RiskBasis {
  /** The clause resembles register entries; the register similarity set the level. */
  REGISTER,
  /** The trained classifier's probability set a level above what the register gave. */
  CLASSIFIER
}
