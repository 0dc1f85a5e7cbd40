/** Operational events worth keeping (sync runs with their counts), stored as system_event rows. */
package org.fairpact.domain.model.event;
