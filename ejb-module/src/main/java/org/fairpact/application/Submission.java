package org.fairpact.application;

import org.fairpact.domain.model.analysis.Analysis;

/** The analysis a submission created, or the earlier one an idempotent retry returned. */
public record Submission(Analysis analysis, boolean replayed) implements SubmissionOutcome {}
