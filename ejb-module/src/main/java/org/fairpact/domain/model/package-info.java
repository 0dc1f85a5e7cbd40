/**
 * The domain model: entities and repository interfaces of FairPact's bounded contexts (document,
 * analysis, register, event) and the scheduling ledger of the cluster's periodic work. Depends only
 * on Jakarta Persistence annotations and the analysis engine's value types; never on application or
 * infrastructure code.
 */
package org.fairpact.domain.model;
