package org.fairpact.analysis.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetReadersTest {

  @TempDir Path dir;

  @Test
  void pacFilesMayOrderColumnsAndSpellLabelsDifferently() throws IOException {
    String csv =
        """
        id,label,text
        1,KLAUZULA_ABUZYWNA,"Sklep nie odpowiada, za nic."
        2,BEZPIECZNE_POSTANOWIENIE_UMOWNE,Umowę zawarto w Warszawie.
        3,1,Opłata wynosi 100 zł.
        4,safe,"Cena obejmuje VAT."
        """;

    List<LabelledClause> clauses = PacCsv.read(new StringReader(csv), "test");

    assertThat(clauses)
        .extracting(LabelledClause::text, LabelledClause::abusive)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Sklep nie odpowiada, za nic.", true),
            org.assertj.core.groups.Tuple.tuple("Umowę zawarto w Warszawie.", false),
            org.assertj.core.groups.Tuple.tuple("Opłata wynosi 100 zł.", true),
            org.assertj.core.groups.Tuple.tuple("Cena obejmuje VAT.", false));
  }

  @Test
  void unknownLabelsAndMissingColumnsAreReported() {
    assertThatThrownBy(() -> PacCsv.read(new StringReader("text,label\nx,MAYBE\n"), "f.csv"))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("MAYBE");
    assertThatThrownBy(() -> PacCsv.read(new StringReader("text\nx\n"), "f.csv"))
        .hasMessageContaining("no column 'label'");
  }

  @Test
  void unfairTosLinesTakeCodesOrLexGlueNumbers() throws IOException {
    Path file = dir.resolve("tos.jsonl");
    Files.writeString(
        file,
        """
        {"company": "X", "split": "test", "text": "we may terminate .", "labels": ["TER", "ch"]}

        {"text": "fine .", "labels": []}
        {"text": "arbitration .", "labels": [7, 0]}
        """);

    List<TosSentence> sentences = UnfairTosJsonl.read(file);

    assertThat(sentences).hasSize(3);
    assertThat(sentences.get(0).categories())
        .containsExactlyInAnyOrder(UnfairCategory.TER, UnfairCategory.CH);
    assertThat(sentences.get(0).split()).isEqualTo("test");
    assertThat(sentences.get(1).unfair()).isFalse();
    assertThat(sentences.get(2).categories())
        .containsExactlyInAnyOrder(UnfairCategory.A, UnfairCategory.LTD);
    assertThat(UnfairTosJsonl.split(sentences, "test")).hasSize(1);
  }

  @Test
  void badLinesAreReportedWithTheirNumber() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(
        file, "{\"text\": \"a\", \"labels\": []}\n{\"text\": \"b\", \"labels\": [\"XX\"]}\n");

    assertThatThrownBy(() -> UnfairTosJsonl.read(file))
        .isInstanceOf(DatasetFormatException.class)
        .hasMessageContaining("record 2")
        .hasMessageContaining("XX");
  }
}
