package org.fairpact.infrastructure.storage;

import io.minio.BucketExistsArgs;
import io.minio.DownloadObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.RemoveObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.fairpact.application.DocumentStore;
import org.fairpact.domain.model.document.StoredContent;

/**
 * Document bytes in an S3 bucket under {@code documents/<document id>}: one object per document, so
 * equal bytes of two tenants (or two documents of one) are two objects and erasing a document
 * erases exactly its own bytes. Objects stored before that scheme sit under {@code
 * documents/<sha256>} and may be shared by documents (of any tenant); erasure deletes such an
 * object only once no document refers to it.
 */
@ApplicationScoped
public class S3DocumentStore implements DocumentStore {

  @Inject ObjectStore store;

  @Inject Logger log;

  private String bucket;
  private MinioClient client;
  private volatile boolean bucketReady;

  @PostConstruct
  void connect() {
    bucket = store.bucket();
    client = store.newClient();
  }

  @PreDestroy
  void disconnect() {
    ObjectStore.close(client, log);
  }

  @Override
  public StoredContent put(
      UUID documentId, Path file, String sha256, long sizeBytes, String mediaType)
      throws IOException {
    String key = "documents/" + documentId;
    ensureBucket();
    call(
        () ->
            client.uploadObject(
                UploadObjectArgs.builder()
                    .bucket(bucket)
                    .object(key)
                    .filename(file.toString())
                    .contentType(mediaType)
                    .build()));
    return new StoredContent(sha256, key, sizeBytes);
  }

  /**
   * Retried for up to 30 s while the store does not answer (a restart of a few seconds must not
   * cost a worker's analysis its attempts); a missing object is not retried.
   */
  @Override
  @Retry(
      maxRetries = 30,
      delay = 500,
      jitter = 200,
      maxDuration = 30_000,
      abortOn = FileNotFoundException.class)
  public void fetch(String storageKey, Path target) throws IOException {
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    Files.deleteIfExists(partial);
    try {
      client.downloadObject(
          DownloadObjectArgs.builder()
              .bucket(bucket)
              .object(storageKey)
              .filename(partial.toString())
              .build());
    } catch (ErrorResponseException e) {
      if ("NoSuchKey".equals(e.errorResponse().code())) {
        throw new FileNotFoundException("object " + storageKey + " is missing from the store");
      }
      throw new IOException("S3 download " + storageKey + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("S3 download " + storageKey + ": " + e, e);
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void delete(String storageKey) throws IOException {
    // S3 answers a removal of a missing key with success
    call(
        () ->
            client.removeObject(
                RemoveObjectArgs.builder().bucket(bucket).object(storageKey).build()));
  }

  @Override
  public boolean isReachable() {
    try {
      bucketReady = false;
      ensureBucket();
      return true;
    } catch (IOException | RuntimeException e) {
      log.log(Level.FINE, "object store not reachable", e);
      return false;
    }
  }

  private void ensureBucket() throws IOException {
    if (bucketReady) {
      return;
    }
    call(
        () -> {
          if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            try {
              client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            } catch (ErrorResponseException e) {
              // another instance created it first
              if (!e.errorResponse().code().startsWith("BucketAlready")) {
                throw e;
              }
            }
          }
        });
    bucketReady = true;
  }

  private static void call(S3Call call) throws IOException {
    try {
      call.run();
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("S3: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface S3Call {
    void run() throws Exception;
  }
}
