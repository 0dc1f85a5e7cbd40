/**
 * Readers of the labelled data the classifier is trained and evaluated on: PAC's Polish clause CSV
 * and UNFAIR-ToS JSON Lines. Tolerant of other files of the same formats (column order, label
 * spellings), strict about what they cannot interpret. Depends only on {@code json}.
 */
package org.fairpact.analysis.dataset;
