package org.fairpact.analysis.extraction;

import java.nio.file.Path;

/**
 * Port for turning a stored document into text. Implementations must be safe to call from several
 * threads at once, because analyses run concurrently.
 */
public interface TextExtractor {

  /**
   * Extracts the document's text page by page, stopping its work when the deadline passes.
   *
   * @throws ExtractionException if the document itself is defective (corrupt, encrypted, not of the
   *     stated type, over a limit, or not read by the deadline); retrying will not help.
   *     Environment failures (I/O errors, OCR not installed) are unchecked so that a caller can let
   *     its transaction roll back and retry later.
   */
  ExtractedText extract(Path file, DocumentType type, Deadline deadline) throws ExtractionException;

  /**
   * Extracts the document's text like {@link #extract(Path, DocumentType, Deadline)} but without
   * running OCR: a document with pages only OCR can read (and every image) is not read.
   *
   * @throws OcrNeededException if OCR would be needed; nothing was recognised
   */
  ExtractedText extractTextLayers(Path file, DocumentType type, Deadline deadline)
      throws ExtractionException, OcrNeededException;

  /** Extracts the document's text without a deadline. */
  default ExtractedText extract(Path file, DocumentType type) throws ExtractionException {
    return extract(file, type, Deadline.none());
  }
}
