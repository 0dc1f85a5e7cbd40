package org.fairpact.analysis.extraction;

/**
 * Why a document cannot be analysed, as a stable code for programs: clients branch on it, metrics
 * count by it and the analysis stores it, so a code, once published, keeps its spelling. The
 * human-readable reason beside it may change wording at any time.
 */
public enum DefectCode {
  /** More pages than {@link ExtractionLimits#maxPages()} (for images, frames). */
  TOO_MANY_PAGES("too-many-pages"),
  /** More pages without a text layer than {@link ExtractionLimits#maxOcrPages()}. */
  TOO_MANY_OCR_PAGES("too-many-ocr-pages"),
  /** An image or page whose pixels exceed {@link ExtractionLimits#maxImagePixels()}. */
  IMAGE_TOO_LARGE("image-too-large"),
  /**
   * A PDF stream or DOCX part that inflates past {@link ExtractionLimits#maxDecompressedBytes()}.
   */
  DECOMPRESSED_SIZE_EXCEEDED("decompressed-size-exceeded"),
  /** More text than {@link ExtractionLimits#maxTextChars()}. */
  TEXT_TOO_LONG("text-too-long"),
  /** More clauses than {@link ExtractionLimits#maxClauses()}. */
  TOO_MANY_CLAUSES("too-many-clauses"),
  /** The document's processing {@link Deadline} passed before its analysis was done. */
  DEADLINE_EXCEEDED("deadline-exceeded"),
  /** One page took OCR longer than {@link ExtractionLimits#ocrPageTimeout()}. */
  OCR_TIMEOUT("ocr-timeout"),
  /** OCR refused a page image. */
  OCR_FAILED("ocr-failed"),
  CORRUPT_PDF("corrupt-pdf"),
  ENCRYPTED_PDF("encrypted-pdf"),
  CORRUPT_DOCX("corrupt-docx"),
  UNREADABLE_IMAGE("unreadable-image"),
  NOT_UTF8("not-utf8"),
  /** A document without pages (a PDF page tree or an image without frames). */
  NO_PAGES("no-pages"),
  /** Pages, but no readable text on them. */
  NO_TEXT("no-text");

  private final String code;

  DefectCode(String code) {
    this.code = code;
  }

  /** The stable code, lower case with hyphens, e.g. {@code too-many-pages}. */
  public String code() {
    return code;
  }
}
