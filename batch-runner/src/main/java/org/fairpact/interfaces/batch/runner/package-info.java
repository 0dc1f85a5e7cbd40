/**
 * The standalone batch runner: runs batch-jobs' clause-sync job (the same job XML and artefacts the
 * server runs) with JBeret SE and Weld SE, its job repository in the application's PostgreSQL
 * database, for cron and Kubernetes CronJobs ({@code bin/fairpact batch clause-sync}, the {@code
 * localhost/fairpact/batch-runner} image). Command line, exit codes, the batch environment and the
 * run's report live here; persistence in {@code org.fairpact.infrastructure.persistence.jdbc}.
 */
package org.fairpact.interfaces.batch.runner;
