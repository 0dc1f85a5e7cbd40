package org.fairpact.interfaces.rest;

import org.fairpact.application.Submission;

/** The answer to an accepted upload. */
public record SubmissionView(
    String analysisId, String documentId, String status, boolean replayed) {

  static SubmissionView of(Submission submission) {
    var analysis = submission.analysis();
    return new SubmissionView(
        analysis.id().toString(),
        analysis.documentId().toString(),
        analysis.status().name(),
        submission.replayed());
  }
}
