/**
 * A contract document an integrator submitted: its tenant, content hash and where its bytes live in
 * the object store. Documents are immutable once stored, until they are erased (deleted by their
 * tenant or purged by retention) with their analyses and their stored object.
 */
package org.fairpact.domain.model.document;
