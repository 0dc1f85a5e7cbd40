package org.fairpact.it.support;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Objects in the test profile's bucket, written and removed behind the application's back. */
public final class StoredObjects {

  private StoredObjects() {}

  /** The key the application stores a document's bytes under: {@code documents/<sha256>}. */
  public static String documentKey(byte[] document) {
    try {
      return "documents/"
          + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String documentKey(String text) {
    return documentKey(text.getBytes(StandardCharsets.UTF_8));
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

  private static MinioClient client() {
    return MinioClient.builder()
        .endpoint(TestEnvironment.require("FAIRPACT_S3_ENDPOINT"))
        .credentials(
            TestEnvironment.require("FAIRPACT_S3_ACCESS_KEY"),
            TestEnvironment.require("FAIRPACT_S3_SECRET_KEY"))
        .region("us-east-1")
        .build();
  }
}
