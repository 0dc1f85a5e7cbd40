/**
 * Quality figures shared by training (tuning on dev data) and evaluation: confusion counts with
 * precision, recall, F1 and macro-F1, LexGLUE's multi-label micro/macro-F1, and {@link
 * org.fairpact.analysis.metrics.FigureJson}, which turns summaries of figures into JSON-P values
 * and one-line JSON text (the tools' last line, the model manifest). Part of analysis-tools;
 * depends on nothing of the engine.
 */
package org.fairpact.analysis.metrics;
