package org.fairpact.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.analysis.extraction.DocumentType;
import org.fairpact.analysis.extraction.DocumentTypes;
import org.fairpact.application.DocumentStore;
import org.fairpact.application.DocumentSubmissions;
import org.fairpact.application.Submission;
import org.fairpact.application.SubmitDocument;
import org.fairpact.domain.model.document.StoredContent;

/**
 * Turns an upload into an accepted analysis: spool and hash, check emptiness, size and type by
 * magic bytes, store the bytes, then submit. Anything refused is refused before anything is stored;
 * anything accepted is in the database and on the queue.
 */
@ApplicationScoped
public class DocumentIntake {

  private static final int MAX_IDEMPOTENCY_KEY = 200;
  private static final int MAX_FILENAME = 255;

  @Inject DocumentStore store;
  @Inject DocumentSubmissions submissions;
  @Inject Logger log;

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
    if (key.isPresent()) {
      Optional<Submission> earlier = earlier(tenant, key.get());
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    try (SpooledUpload upload = SpooledUpload.spool(body, maxBytes)) {
      if (upload.size() == 0) {
        throw new ProblemException(Problem.EMPTY_DOCUMENT, "the request body is empty");
      }
      DocumentType type =
          DocumentTypes.detect(upload.file())
              .orElseThrow(
                  () ->
                      new ProblemException(
                          Problem.UNSUPPORTED_DOCUMENT_TYPE,
                          "accepted types: PDF, DOCX, PNG, JPEG, TIFF, UTF-8 plain text"));
      StoredContent content = store(upload, type);
      SubmitDocument command =
          new SubmitDocument(
              tenant, content, filename(filename), type, needsOcr(upload, type), language, key);
      return submit(command);
    }
  }

  private Submission submit(SubmitDocument command) {
    try {
      return submissions.submit(command);
    } catch (EJBException e) {
      // A concurrent retry with the same idempotency key may have won the unique index.
      if (command.idempotencyKey().isPresent()) {
        Optional<Submission> winner = earlier(command.tenant(), command.idempotencyKey().get());
        if (winner.isPresent()) {
          return winner.get();
        }
      }
      log.log(Level.WARNING, "submission failed", e);
      throw new ProblemException(
          Problem.SERVICE_UNAVAILABLE, "the document could not be queued; retry later");
    }
  }

  private Optional<Submission> earlier(String tenant, String key) {
    return submissions.byIdempotencyKey(tenant, key).map(a -> new Submission(a, true));
  }

  private StoredContent store(SpooledUpload upload, DocumentType type) {
    try {
      return store.put(upload.file(), upload.sha256(), upload.size(), type.mediaType());
    } catch (IOException e) {
      log.log(Level.WARNING, "object store refused an upload", e);
      throw new ProblemException(
          Problem.SERVICE_UNAVAILABLE, "the document store is unavailable; retry later");
    }
  }

  private boolean needsOcr(SpooledUpload upload, DocumentType type) {
    try {
      return DocumentTypes.needsOcr(upload.file(), type);
    } catch (Exception e) {
      // a corrupt document is still accepted; its analysis will fail with the reason
      return type == DocumentType.IMAGE;
    }
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
