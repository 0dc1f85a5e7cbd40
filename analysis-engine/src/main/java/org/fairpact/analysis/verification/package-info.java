/**
 * Verification of register candidates that survives rewording: Polish lemmas (Morfologik) and
 * thesaurus synonyms ({@link org.fairpact.analysis.verification.Lemmatiser}, {@link
 * org.fairpact.analysis.verification.Synonyms}), a lemma index that retrieves candidate entries
 * ({@link org.fairpact.analysis.verification.LemmaIndex}), a trained pair verifier that scores
 * (clause, entry) pairs ({@link org.fairpact.analysis.verification.Verifier}) and the clause types
 * the register groups into ({@link org.fairpact.analysis.verification.ClauseTypes}).
 *
 * <p>Runtime only: the verifier's weights are a resource written by the trainer in analysis-tools.
 * Depends on the register and segmentation packages, never on matching's internals.
 */
package org.fairpact.analysis.verification;
