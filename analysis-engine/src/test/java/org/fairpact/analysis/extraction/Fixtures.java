package org.fairpact.analysis.extraction;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Builds test documents in a temporary folder, so no binary fixtures live in the repository. */
final class Fixtures {

  static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private static final AtomicInteger FILES = new AtomicInteger();

  private Fixtures() {}

  /** A name not used yet in the folder, so fixtures never overwrite each other. */
  private static Path fresh(Path dir, String name) {
    return dir.resolve(FILES.incrementAndGet() + "-" + name);
  }

  /** A PDF with one page of text per entry, in a font with Polish letters. */
  static Path textPdf(Path dir, List<String> pages) throws IOException {
    assumeTrue(Files.exists(DEJAVU), "DejaVu Sans font not installed");
    Path file = fresh(dir, "text.pdf");
    try (PDDocument document = new PDDocument()) {
      PDType0Font font = PDType0Font.load(document, DEJAVU.toFile());
      for (String text : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 11);
          content.setLeading(14);
          content.newLineAtOffset(50, 780);
          for (String line : text.split("\n")) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      document.save(file.toFile());
    }
    return file;
  }

  /** A PDF whose first page has text and whose second page is only an image (a scan). */
  static Path halfScannedPdf(Path dir, String textPage, BufferedImage scan) throws IOException {
    Path file = textPdf(dir, List.of(textPage));
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDImageXObject image = LosslessFactory.createFromImage(document, scan);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float width = PDRectangle.A4.getWidth() - 60;
        float height = width * scan.getHeight() / scan.getWidth();
        content.drawImage(image, 30, PDRectangle.A4.getHeight() - 40 - height, width, height);
      }
      Path scanned = fresh(dir, "scanned.pdf");
      document.save(scanned.toFile());
      return scanned;
    }
  }

  /** Renders lines of text black on white, as a scanner at about 300 DPI would see 12 pt type. */
  static BufferedImage rendered(List<String> lines) {
    Font font = new Font("DejaVu Sans", Font.PLAIN, 46);
    for (String line : lines) {
      assumeTrue(font.canDisplayUpTo(line) == -1, "no font with Polish letters for rendering");
    }
    BufferedImage image =
        new BufferedImage(2400, 140 + lines.size() * 80, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(font);
      for (int i = 0; i < lines.size(); i++) {
        g.drawString(lines.get(i), 80, 120 + i * 80);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  static Path png(Path dir, BufferedImage image) throws IOException {
    Path file = fresh(dir, "page.png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  /** A multi-page TIFF, one frame per image. */
  static Path tiff(Path dir, List<BufferedImage> frames) throws IOException {
    Path file = fresh(dir, "pages.tiff");
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (BufferedImage frame : frames) {
        writer.writeToSequence(new IIOImage(frame, null, null), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    return file;
  }

  /** A Word document: paragraph, table (2 rows x 2 cells), paragraph. */
  static Path docx(Path dir, String before, String[][] table, String after) throws IOException {
    Path file = fresh(dir, "contract.docx");
    try (XWPFDocument document = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      document.createParagraph().createRun().setText(before);
      XWPFTable grid = document.createTable(table.length, table[0].length);
      for (int row = 0; row < table.length; row++) {
        for (int cell = 0; cell < table[row].length; cell++) {
          grid.getRow(row).getCell(cell).setText(table[row][cell]);
        }
      }
      document.createParagraph().createRun().setText(after);
      document.write(out);
    }
    return file;
  }
}
