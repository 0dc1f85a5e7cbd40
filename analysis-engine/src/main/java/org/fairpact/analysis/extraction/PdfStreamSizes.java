package org.fairpact.analysis.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessReadWriteBuffer;

/**
 * Checks, before any page is read, that no stream of a PDF inflates past {@link
 * ExtractionLimits#maxDecompressedBytes()} and that no image in it has more pixels than {@link
 * ExtractionLimits#maxImagePixels()}. PDFBox 3 decodes a stream wholly into memory before handing
 * it on, so a few kilobytes of FlateDecode can claim gigabytes; here each stream runs through
 * PDFBox's own filters into a counting sink that stops at the limit, holding nothing. Image codecs
 * (DCT, JPX, CCITT, JBIG2) are not run: what they produce is bounded by the image's dimensions,
 * which are checked instead.
 */
final class PdfStreamSizes {

  private static final Set<COSName> IMAGE_CODECS =
      Set.of(
          COSName.DCT_DECODE,
          COSName.DCT_DECODE_ABBREVIATION,
          COSName.JPX_DECODE,
          COSName.CCITTFAX_DECODE,
          COSName.CCITTFAX_DECODE_ABBREVIATION,
          COSName.JBIG2_DECODE);

  private final ExtractionLimits limits;
  private final Deadline deadline;

  PdfStreamSizes(ExtractionLimits limits, Deadline deadline) {
    this.limits = limits;
    this.deadline = deadline;
  }

  /** Checks every stream the cross-reference table names. */
  void check(COSDocument document) throws IOException, ExtractionException {
    for (COSObjectKey key : List.copyOf(document.getXrefTable().keySet())) {
      deadline.check();
      COSBase object = document.getObjectFromPool(key).getObject();
      if (object instanceof COSStream stream) {
        check(stream);
      }
    }
  }

  private void check(COSStream stream) throws IOException, ExtractionException {
    if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
      long pixels =
          (long) stream.getInt(COSName.WIDTH, stream.getInt(COSName.W, 0))
              * stream.getInt(COSName.HEIGHT, stream.getInt(COSName.H, 0));
      if (pixels > limits.maxImagePixels()) {
        throw new ExtractionException(
            DefectCode.IMAGE_TOO_LARGE,
            "PDF holds an image of "
                + pixels
                + " pixels, more than the limit of "
                + limits.maxImagePixels());
      }
    }
    List<COSName> filters = filterNames(stream.getFilters());
    if (filters.isEmpty()) {
      return;
    }
    byte[] input = null;
    for (int index = 0; index < filters.size(); index++) {
      if (IMAGE_CODECS.contains(filters.get(index))) {
        return;
      }
      Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(index));
      boolean last = index == filters.size() - 1 || IMAGE_CODECS.contains(filters.get(index + 1));
      try (InputStream encoded =
          input == null ? stream.createRawInputStream() : new ByteArrayInputStream(input)) {
        if (last) {
          filter.decode(encoded, new Counting(limits.maxDecompressedBytes()), stream, index);
          return;
        }
        // an intermediate result feeds the next filter; it is held, but never past the limit
        try (RandomAccessReadWriteBuffer buffer = new RandomAccessReadWriteBuffer()) {
          Counting counted = new Counting(limits.maxDecompressedBytes());
          filter.decode(encoded, new Tee(counted, buffer), stream, index);
          buffer.seek(0);
          input = new byte[(int) buffer.length()];
          buffer.read(input);
        }
      } catch (IOException e) {
        if (!exceeded(e)) {
          throw e;
        }
        throw new ExtractionException(
            DefectCode.DECOMPRESSED_SIZE_EXCEEDED,
            "a PDF stream inflates to more than " + limits.maxDecompressedBytes() + " bytes",
            e);
      }
    }
  }

  private static boolean exceeded(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof Exceeded) {
        return true;
      }
    }
    return false;
  }

  private static List<COSName> filterNames(COSBase filters) {
    List<COSName> names = new ArrayList<>();
    if (filters instanceof COSName name) {
      names.add(name);
    } else if (filters instanceof COSArray array) {
      for (COSBase item : array) {
        if (item instanceof COSName name) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** Thrown by the sink to stop a filter at the limit; never leaves this class. */
  private static final class Exceeded extends IOException {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super("decoded size limit reached");
    }
  }

  /** Counts what a filter writes and throws {@link Exceeded} once past the limit. */
  private static final class Counting extends OutputStream {
    private final long limit;
    private long count;

    Counting(long limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count += len;
      if (count > limit) {
        throw new Exceeded();
      }
    }
  }

  /** Writes to the counter first, so nothing past the limit is ever buffered. */
  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final RandomAccessReadWriteBuffer second;

    Tee(OutputStream first, RandomAccessReadWriteBuffer second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      first.write(b, off, len);
      second.write(b, off, len);
    }
  }
}
