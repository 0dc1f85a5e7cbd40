/**
 * Readers of the labelled data the classifier is trained and evaluated on: PAC's Polish clause CSV
 * and UNFAIR-ToS JSON Lines (read with JSON-P). Tolerant of other files of the same formats (column
 * order, label spellings), strict about what they cannot interpret. Part of analysis-tools, never
 * deployed; depends on nothing of the engine.
 */
package org.fairpact.analysis.dataset;
