/**
 * Splits a document's text into {@link org.fairpact.analysis.segmentation.Clause clauses}, the unit
 * that is compared with the register: numbered paragraphs, blank-line separated blocks, and the
 * sentences of paragraphs too long to be one clause. Clauses keep exact character offsets into the
 * extracted text so a finding can be highlighted where it stands. Depends only on the extraction
 * package's {@link org.fairpact.analysis.extraction.ExtractedText}.
 */
package org.fairpact.analysis.segmentation;
