package org.fairpact.analysis.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Page-level access to a loaded PDF: the text layer of one page and, for pages without one, a
 * rendering fit for OCR. Not thread-safe; one instance per document being read.
 */
final class PdfPages {

  /** Resolution at which scanned pages are rendered for OCR; tesseract is tuned for 300 DPI. */
  static final float OCR_DPI = 300f;

  /**
   * Below this many letters or digits a page counts as having no text layer. Scans often carry a
   * stamp or a page number as text, which must not hide the scanned body from OCR.
   */
  static final int MIN_TEXT_CHARACTERS = 20;

  private final PDDocument document;
  private final PDFTextStripper stripper;
  private PDFRenderer renderer;

  PdfPages(PDDocument document) throws IOException {
    this.document = document;
    this.stripper = new PDFTextStripper();
    stripper.setLineSeparator("\n");
    stripper.setParagraphStart("");
    stripper.setParagraphEnd("");
    stripper.setPageEnd("");
  }

  /** The text layer of a 1-based page. */
  String text(int pageNumber) throws IOException {
    stripper.setStartPage(pageNumber);
    stripper.setEndPage(pageNumber);
    return stripper.getText(document).strip();
  }

  /**
   * Renders a 1-based page in grey at {@link #OCR_DPI}, unless the rendering would have more than
   * {@code maxPixels} pixels (a page box of absurd size would claim gigabytes).
   */
  BufferedImage render(int pageNumber, long maxPixels) throws IOException, ExtractionException {
    PDRectangle box = document.getPage(pageNumber - 1).getCropBox();
    double scale = OCR_DPI / 72.0;
    double pixels = (box.getWidth() * scale) * (box.getHeight() * scale);
    if (pixels > maxPixels) {
      throw new ExtractionException(
          DefectCode.IMAGE_TOO_LARGE,
          "PDF page "
              + pageNumber
              + " would render to more than the limit of "
              + maxPixels
              + " pixels");
    }
    if (renderer == null) {
      renderer = new PDFRenderer(document);
    }
    return renderer.renderImageWithDPI(pageNumber - 1, OCR_DPI, ImageType.GRAY);
  }

  static boolean hasTextLayer(String text) {
    int count = 0;
    for (int i = 0; i < text.length() && count < MIN_TEXT_CHARACTERS; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        count++;
      }
    }
    return count >= MIN_TEXT_CHARACTERS;
  }
}
