/**
 * Periodic work run exactly once per slot across the cluster: {@link
 * org.fairpact.application.scheduling.ScheduledWorks} claims each due slot in the PostgreSQL ledger
 * and runs the {@link org.fairpact.application.scheduling.ScheduledWork} only on the instance whose
 * claim succeeded. The works: the clause sync, the analysis reaper, the clause-sync reaper and
 * document retention. Depends on the application services, the scheduling domain and the cluster
 * state; the timer that drives it lives in infrastructure.
 */
package org.fairpact.application.scheduling;
