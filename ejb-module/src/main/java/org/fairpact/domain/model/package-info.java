/**
 * The domain model: entities and repository interfaces of FairPact's bounded contexts (document,
 * analysis, register, event), the scheduling ledger of the cluster's periodic work, and {@link
 * org.fairpact.domain.model.Listing}, the page of a newest-first listing they share. Depends only
 * on Jakarta Persistence annotations and the analysis engine's value types; never on application or
 * infrastructure code.
 */
package org.fairpact.domain.model;
