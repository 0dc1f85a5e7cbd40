package org.fairpact.analysis.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fairpact.analysis.dataset.DatasetFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading rewordings files ({@code text,accept,level}) and refusing malformed ones by line. */
class RewordingRowTest {

  @TempDir Path dir;

  @Test
  void readsRowsWithTheirAcceptedNumbersAndLevel() throws IOException {
    Path file =
        write(
            """
            level,text,accept,note
            1,"Reklamacje można złożyć do 3 dni od momentu dostawy, później nie są rozpatrywane.",5200|5169,x
            lawful," Umowę sporządzono w dwóch egzemplarzach. ",,
            2 ,"Sprzedawca nie odpowiada za wady, o ile ""producent"" je zataił.", 3500 ,
            """);

    List<RewordingRow> rows = RewordingRow.read(file);

    assertThat(rows)
        .extracting(RewordingRow::line, RewordingRow::level, RewordingRow::lawful)
        .containsExactly(tuple(2L, "1", false), tuple(3L, "lawful", true), tuple(4L, "2", false));
    assertThat(rows.get(0).accept()).containsExactlyInAnyOrder(5200, 5169);
    assertThat(rows.get(1).text()).isEqualTo("Umowę sporządzono w dwóch egzemplarzach.");
    assertThat(rows.get(1).accept()).isEmpty();
    assertThat(rows.get(2).text()).contains("\"producent\"");
    assertThat(rows.get(2).accept()).containsExactly(3500);
  }

  @Test
  void aHeaderWithoutAColumnIsRefusedNamingTheColumn() throws IOException {
    Path file = write("text,level\n\"Cena zawiera VAT.\",lawful\n");

    assertThatThrownBy(() -> RewordingRow.read(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("'accept'");
  }

  @Test
  void aRowMissingAColumnIsRefusedWithItsLine() throws IOException {
    Path file =
        write(
            """
            text,accept,level
            "Cena zawiera VAT.",,lawful
            "Sprzedawca nie odpowiada za nic.",1234
            """);

    assertThatThrownBy(() -> RewordingRow.read(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("record 3")
        .hasMessageContaining("expected 3 columns, found 2");
  }

  @Test
  void aNonNumericAcceptIsRefusedWithItsLine() throws IOException {
    Path file =
        write(
            """
            text,accept,level
            "Sprzedawca nie odpowiada za nic.",1234|abc,1
            """);

    assertThatThrownBy(() -> RewordingRow.read(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("record 2")
        .hasMessageContaining("'abc'");
  }

  @Test
  void anEmptyTextOrLevelIsRefusedWithItsLine() throws IOException {
    Path emptyText =
        write(
            """
            text,accept,level
            "Cena zawiera VAT.",,lawful
            "Umowa wchodzi w życie z dniem podpisania.",,lawful
            "  ",1234,1
            """);
    Path emptyLevel = dir.resolve("level.csv");
    Files.writeString(emptyLevel, "text,accept,level\n\"Cena zawiera VAT.\",, \n");

    assertThatThrownBy(() -> RewordingRow.read(emptyText))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("record 4")
        .hasMessageContaining("empty text");
    assertThatThrownBy(() -> RewordingRow.read(emptyLevel))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("record 2")
        .hasMessageContaining("empty level");
  }

  @Test
  void aFileWithoutRowsIsRefused() throws IOException {
    Path file = write("text,accept,level\n");

    assertThatThrownBy(() -> RewordingRow.read(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("no rows");
  }

  private Path write(String content) throws IOException {
    Path file = dir.resolve("rewordings.csv");
    Files.writeString(file, content);
    return file;
  }
}
