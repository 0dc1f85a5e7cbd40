package org.fairpact.analysis.extraction;

/**
 * OCR could not run: the engine is not installed, lacks a language, did not finish in time or was
 * interrupted. Unchecked and distinct from {@link ExtractionException} because the document is not
 * at fault; the work should be retried once the environment is fixed.
 */
public class OcrUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OcrUnavailableException(String message) {
    super(message);
  }

  public OcrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
