package org.fairpact.analysis.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes PNG, JPEG and (multi-page) TIFF files into page images with the JDK's ImageIO, which has
 * read TIFF since Java 9. Each frame of a TIFF is a page.
 */
final class RasterImages {

  /** Refuses absurd dimensions before decoding, so a tiny file cannot claim gigabytes of memory. */
  static final long MAX_PIXELS_PER_PAGE = 120_000_000L;

  /** A scanned contract longer than this is almost certainly not a contract. */
  static final int MAX_PAGES = 200;

  private RasterImages() {}

  static List<BufferedImage> read(Path file) throws ExtractionException {
    try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
      if (input == null) {
        throw new ExtractionException("image cannot be opened");
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw new ExtractionException("unsupported image format");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, false, true);
        return frames(reader);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException("corrupt image: " + e.getMessage(), e);
    }
  }

  private static List<BufferedImage> frames(ImageReader reader)
      throws IOException, ExtractionException {
    List<BufferedImage> frames = new ArrayList<>();
    for (int index = 0; index < MAX_PAGES; index++) {
      try {
        long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
        if (pixels > MAX_PIXELS_PER_PAGE) {
          throw new ExtractionException("image page " + (index + 1) + " is too large to OCR");
        }
      } catch (IndexOutOfBoundsException endOfFrames) {
        break;
      }
      frames.add(reader.read(index));
    }
    if (frames.isEmpty()) {
      throw new ExtractionException("image has no pages");
    }
    return frames;
  }
}
