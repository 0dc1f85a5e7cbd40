/**
 * The engine's entry point: {@link org.fairpact.analysis.ContractAnalyzer} takes extracted text,
 * cuts it into clauses, matches each against the register and grades the best match as a {@link
 * org.fairpact.analysis.RiskLevel} using {@link org.fairpact.analysis.RiskThresholds}; given a
 * {@link org.fairpact.analysis.classification.ClauseModel} it also classifies each clause and
 * grades the probability with the model's calibrated bands. {@link
 * org.fairpact.analysis.AnalysisResult} and {@link org.fairpact.analysis.ClauseFinding} are what
 * the application layer stores and shows. Plain Java without container dependencies, so the same
 * engine runs in the server and in a command line tool. It depends on the sub-packages that do the
 * work (extraction, segmentation, register, matching, classification), none of which depends on it.
 * analysis-tools ({@code training}, {@code evaluation}, {@code dataset}, {@code metrics}, {@code
 * cli}) sits on top of it; the engine never depends on that module.
 */
package org.fairpact.analysis;
