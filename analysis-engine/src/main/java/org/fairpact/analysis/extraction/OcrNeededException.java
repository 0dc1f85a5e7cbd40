package org.fairpact.analysis.extraction;

/**
 * The document has pages only OCR can read, and the extraction was asked to read text layers only
 * (a worker that keeps OCR for another queue). Not a defect: the same document read with OCR may
 * well succeed.
 */
public class OcrNeededException extends Exception {

  private static final long serialVersionUID = 1L;

  public OcrNeededException(String detail) {
    super(detail, null, false, false);
  }
}
