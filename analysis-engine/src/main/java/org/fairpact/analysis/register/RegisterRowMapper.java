package org.fairpact.analysis.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Maps one row of the register export (its fields in column order) to an entry. Dates that cannot
 * be read become null rather than failing the row: the clause is what matters, and the register has
 * a few hand-typed dates. A missing or non-numeric register number does fail the row, since it is
 * the identity. Older exports label their fields in the cell ("Sygn. akt XVII AmC 27/01", "Powód:
 * …", "Pozwany: …"); the labels are dropped, so the same entry reads the same from every export and
 * a sync between them counts only what changed.
 */
final class RegisterRowMapper {

  private static final Logger LOG = Logger.getLogger(RegisterRowMapper.class.getName());
  private static final Pattern SIGNATURE_LABEL =
      Pattern.compile("^syg(?:n)?\\b\\.?(?:\\s*akt\\b\\.?)?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAIMANT_LABEL =
      Pattern.compile("^powód\\s*:\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DEFENDANTS_LABEL =
      Pattern.compile("^pozwan[yai]\\s*:\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final DateTimeFormatter POLISH_DATE =
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

  private RegisterRowMapper() {}

  static RegisterEntry toEntry(List<String> record, long line) {
    if (record.size() != RegisterCsvReader.COLUMNS) {
      throw new RegisterFormatException(
          line,
          "expected "
              + RegisterCsvReader.COLUMNS
              + " fields separated by ';', found "
              + record.size());
    }
    int number;
    try {
      number = Integer.parseInt(record.get(0).strip());
    } catch (NumberFormatException e) {
      throw new RegisterFormatException(line, "register number is not a number: " + record.get(0));
    }
    if (number <= 0) {
      throw new RegisterFormatException(line, "register number is not positive: " + number);
    }
    return new RegisterEntry(
        number,
        date(record.get(1), line),
        unlabelled(record.get(2), SIGNATURE_LABEL),
        text(record.get(3)),
        unlabelled(record.get(4), CLAIMANT_LABEL),
        unlabelled(record.get(5), DEFENDANTS_LABEL),
        text(record.get(6)),
        date(record.get(7), line),
        text(record.get(8)),
        text(record.get(9)));
  }

  private static String text(String field) {
    return HtmlEntities.decode(field).strip();
  }

  /** The field without the label an older export writes before its value. */
  private static String unlabelled(String field, Pattern label) {
    return label.matcher(text(field)).replaceFirst("");
  }

  private static LocalDate date(String field, long line) {
    String value = field.strip();
    if (value.isEmpty()) {
      return null;
    }
    try {
      if (value.length() >= 10 && value.charAt(4) == '-') {
        return LocalDate.parse(value.substring(0, 10));
      }
      return LocalDate.parse(value, POLISH_DATE);
    } catch (DateTimeParseException e) {
      LOG.log(
          Level.FINE,
          "line {0}: unreadable date ''{1}'' taken as absent",
          new Object[] {line, value});
      return null;
    }
  }
}
