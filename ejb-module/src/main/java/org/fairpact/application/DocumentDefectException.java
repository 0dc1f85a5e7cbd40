package org.fairpact.application;

/**
 * The document itself cannot be analysed (corrupt, unreadable, empty of text, over a limit, not
 * done by its deadline). Retrying will not help, so the analysis fails at once with this reason
 * instead of going through redelivery. The {@link #code()} is the stable reason code the analysis
 * stores and the API shows beside the human-readable reason (e.g. {@code too-many-pages}).
 */
public class DocumentDefectException extends Exception {

  /** The code of a defect whose kind nobody named. */
  public static final String UNSPECIFIED = "unreadable-document";

  private final String code;

  public DocumentDefectException(String reason, String code, Throwable cause) {
    super(reason, cause);
    this.code = code == null ? UNSPECIFIED : code;
  }

  public DocumentDefectException(String reason, Throwable cause) {
    this(reason, UNSPECIFIED, cause);
  }

  /** The stable reason code, lower case with hyphens. */
  public String code() {
    return code;
  }
}
