package org.fairpact.interfaces.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.fairpact.analysis.register.ClauseText;
import org.fairpact.analysis.register.RegisterEntry;

/** Normalises an entry's texts and rejects entries that cannot be stored. */
@Dependent
@Named("registerEntryProcessor")
public class RegisterEntryProcessor implements ItemProcessor {

  @Override
  public Object processItem(Object item) throws Exception {
    RegisterEntry entry = (RegisterEntry) item;
    if (entry.registerNumber() <= 0) {
      throw new InvalidRegisterEntryException("register number missing: " + entry);
    }
    String clause = ClauseText.normalise(entry.clauseText());
    if (clause == null || clause.isBlank()) {
      throw new InvalidRegisterEntryException(
          "register entry " + entry.registerNumber() + " has no clause text");
    }
    return new RegisterEntry(
        entry.registerNumber(),
        entry.judgmentDate(),
        trim(entry.caseSignature()),
        trim(entry.court()),
        trim(entry.claimant()),
        trim(entry.defendants()),
        clause,
        entry.entryDate(),
        trim(entry.remarks()),
        trim(entry.sector()));
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
