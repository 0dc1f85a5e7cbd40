package org.fairpact.domain.model.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface RegisterRepository {

  Optional<RegisterClause> find(int registerNumber);

  void store(RegisterClause clause);

  List<RegisterClause> active();

  long countActive();

  /** Content hash of every stored entry (active or not), by register number. */
  Map<Integer, StoredHash> hashes();

  RegisterPage search(RegisterQuery query);

  long countAddedBy(long syncInstance);

  long countChangedBy(long syncInstance);

  long countSeenBy(long syncInstance);

  /** Deactivates active entries the given sync did not see; returns how many. */
  int deactivateUnseen(long syncInstance);

  record StoredHash(String contentHash, boolean active) {}
}
