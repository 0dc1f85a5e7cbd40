package org.fairpact.application;

import java.util.UUID;
import org.fairpact.domain.model.analysis.AnalysisQueue;

/** The request to analyse one document, as it travels to a worker. */
public record AnalysisRequest(
    UUID analysisId, UUID documentId, String tenant, AnalysisQueue queue) {}
