/**
 * The UOKiK register of clauses ruled abusive (Rejestr klauzul niedozwolonych) as data: {@link
 * org.fairpact.analysis.register.RegisterEntry}, the readers of the register's {@code ;}-separated
 * CSV export and of an XLSX workbook of it (Apache POI's event API), the bundled offline snapshot,
 * and {@link org.fairpact.analysis.register.ClauseText}, which normalises clause text and
 * fingerprints entries so a re-sync can tell what changed. Depends on commons-csv and POI only; the
 * matching package and the batch jobs depend on it.
 */
package org.fairpact.analysis.register;
