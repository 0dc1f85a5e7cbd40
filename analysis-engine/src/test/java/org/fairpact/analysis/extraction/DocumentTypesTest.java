package org.fairpact.analysis.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTypesTest {

  @TempDir Path dir;

  @Test
  void recognisesDocumentsByContentNotByName() throws IOException {
    Path pdf = rename(Fixtures.textPdf(dir, List.of("Umowa sprzedaży")), "upload.bin");
    Path docx = rename(Fixtures.docx(dir, "a", new String[][] {{"b"}}, "c"), "upload.txt");
    Path text =
        write("umowa.pdf", "Umowa najmu lokalu mieszkalnego\n".getBytes(StandardCharsets.UTF_8));

    assertThat(DocumentTypes.detect(pdf)).contains(DocumentType.PDF);
    assertThat(DocumentTypes.detect(docx)).contains(DocumentType.DOCX);
    assertThat(DocumentTypes.detect(text)).contains(DocumentType.TEXT);
  }

  @Test
  void recognisesPngJpegAndBothTiffByteOrders() throws IOException {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    Path png = dir.resolve("a");
    Path jpeg = dir.resolve("b");
    ImageIO.write(image, "png", png.toFile());
    ImageIO.write(image, "jpeg", jpeg.toFile());
    Path littleEndian = write("c", new byte[] {'I', 'I', '*', 0, 8, 0, 0, 0});
    Path bigEndian = write("d", new byte[] {'M', 'M', 0, '*', 0, 0, 0, 8});

    for (Path image1 : List.of(png, jpeg, littleEndian, bigEndian)) {
      assertThat(DocumentTypes.detect(image1)).as(image1.toString()).contains(DocumentType.IMAGE);
    }
    assertThat(DocumentTypes.detectMediaType(png)).contains("image/png");
    assertThat(DocumentTypes.detectMediaType(jpeg)).contains("image/jpeg");
    assertThat(DocumentTypes.detectMediaType(bigEndian)).contains("image/tiff");
    assertThat(DocumentTypes.detectMediaType(littleEndian)).contains("image/tiff");
  }

  @Test
  void rejectsEmptyBinaryAndNonWordZipFiles() throws IOException {
    Path empty = write("empty", new byte[0]);
    Path binary = write("binary", new byte[] {'a', 'b', 0, 'c'});
    Path latin2 = write("latin2", new byte[] {'z', 'a', (byte) 0xBF, 'o', 'l', 'w'});
    Path zip = dir.resolve("sheet.xlsx");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream archive = new ZipOutputStream(out)) {
      archive.putNextEntry(new ZipEntry("xl/workbook.xml"));
      archive.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      archive.closeEntry();
    }

    assertThat(DocumentTypes.detect(empty)).isEmpty();
    assertThat(DocumentTypes.detect(binary)).isEmpty();
    assertThat(DocumentTypes.detect(latin2)).isEmpty();
    assertThat(DocumentTypes.detect(zip)).isEmpty();
  }

  @Test
  void textWhosePolishLetterIsCutByTheProbeLimitIsStillText() throws IOException {
    byte[] letters = "ż".repeat(DocumentTypes.TEXT_PROBE_BYTES).getBytes(StandardCharsets.UTF_8);
    byte[] shifted = new byte[letters.length + 1];
    shifted[0] = 'a';
    System.arraycopy(letters, 0, shifted, 1, letters.length);
    Path file = write("long.txt", shifted);

    assertThat(DocumentTypes.detect(file)).contains(DocumentType.TEXT);
  }

  @Test
  void needsOcrForImagesAndForPdfPagesWithoutText() throws IOException {
    Path textOnly =
        Fixtures.textPdf(dir, List.of("Strona pierwsza umowy z tekstem wystarczająco długim."));
    Path scanned =
        Fixtures.halfScannedPdf(
            dir,
            "Strona pierwsza umowy z tekstem wystarczająco długim.",
            Fixtures.rendered(List.of("Skan drugiej strony")));

    assertThat(DocumentTypes.needsOcr(textOnly, DocumentType.PDF)).isFalse();
    assertThat(DocumentTypes.needsOcr(scanned, DocumentType.PDF)).isTrue();
    assertThat(DocumentTypes.needsOcr(textOnly, DocumentType.IMAGE)).isTrue();
    assertThat(DocumentTypes.needsOcr(textOnly, DocumentType.TEXT)).isFalse();
  }

  @Test
  void mediaTypesAreThoseOfTheFormats() {
    assertThat(Arrays.stream(DocumentType.values()).map(DocumentType::mediaType))
        .containsExactly(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "image/*",
            "text/plain");
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private Path rename(Path file, String name) throws IOException {
    return Files.move(file, dir.resolve(name));
  }
}
