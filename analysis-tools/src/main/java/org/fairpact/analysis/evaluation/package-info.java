/**
 * Measuring the engine as production runs it: evaluations over labelled clause files (PAC,
 * UNFAIR-ToS) and over a register export (retrieval of reworded entries), the deterministic
 * rewordings those use, and the speed benchmark. Part of analysis-tools: uses the engine's entry
 * point and its sub-packages, {@code dataset} and {@code metrics}; nothing in the engine depends on
 * it.
 */
package org.fairpact.analysis.evaluation;
