/**
 * The trained clause classifier for clauses the register does not contain: TF-IDF features (word
 * and character n-grams), LIBLINEAR linear SVMs with Platt-calibrated probabilities, risk bands
 * calibrated on dev data, and explanations as the clause's own words. {@link
 * org.fairpact.analysis.classification.ClauseModel} is the versioned artefact (one zip file with a
 * manifest of provenance, licence and dev figures); {@link
 * org.fairpact.analysis.classification.ClauseModelTrainer} trains it reproducibly. Depends on
 * {@code matching} (languages), {@code dataset}, {@code metrics} and {@code json}; not on the
 * engine's entry point.
 */
package org.fairpact.analysis.classification;
