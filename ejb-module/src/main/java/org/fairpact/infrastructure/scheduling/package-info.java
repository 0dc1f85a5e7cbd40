/**
 * The timer that drives scheduled work on every instance. Which instance actually runs a slot is
 * decided in PostgreSQL by {@link org.fairpact.application.scheduling.ScheduledWorks}.
 */
package org.fairpact.infrastructure.scheduling;
