/**
 * The analysis engine inside the container: the register matching index built from the stored
 * register (rebuilt after every sync), the trained clause model loaded once at start from the
 * object store (with fallback to an older model when the current one fails its checks, and
 * register-only analyses when none loads), and the {@link
 * org.fairpact.application.ContractAnalysis} implementation that runs extraction, segmentation,
 * matching and classification on them.
 */
package org.fairpact.infrastructure.analysis;
