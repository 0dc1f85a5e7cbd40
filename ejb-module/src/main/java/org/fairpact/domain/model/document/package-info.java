/**
 * A contract document an integrator submitted: its tenant, content hash and where its bytes live in
 * the object store. Documents are immutable once stored.
 */
package org.fairpact.domain.model.document;
