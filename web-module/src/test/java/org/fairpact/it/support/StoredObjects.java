package org.fairpact.it.support;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.fairpact.testsupport.ProfileDatabase;

/**
 * The test object store seen from outside the application: which objects exist, and objects written
 * and removed behind the application's back.
 */
public final class StoredObjects {

  private StoredObjects() {}

  /** The key the analysed document's bytes are stored under, as its row says. */
  public static String keyOfAnalysis(String analysisId) {
    List<String> keys =
        ProfileDatabase.strings(
            "SELECT d.storage_key FROM analysis a JOIN document d ON d.id = a.document_id"
                + " WHERE a.id = ?",
            UUID.fromString(analysisId));
    if (keys.isEmpty()) {
      throw new IllegalStateException("no analysis " + analysisId);
    }
    return keys.get(0);
  }

  /** The key the document's bytes are stored under, as its row says. */
  public static String keyOf(String documentId) {
    List<String> keys =
        ProfileDatabase.strings(
            "SELECT storage_key FROM document WHERE id = ?", UUID.fromString(documentId));
    if (keys.isEmpty()) {
      throw new IllegalStateException("no document " + documentId);
    }
    return keys.get(0);
  }

  public static boolean exists(String key) {
    try (MinioClient client = client()) {
      client.statObject(
          StatObjectArgs.builder()
              .bucket(TestEnvironment.require("FAIRPACT_S3_BUCKET"))
              .object(key)
              .build());
      return true;
    } catch (ErrorResponseException e) {
      if ("NoSuchKey".equals(e.errorResponse().code())) {
        return false;
      }
      throw new IllegalStateException("cannot ask the object store for " + key, e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot ask the object store for " + key, e);
    }
  }

  public static void put(String key, byte[] content) {
    try (MinioClient client = client()) {
      client.putObject(
          PutObjectArgs.builder().bucket(bucket()).object(key).stream(
                  new ByteArrayInputStream(content), content.length, -1)
              .contentType("application/octet-stream")
              .build());
    } catch (Exception e) {
      throw new IllegalStateException("cannot put " + key + " into the object store", e);
    }
  }

  public static void remove(String key) {
    try (MinioClient client = client()) {
      client.removeObject(RemoveObjectArgs.builder().bucket(bucket()).object(key).build());
    } catch (Exception e) {
      throw new IllegalStateException("cannot remove " + key + " from the object store", e);
    }
  }

  private static String bucket() {
    return TestEnvironment.require("FAIRPACT_S3_BUCKET");
  }

  static MinioClient client() {
    return MinioClient.builder()
        .endpoint(TestEnvironment.require("FAIRPACT_S3_ENDPOINT"))
        .credentials(
            TestEnvironment.require("FAIRPACT_S3_ACCESS_KEY"),
            TestEnvironment.require("FAIRPACT_S3_SECRET_KEY"))
        .region("us-east-1")
        .build();
  }
}
