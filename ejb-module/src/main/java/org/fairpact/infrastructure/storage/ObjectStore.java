package org.fairpact.infrastructure.storage;

import io.minio.MinioClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the S3 object store is and which bucket holds FairPact's objects (documents, models). */
@ApplicationScoped
public class ObjectStore {

  @Inject
  @ConfigProperty(name = "fairpact.s3.endpoint")
  String endpoint;

  @Inject
  @ConfigProperty(name = "fairpact.s3.access-key")
  String accessKey;

  @Inject
  @ConfigProperty(name = "fairpact.s3.secret-key")
  String secretKey;

  @Inject
  @ConfigProperty(name = "fairpact.s3.bucket", defaultValue = "fairpact-documents")
  String bucket;

  public String bucket() {
    return bucket;
  }

  /** A client of the store; callers set their own timeouts and {@link #close} it when done. */
  public MinioClient newClient() {
    return MinioClient.builder()
        .endpoint(endpoint)
        .credentials(accessKey, secretKey)
        .region("us-east-1")
        .build();
  }

  /** Closes a client of {@link #newClient()}; failing to close it is only worth a FINE line. */
  public static void close(MinioClient client, Logger log) {
    try {
      client.close();
    } catch (Exception e) {
      log.log(Level.FINE, "closing the S3 client", e);
    }
  }
}
