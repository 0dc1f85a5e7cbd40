package org.fairpact.infrastructure.storage;

import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.messages.Item;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.analysis.classification.ModelDirectory;

/**
 * The trained clause models in the bucket: {@code <prefix>clause-model-<version>.zip} objects and a
 * {@code <prefix>CURRENT} object naming the one to use (prefix {@code models/} by default). Copies
 * them into a local folder laid out as {@link ModelDirectory} reads it: the current model and the
 * newest others, each file dated with its object's last-modified time, so that the folder's
 * fallback order (newest first) is the order in which the models were published.
 */
@ApplicationScoped
public class S3ModelObjects {

  private static final String MODEL_FILE = "clause-model-.+\\.zip";

  @Inject ObjectStore store;

  @Inject
  @ConfigProperty(name = "fairpact.model.prefix", defaultValue = "models/")
  String prefix;

  /** Models besides the current one that are copied as fallbacks, newest first. */
  @Inject
  @ConfigProperty(name = "fairpact.model.fallbacks", defaultValue = "3")
  int fallbacks;

  @Inject Logger log;

  private String bucket;
  private MinioClient client;

  @PostConstruct
  void connect() {
    bucket = store.bucket();
    client = store.newClient();
    // An instance waits for its model at start: an unreachable store must not hold it for minutes.
    client.setTimeout(
        TimeUnit.SECONDS.toMillis(10),
        TimeUnit.SECONDS.toMillis(60),
        TimeUnit.SECONDS.toMillis(60));
  }

  @PreDestroy
  void disconnect() {
    ObjectStore.close(client, log);
  }

  /** Where the models are looked for, as {@code s3://bucket/prefix}. */
  public String location() {
    return "s3://" + bucket + "/" + prefix;
  }

  /**
   * Copies the model objects into {@code folder}.
   *
   * @return what was copied: the name {@code CURRENT} gives (if the object exists) and the model
   *     files, current first
   * @throws IOException if the store cannot be listed or read
   */
  public Copied copyTo(Path folder) throws IOException {
    List<Item> models = new ArrayList<>();
    boolean hasCurrent = false;
    try {
      for (Result<Item> result :
          client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix).build())) {
        Item item = result.get();
        String name = item.objectName().substring(prefix.length());
        if (item.isDir()) {
          continue;
        }
        if (name.equals(ModelDirectory.CURRENT)) {
          hasCurrent = true;
        } else if (name.matches(MODEL_FILE)) {
          models.add(item);
        }
      }
    } catch (Exception e) {
      throw new IOException("listing " + location() + ": " + e.getMessage(), e);
    }
    Optional<String> current = Optional.empty();
    if (hasCurrent) {
      String name = read(prefix + ModelDirectory.CURRENT).strip();
      Files.writeString(folder.resolve(ModelDirectory.CURRENT), name + "\n");
      current = Optional.of(name);
    }
    models.sort(Comparator.comparing(Item::lastModified).reversed());
    List<String> copied = new ArrayList<>();
    int others = 0;
    for (Item item : models) {
      String name = item.objectName().substring(prefix.length());
      boolean isCurrent = current.map(name::equals).orElse(false);
      if (!isCurrent && others++ >= fallbacks) {
        continue;
      }
      Path file = folder.resolve(name);
      download(item.objectName(), file);
      Files.setLastModifiedTime(file, FileTime.from(item.lastModified().toInstant()));
      if (isCurrent) {
        copied.add(0, name);
      } else {
        copied.add(name);
      }
    }
    return new Copied(current, copied);
  }

  private String read(String key) throws IOException {
    try (InputStream in =
        client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
      return new String(in.readNBytes(1024), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("reading " + key + ": " + e.getMessage(), e);
    }
  }

  private void download(String key, Path file) throws IOException {
    try (InputStream in =
        client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build())) {
      Files.copy(in, file);
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("downloading " + key + ": " + e.getMessage(), e);
    }
  }

  /**
   * The model objects copied.
   *
   * @param current the file name the store's {@code CURRENT} object gives, if there is one
   * @param files the model files copied, the current one first if it exists
   */
  public record Copied(Optional<String> current, List<String> files) {

    public Copied {
      files = List.copyOf(files);
    }
  }
}
