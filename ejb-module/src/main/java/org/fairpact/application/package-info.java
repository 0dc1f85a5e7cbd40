/**
 * Application services: the use cases (submit a document, process an analysis, query results, keep
 * the register) as transactional {@code @Stateless} beans, and the ports they need from
 * infrastructure ({@link org.fairpact.application.AnalysisRequests}, {@link
 * org.fairpact.application.DocumentStore}). Depends on the domain model and the analysis engine.
 */
package org.fairpact.application;
