package org.fairpact.application;

/** What became of a submission: accepted (new or replayed) or refused with a typed reason. */
public sealed interface SubmissionOutcome permits Submission, SubmissionRefused {}
