/**
 * The analysis engine inside the container: the register matching index built from the stored
 * register (rebuilt after every sync) and the {@link org.fairpact.application.ContractAnalysis}
 * implementation that runs extraction, segmentation and matching on it.
 */
package org.fairpact.infrastructure.analysis;
