package org.fairpact.application;

import java.util.Optional;
import org.fairpact.analysis.register.RegisterEntry;

/** Finds the register entry behind a match, as the matching index currently holds it. */
@FunctionalInterface
public interface RegisterLookup {

  Optional<RegisterEntry> entry(int registerNumber);
}
