/**
 * The engine's entry point: {@link org.fairpact.analysis.ContractAnalyzer} takes extracted text,
 * cuts it into clauses, matches each against the register and grades the best match as a {@link
 * org.fairpact.analysis.RiskLevel} using {@link org.fairpact.analysis.RiskThresholds}. {@link
 * org.fairpact.analysis.AnalysisResult} and {@link org.fairpact.analysis.ClauseFinding} are what
 * the application layer stores and shows. Plain Java without container dependencies, so the same
 * engine runs in the server and in a command line tool; it depends on every sub-package and none of
 * them depends on it.
 */
package org.fairpact.analysis;
