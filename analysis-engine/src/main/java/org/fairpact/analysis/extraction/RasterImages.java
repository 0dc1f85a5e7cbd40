package org.fairpact.analysis.extraction;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes PNG, JPEG and (multi-page) TIFF files into page images with the JDK's ImageIO, which has
 * read TIFF since Java 9. Each frame of a TIFF is a page.
 *
 * <p>Nothing is decoded before the whole file has been checked from its headers: the number of
 * frames (counted up to one past the limit, so a TIFF whose chain of image directories loops back
 * on itself ends the count instead of going on for ever) and the pixels of each frame, so a tiny
 * file cannot claim gigabytes of memory. Frames are then decoded one at a time, as OCR takes them.
 * Not thread-safe; one instance per document being read.
 */
final class RasterImages implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(RasterImages.class.getName());

  private final ImageInputStream input;
  private final ImageReader reader;
  private final int frames;

  private RasterImages(ImageInputStream input, ImageReader reader, int frames) {
    this.input = input;
    this.reader = reader;
    this.frames = frames;
  }

  /** Opens an image and checks its frames against the limits. */
  static RasterImages open(Path file, ExtractionLimits limits, Deadline deadline)
      throws ExtractionException {
    ImageInputStream input = null;
    ImageReader reader = null;
    try {
      input = ImageIO.createImageInputStream(file.toFile());
      if (input == null) {
        throw new ExtractionException(DefectCode.UNREADABLE_IMAGE, "image cannot be opened");
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw new ExtractionException(DefectCode.UNREADABLE_IMAGE, "unsupported image format");
      }
      reader = readers.next();
      reader.setInput(input, false, true);
      RasterImages images = new RasterImages(input, reader, countFrames(reader, limits, deadline));
      input = null;
      reader = null;
      return images;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "image cannot be read", e);
      throw new ExtractionException(DefectCode.UNREADABLE_IMAGE, "corrupt image", e);
    } finally {
      if (reader != null) {
        reader.dispose();
      }
      closeQuietly(input);
    }
  }

  private static int countFrames(ImageReader reader, ExtractionLimits limits, Deadline deadline)
      throws IOException, ExtractionException {
    int maxFrames = Math.min(limits.maxPages(), limits.maxOcrPages());
    int index = 0;
    for (; index <= maxFrames; index++) {
      deadline.check();
      long pixels;
      try {
        pixels = (long) reader.getWidth(index) * reader.getHeight(index);
      } catch (IndexOutOfBoundsException endOfFrames) {
        break;
      }
      if (index == maxFrames) {
        throw new ExtractionException(
            DefectCode.TOO_MANY_PAGES, "image has more than " + maxFrames + " pages");
      }
      if (pixels > limits.maxImagePixels()) {
        throw new ExtractionException(
            DefectCode.IMAGE_TOO_LARGE,
            "image page "
                + (index + 1)
                + " has "
                + pixels
                + " pixels, more than the limit of "
                + limits.maxImagePixels());
      }
    }
    if (index == 0) {
      throw new ExtractionException(DefectCode.NO_PAGES, "image has no pages");
    }
    return index;
  }

  int frames() {
    return frames;
  }

  /** Decodes a 0-based frame. */
  BufferedImage frame(int index) throws ExtractionException {
    try {
      return reader.read(index);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "image frame cannot be decoded", e);
      throw new ExtractionException(DefectCode.UNREADABLE_IMAGE, "corrupt image", e);
    }
  }

  @Override
  public void close() {
    reader.dispose();
    closeQuietly(input);
  }

  private static void closeQuietly(ImageInputStream input) {
    if (input == null) {
      return;
    }
    try {
      input.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "cannot close image stream", e);
    }
  }
}
