package org.fairpact.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.application.DocumentSubmissions;
import org.fairpact.application.Submission;
import org.fairpact.application.SubmissionOutcome;
import org.fairpact.application.SubmissionRefused;
import org.fairpact.application.SubmitDocument;

/**
 * The REST side of a submission: spools the upload (hash and size, within the limit), reads the
 * parameters, hands the command to the application's {@link DocumentSubmissions} and maps its
 * refusals to problems. Nothing here parses a document or decides where it goes.
 */
@ApplicationScoped
public class DocumentIntake {

  private static final int MAX_IDEMPOTENCY_KEY = 200;
  private static final int MAX_FILENAME = 255;

  @Inject DocumentSubmissions submissions;

  @Inject
  @ConfigProperty(name = "fairpact.upload.max-bytes", defaultValue = "52428800")
  long maxBytes;

  public long maxBytes() {
    return maxBytes;
  }

  public Submission accept(
      InputStream body, String filename, String lang, String idempotencyKey, String tenant)
      throws IOException {
    Optional<String> language = language(lang);
    Optional<String> key = idempotencyKey(idempotencyKey);
    String name = filename(filename);
    try (SpooledUpload upload = SpooledUpload.spool(body, maxBytes)) {
      SubmissionOutcome outcome =
          submissions.submit(
              new SubmitDocument(
                  tenant, upload.file(), upload.sha256(), upload.size(), name, language, key));
      if (outcome instanceof SubmissionRefused refused) {
        throw problem(refused);
      }
      return (Submission) outcome;
    }
  }

  private static ProblemException problem(SubmissionRefused refused) {
    Problem problem =
        switch (refused.reason()) {
          case EMPTY_DOCUMENT -> Problem.EMPTY_DOCUMENT;
          case UNSUPPORTED_DOCUMENT_TYPE -> Problem.UNSUPPORTED_DOCUMENT_TYPE;
          case IDEMPOTENCY_KEY_REUSED -> Problem.IDEMPOTENCY_KEY_REUSED;
          case STORE_UNAVAILABLE, DATABASE_UNAVAILABLE -> Problem.SERVICE_UNAVAILABLE;
        };
    return new ProblemException(problem, refused.detail());
  }

  private static Optional<String> language(String lang) {
    Optional<String> value =
        DocumentsResource.blankToEmpty(lang).map(l -> l.toLowerCase(Locale.ROOT));
    if (value.isPresent() && !value.get().equals("pl") && !value.get().equals("en")) {
      throw new ProblemException(Problem.INVALID_REQUEST, "lang must be pl or en");
    }
    return value;
  }

  private static Optional<String> idempotencyKey(String header) {
    Optional<String> key = DocumentsResource.blankToEmpty(header);
    if (key.isPresent() && key.get().length() > MAX_IDEMPOTENCY_KEY) {
      throw new ProblemException(
          Problem.INVALID_REQUEST, "Idempotency-Key may have at most 200 characters");
    }
    return key;
  }

  private static String filename(String filename) {
    ControlCharacterFilter.requireNone("filename", filename);
    return DocumentsResource.blankToEmpty(filename)
        .map(f -> f.length() > MAX_FILENAME ? f.substring(0, MAX_FILENAME) : f)
        .orElse(null);
  }
}
