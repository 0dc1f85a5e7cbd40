/**
 * The UOKiK register of prohibited clauses as FairPact keeps it: one {@link
 * org.fairpact.domain.model.register.RegisterClause} per register number, upserted by the clause
 * sync and never deleted (entries gone from the source are deactivated).
 */
package org.fairpact.domain.model.register;
