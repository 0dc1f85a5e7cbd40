package org.fairpact.analysis.extraction;

import java.awt.image.BufferedImage;

/**
 * Port for optical character recognition of one page image. Implementations must be thread-safe.
 */
public interface OcrEngine {

  /**
   * Recognises the text on a page image, lines separated by {@code \n}.
   *
   * @throws ExtractionException if the image cannot be recognised for reasons of its own
   * @throws OcrUnavailableException if the OCR engine itself is missing, broken or too slow
   */
  String recognise(BufferedImage page) throws ExtractionException;
}
