package org.fairpact.analysis.training;

import org.fairpact.analysis.matching.Language;

/**
 * Whether the register alone already makes a clause a finding in production. Training tunes the
 * classifier's decision threshold for what production does, which is to report a clause when either
 * the register or the classifier flags it.
 */
@FunctionalInterface
public interface RegisterEvidence {

  /** No register: the classifier decides alone. */
  RegisterEvidence NONE = (text, language) -> false;

  boolean flags(String clauseText, Language language);
}
