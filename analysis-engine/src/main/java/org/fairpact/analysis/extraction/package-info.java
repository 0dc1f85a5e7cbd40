/**
 * Turns an uploaded contract file into plain text with page boundaries: type detection by magic
 * bytes ({@link org.fairpact.analysis.extraction.DocumentTypes}), the {@link
 * org.fairpact.analysis.extraction.TextExtractor} port with its PDFBox/POI based default, and the
 * {@link org.fairpact.analysis.extraction.OcrEngine} port for scanned pages, backed by the {@code
 * tesseract} command. Every document is read within {@link
 * org.fairpact.analysis.extraction.ExtractionLimits} and its {@link
 * org.fairpact.analysis.extraction.Deadline}; a defective document, or one over a limit, fails with
 * an {@link org.fairpact.analysis.extraction.ExtractionException} carrying a stable {@link
 * org.fairpact.analysis.extraction.DefectCode}. Nothing here knows about clauses or the register;
 * the package depends only on PDFBox, POI and the JDK, and everything else in the engine may depend
 * on it.
 */
package org.fairpact.analysis.extraction;
