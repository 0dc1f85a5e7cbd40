package org.fairpact.it.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** A page "scan": text rendered into a PNG at about 300 DPI, with no text layer at all. */
public final class ScannedPage {

  private static final int WIDTH = 2480;
  private static final int MARGIN = 150;

  private ScannedPage() {}

  /** The same scan as the only content of a one-page PDF: a PDF without any text layer. */
  public static byte[] pdf(String text) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDImageXObject scan = PDImageXObject.createFromByteArray(document, png(text), "scan.png");
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float width = PDRectangle.A4.getWidth();
        float height = width * scan.getHeight() / scan.getWidth();
        content.drawImage(scan, 0, PDRectangle.A4.getHeight() - height, width, height);
      }
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return pdf.toByteArray();
    }
  }

  public static byte[] png(String text) throws IOException {
    BufferedImage page = new BufferedImage(WIDTH, 1200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = page.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, page.getWidth(), page.getHeight());
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SERIF, Font.PLAIN, 48));
      FontMetrics metrics = g.getFontMetrics();
      int y = MARGIN + metrics.getAscent();
      for (String line : wrap(text, metrics)) {
        g.drawString(line, MARGIN, y);
        y += metrics.getHeight() + 8;
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(page, "png", png);
    return png.toByteArray();
  }

  private static List<String> wrap(String text, FontMetrics metrics) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (metrics.stringWidth(candidate) > WIDTH - 2 * MARGIN && !line.isEmpty()) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
