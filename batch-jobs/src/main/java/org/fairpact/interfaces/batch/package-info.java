/**
 * Jakarta Batch artefacts of the clause-sync job (META-INF/batch-jobs/clause-sync.xml): the
 * register export reader, the normalising processor, the upserting writer, the deactivation
 * batchlet and the job listener that records counts as a system_event. Artefacts are thin: the
 * register logic lives behind {@link org.fairpact.application.ClauseSyncStore}: in the server the
 * RegisterCatalogue EJB, in the standalone batch runner (module batch-runner) a JDBC implementation
 * over the same tables.
 */
package org.fairpact.interfaces.batch;
