/**
 * Turns an uploaded contract file into plain text with page boundaries: type detection by magic
 * bytes ({@link org.fairpact.analysis.extraction.DocumentTypes}), the {@link
 * org.fairpact.analysis.extraction.TextExtractor} port with its PDFBox/POI based default, and the
 * {@link org.fairpact.analysis.extraction.OcrEngine} port for scanned pages, backed by the {@code
 * tesseract} command. Nothing here knows about clauses or the register; the package depends only on
 * PDFBox, POI and the JDK, and everything else in the engine may depend on it.
 */
package org.fairpact.analysis.extraction;
