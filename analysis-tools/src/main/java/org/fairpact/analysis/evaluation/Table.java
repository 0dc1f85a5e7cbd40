package org.fairpact.analysis.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table with left-aligned first column and right-aligned figures. */
final class Table {

  private final List<String[]> rows = new ArrayList<>();

  Table(String... header) {
    rows.add(header);
  }

  Table row(Object... cells) {
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      row[i] =
          cells[i] instanceof Double d
              ? String.format(Locale.ROOT, "%.4f", d)
              : String.valueOf(cells[i]);
    }
    rows.add(row);
    return this;
  }

  List<String> lines() {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        if (i > 0) {
          line.append("  ");
        }
        String cell = row[i];
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(i == 0 ? cell + pad : pad + cell);
      }
      lines.add(line.toString().stripTrailing());
      if (lines.size() == 1) {
        lines.add("-".repeat(line.length()));
      }
    }
    return lines;
  }
}
