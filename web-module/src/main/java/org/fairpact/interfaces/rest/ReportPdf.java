package org.fairpact.interfaces.rest;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * The report page ({@link ReportPage}) as PDF, by openhtmltopdf on PDFBox. The text is set in
 * Liberation Sans, the font PDFBox itself carries (SIL Open Font License, in PDFBox's LICENSE),
 * which has the Polish letters; it is embedded as a subset. Its regular face stands in for bold and
 * italic as well, so that no text falls back to a standard PDF font without them. The renderer
 * resolves no URI: the page references nothing outside itself, and nothing is fetched if it did.
 */
final class ReportPdf {

  static final String MEDIA_TYPE = "application/pdf";

  private static final String FONT_FAMILY = "Liberation Sans";
  private static final byte[] FONT =
      font("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");

  static {
    // openhtmltopdf says at INFO what it does on every render (fonts loaded, fast mode): only
    // warnings and errors go to the server log.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private ReportPdf() {}

  static byte[] render(String xhtml) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useUriResolver((base, uri) -> null);
    for (int weight : new int[] {400, 700}) {
      for (FontStyle style : new FontStyle[] {FontStyle.NORMAL, FontStyle.ITALIC}) {
        builder.useFont(() -> new ByteArrayInputStream(FONT), FONT_FAMILY, weight, style, true);
      }
    }
    builder.withHtmlContent(xhtml, null);
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the report as PDF", e);
    }
    return pdf.toByteArray();
  }

  private static byte[] font(String resource) {
    try (InputStream in = PdfRendererBuilder.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " missing from PDFBox");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
