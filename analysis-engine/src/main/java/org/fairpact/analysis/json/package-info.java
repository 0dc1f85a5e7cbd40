/**
 * A minimal JSON reader and writer for the engine's own small documents (model manifest, dataset
 * lines, evaluation summaries). Depends on nothing; any package of the engine may use it.
 */
package org.fairpact.analysis.json;
