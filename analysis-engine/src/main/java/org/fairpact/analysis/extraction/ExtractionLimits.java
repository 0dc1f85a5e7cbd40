package org.fairpact.analysis.extraction;

import java.time.Duration;

/**
 * How much work one document may cause, so that no single upload can hold a worker, the memory or
 * the cores of an instance. A document over a limit fails at once with the limit's {@link
 * DefectCode}; limits are checked before the expensive step they guard (pixels before decoding,
 * page counts before OCR).
 *
 * @param maxPages pages of a PDF, frames of an image ({@code too-many-pages})
 * @param maxOcrPages pages that need OCR, scanned PDF pages and image frames ({@code
 *     too-many-ocr-pages})
 * @param maxImagePixels pixels of one image frame, read from its header before decoding, and of an
 *     image inside a PDF ({@code image-too-large})
 * @param maxDecompressedBytes bytes one PDF stream or one DOCX part may inflate to ({@code
 *     decompressed-size-exceeded})
 * @param maxTextChars characters of extracted text ({@code text-too-long})
 * @param maxClauses clauses one document may be segmented into ({@code too-many-clauses})
 * @param ocrPageTimeout how long OCR of one page may run before its process is killed ({@code
 *     ocr-timeout})
 */
public record ExtractionLimits(
    int maxPages,
    int maxOcrPages,
    long maxImagePixels,
    long maxDecompressedBytes,
    int maxTextChars,
    int maxClauses,
    Duration ocrPageTimeout) {

  public static final int DEFAULT_MAX_PAGES = 1_000;
  public static final int DEFAULT_MAX_OCR_PAGES = 50;
  public static final long DEFAULT_MAX_IMAGE_PIXELS = 50_000_000L;
  public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 100L * 1024 * 1024;
  public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;
  public static final int DEFAULT_MAX_CLAUSES = 5_000;
  public static final Duration DEFAULT_OCR_PAGE_TIMEOUT = Duration.ofSeconds(60);

  public ExtractionLimits {
    positive(maxPages, "maxPages");
    positive(maxOcrPages, "maxOcrPages");
    positive(maxImagePixels, "maxImagePixels");
    positive(maxDecompressedBytes, "maxDecompressedBytes");
    positive(maxTextChars, "maxTextChars");
    positive(maxClauses, "maxClauses");
    if (ocrPageTimeout.isNegative() || ocrPageTimeout.isZero()) {
      throw new IllegalArgumentException("ocrPageTimeout must be positive: " + ocrPageTimeout);
    }
  }

  /**
   * 1,000 pages, 50 OCR pages (about a minute of OCR on two cores), 50 million pixels (an A4 page
   * scanned at 600 DPI has 35 million), 100 MiB per stream or part, 2,000,000 characters (a
   * 100-page contract has about 300,000), 5,000 clauses and 60 s of OCR per page.
   */
  public static ExtractionLimits defaults() {
    return new ExtractionLimits(
        DEFAULT_MAX_PAGES,
        DEFAULT_MAX_OCR_PAGES,
        DEFAULT_MAX_IMAGE_PIXELS,
        DEFAULT_MAX_DECOMPRESSED_BYTES,
        DEFAULT_MAX_TEXT_CHARS,
        DEFAULT_MAX_CLAUSES,
        DEFAULT_OCR_PAGE_TIMEOUT);
  }

  private static void positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
