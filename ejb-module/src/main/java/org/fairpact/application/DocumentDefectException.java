package org.fairpact.application;

/**
 * The document itself cannot be analysed (corrupt, unreadable, empty of text). Retrying will not
 * help, so the analysis fails at once with this reason instead of going through redelivery.
 */
public class DocumentDefectException extends Exception {

  public DocumentDefectException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
