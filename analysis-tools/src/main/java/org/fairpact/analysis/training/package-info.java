/**
 * Training the clause model: {@link org.fairpact.analysis.training.ClauseModelTrainer} trains the
 * Polish and English classifiers reproducibly on the train splits and tunes them on dev data (C,
 * probability sigmoid, thresholds, risk bands; cross-validation with near-duplicates kept in one
 * fold), and {@link org.fairpact.analysis.training.ClauseModelArchiveWriter} assembles the
 * versioned model and writes its archive, which the engine's {@code classification} package reads.
 * Part of analysis-tools, never deployed. Depends on the engine's public classification types,
 * {@code dataset} and {@code metrics}; only {@code cli} depends on it.
 */
package org.fairpact.analysis.training;
