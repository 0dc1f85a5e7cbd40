package org.fairpact.analysis.extraction;

/**
 * A document cannot be read because it is defective: corrupt, encrypted, empty or not what its type
 * says. The message is a human-readable reason (for example {@code "corrupt PDF: ..."}) meant to be
 * shown to the person who uploaded the file. Transient failures are never reported with this type,
 * so a caller may mark the document as failed for good.
 */
public class ExtractionException extends Exception {

  private static final long serialVersionUID = 1L;

  public ExtractionException(String reason) {
    super(reason);
  }

  public ExtractionException(String reason, Throwable cause) {
    super(reason, cause);
  }

  /** The human-readable reason, identical to {@link #getMessage()}. */
  public String reason() {
    return getMessage();
  }
}
