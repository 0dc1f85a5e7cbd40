package org.fairpact.analysis.extraction;

import java.util.Objects;

/**
 * A document cannot be read because it is defective: corrupt, encrypted, empty, not what its type
 * says, or beyond a limit of {@link ExtractionLimits} or its {@link Deadline}. The message is a
 * human-readable reason (for example {@code "corrupt PDF: ..."}) meant to be shown to the person
 * who uploaded the file, and {@link #code()} the same for programs. Neither ever quotes the
 * document's content. Transient failures are never reported with this type, so a caller may mark
 * the document as failed for good.
 */
public class ExtractionException extends Exception {

  private static final long serialVersionUID = 1L;

  private final DefectCode defect;

  public ExtractionException(DefectCode defect, String reason) {
    super(reason);
    this.defect = Objects.requireNonNull(defect, "defect");
  }

  public ExtractionException(DefectCode defect, String reason, Throwable cause) {
    super(reason, cause);
    this.defect = Objects.requireNonNull(defect, "defect");
  }

  /** The human-readable reason, identical to {@link #getMessage()}. */
  public String reason() {
    return getMessage();
  }

  /** What kind of defect it is. */
  public DefectCode defect() {
    return defect;
  }

  /** The defect's stable code, e.g. {@code too-many-pages}. */
  public String code() {
    return defect.code();
  }
}
