package org.fairpact.analysis.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Recognises documents by their content (magic bytes) rather than by name, because uploads arrive
 * with arbitrary names and browsers guess content types.
 */
public final class DocumentTypes {

  /** How much of a file is inspected to decide whether it is text. */
  static final int TEXT_PROBE_BYTES = 64 * 1024;

  private static final Logger LOG = Logger.getLogger(DocumentTypes.class.getName());
  private static final byte[] PDF = {'%', 'P', 'D', 'F'};
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] TIFF_LE = {'I', 'I', '*', 0};
  private static final byte[] TIFF_BE = {'M', 'M', 0, '*'};

  private DocumentTypes() {}

  /**
   * Detects the type of a document.
   *
   * @return empty for an empty file or one of no supported type (including ZIP archives that are
   *     not Word documents and binary files)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Optional<DocumentType> detect(Path file) {
    byte[] head = readHead(file);
    if (head.length == 0) {
      return Optional.empty();
    }
    if (startsWith(head, PDF)) {
      return Optional.of(DocumentType.PDF);
    }
    if (startsWith(head, ZIP)) {
      return isWordPackage(file) ? Optional.of(DocumentType.DOCX) : Optional.empty();
    }
    if (imageMediaType(head).isPresent()) {
      return Optional.of(DocumentType.IMAGE);
    }
    return isUtf8Text(head, Files.isRegularFile(file) && sizeOf(file) > head.length)
        ? Optional.of(DocumentType.TEXT)
        : Optional.empty();
  }

  /**
   * The exact media type of a document, e.g. {@code image/tiff} where {@link DocumentType#IMAGE}
   * only says {@code image/*}.
   */
  public static Optional<String> detectMediaType(Path file) {
    return detect(file)
        .map(
            type ->
                type == DocumentType.IMAGE
                    ? imageMediaType(readHead(file)).orElseThrow()
                    : type.mediaType());
  }

  /**
   * Whether extracting the document will need OCR: always for images, and for a PDF when some page
   * has no usable text layer. The PDF check parses the document and strips page text, which is
   * cheap next to OCR itself. A PDF that cannot be parsed answers {@code false}; extraction will
   * report the defect.
   */
  public static boolean needsOcr(Path file, DocumentType type) {
    return switch (type) {
      case IMAGE -> true;
      case PDF -> pdfNeedsOcr(file);
      case DOCX, TEXT -> false;
    };
  }

  private static boolean pdfNeedsOcr(Path file) {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      PdfPages pages = new PdfPages(document);
      for (int number = 1; number <= document.getNumberOfPages(); number++) {
        if (!PdfPages.hasTextLayer(pages.text(number))) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      LOG.log(Level.FINE, "PDF cannot be parsed for the OCR check: {0}", e.getMessage());
      return false;
    }
  }

  static Optional<String> imageMediaType(byte[] head) {
    if (startsWith(head, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(head, JPEG)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(head, TIFF_LE) || startsWith(head, TIFF_BE)) {
      return Optional.of("image/tiff");
    }
    return Optional.empty();
  }

  private static boolean isWordPackage(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry("word/document.xml") != null;
    } catch (ZipException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Valid UTF-8 without NUL bytes. When the probe is only the head of a longer file, a multi-byte
   * character cut off at its end is not held against it.
   */
  static boolean isUtf8Text(byte[] head, boolean truncated) {
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(head);
    CharBuffer out = CharBuffer.allocate(head.length);
    CoderResult result = decoder.decode(in, out, !truncated);
    if (result.isError()) {
      return false;
    }
    return truncated ? in.remaining() < 4 : !in.hasRemaining() && !decoder.flush(out).isError();
  }

  private static byte[] readHead(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(TEXT_PROBE_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length
        && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
  }
}
