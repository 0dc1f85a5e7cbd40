/**
 * The audit log: what admins and operators did, who did it, from where, when and with what outcome.
 * Entries are only ever added. Depends on nothing else of the domain.
 */
package org.fairpact.domain.model.audit;
