package org.fairpact.analysis.extraction;

import java.nio.file.Path;

/**
 * Port for turning a stored document into text. Implementations must be safe to call from several
 * threads at once, because analyses run concurrently.
 */
public interface TextExtractor {

  /**
   * Extracts the document's text page by page.
   *
   * @throws ExtractionException if the document itself is defective (corrupt, encrypted, not of the
   *     stated type); retrying will not help. Environment failures (I/O errors, OCR not installed)
   *     are unchecked so that a caller can let its transaction roll back and retry later.
   */
  ExtractedText extract(Path file, DocumentType type) throws ExtractionException;
}
