package org.fairpact.analysis.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the register: a clause of a standard contract that a court ruled abusive, with the
 * judgment it comes from.
 *
 * <p>Text fields are never null (an absent value is the empty string) and are stored as the
 * register publishes them, trimmed and with HTML character references decoded, since the export
 * carries some ({@code &quot;}). Dates are null when the register has none or an unreadable one.
 *
 * @param registerNumber the entry's number in the register (Nr), its stable identity
 * @param judgmentDate date of the judgment (Data wydania wyroku)
 * @param caseSignature court case signature (Sygnatura), e.g. {@code XVII AmC 30/01}
 * @param court court that gave the judgment
 * @param claimant claimant (POWÓD)
 * @param defendants defendants (POZWANI)
 * @param clauseText the clause ruled abusive
 * @param entryDate date the entry was made in the register
 * @param remarks remarks (Uwagi), e.g. later changes to the judgment
 * @param sector business sector (Branża), one of about 20 values
 */
public record RegisterEntry(
    int registerNumber,
    LocalDate judgmentDate,
    String caseSignature,
    String court,
    String claimant,
    String defendants,
    String clauseText,
    LocalDate entryDate,
    String remarks,
    String sector) {

  public RegisterEntry {
    if (registerNumber <= 0) {
      throw new IllegalArgumentException("register numbers are positive: " + registerNumber);
    }
    caseSignature = Objects.requireNonNullElse(caseSignature, "");
    court = Objects.requireNonNullElse(court, "");
    claimant = Objects.requireNonNullElse(claimant, "");
    defendants = Objects.requireNonNullElse(defendants, "");
    clauseText = Objects.requireNonNullElse(clauseText, "");
    remarks = Objects.requireNonNullElse(remarks, "");
    sector = Objects.requireNonNullElse(sector, "");
  }
}
