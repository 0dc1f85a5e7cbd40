/**
 * Periodic work in a cluster: {@link org.fairpact.domain.model.scheduling.Schedule} says which slot
 * is due, the {@link org.fairpact.domain.model.scheduling.ScheduledRunRepository} ledger in
 * PostgreSQL decides which single instance runs it. Every instance's timer asks; one wins. Depends
 * on nothing but the JDK.
 */
package org.fairpact.domain.model.scheduling;
