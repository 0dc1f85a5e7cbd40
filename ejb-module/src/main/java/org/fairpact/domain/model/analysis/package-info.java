/**
 * An analysis of one document and the findings it produced. {@link
 * org.fairpact.domain.model.analysis.Analysis} owns the status machine QUEUED -> PROCESSING ->
 * COMPLETED | FAILED; a finished analysis never changes again.
 */
package org.fairpact.domain.model.analysis;
