/**
 * The trained clause classifier at run time, for clauses the register does not contain: loading a
 * model archive and checking it ({@link org.fairpact.analysis.classification.ClauseModel}, {@link
 * org.fairpact.analysis.classification.ModelDirectory}, the manifest read with JSON-P), TF-IDF
 * features (word and character n-grams), LIBLINEAR linear models with Platt-calibrated
 * probabilities, risk bands, and explanations as the clause's own words. Training the model and
 * writing its archive live in {@code org.fairpact.analysis.training} of analysis-tools, which
 * builds on the public types here; nothing here depends on it. Depends on {@code matching}
 * (languages); not on the engine's entry point.
 */
package org.fairpact.analysis.classification;
