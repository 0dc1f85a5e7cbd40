/**
 * Quality figures shared by training (tuning on dev data) and evaluation: confusion counts with
 * precision, recall, F1 and macro-F1, and LexGLUE's multi-label micro/macro-F1. Depends on nothing.
 */
package org.fairpact.analysis.metrics;
