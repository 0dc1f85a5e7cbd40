/**
 * Finds the register entries a contract clause resembles. {@link
 * org.fairpact.analysis.matching.RegisterIndex} keeps the register in an in-memory Lucene index,
 * analysed with Polish (Stempel) and English stemming, retrieves candidates with BM25 and then
 * scores them with a similarity in [0, 1] that means the same for every query, so that fixed risk
 * thresholds can be applied to it. Depends on the register and segmentation packages and on Lucene.
 */
package org.fairpact.analysis.matching;
