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
 * them into a local folder laid out as {@link ModelDirectory} reads it: the current model, and the
 * newest others only when asked (when the current one fails its checks), each file dated with its
 * object's last-modified time, so that the folder's fallback order (newest first) is the order in
 * which the models were published.
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
   * Copies the current model object into {@code folder}, with the {@code CURRENT} file naming it;
   * when there is no {@code CURRENT} object or it names no model object, copies the fallbacks
   * instead (the folder's order then picks the newest).
   *
   * @return what was copied: the name {@code CURRENT} gives (if the object exists) and the model
   *     files, current first
   * @throws IOException if the store cannot be listed or read
   */
  public Copied copyCurrentTo(Path folder) throws IOException {
    Listing listing = list(folder);
    if (listing.currentModel().isPresent()) {
      Item current = listing.currentModel().get();
      copy(current, folder);
      return new Copied(listing.current(), List.of(fileName(current)), false);
    }
    return copyFallbacksTo(folder, listing);
  }

  /**
   * Copies the newest model objects other than the current one, up to {@code
   * fairpact.model.fallbacks} of them, into {@code folder}: needed only when the current model
   * fails its checks.
   *
   * @return the name {@code CURRENT} gives (if the object exists) and the model files copied
   * @throws IOException if the store cannot be listed or read
   */
  public Copied copyFallbacksTo(Path folder) throws IOException {
    return copyFallbacksTo(folder, list(folder));
  }

  private Copied copyFallbacksTo(Path folder, Listing listing) throws IOException {
    List<String> copied = new ArrayList<>();
    for (Item item : listing.others()) {
      if (copied.size() >= fallbacks) {
        break;
      }
      copy(item, folder);
      copied.add(fileName(item));
    }
    return new Copied(listing.current(), copied, true);
  }

  /** Lists the model objects and writes the {@code CURRENT} file (if any) into the folder. */
  private Listing list(Path folder) throws IOException {
    List<Item> models = new ArrayList<>();
    boolean hasCurrent = false;
    try {
      for (Result<Item> result :
          client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(prefix).build())) {
        Item item = result.get();
        if (item.isDir()) {
          continue;
        }
        String name = fileName(item);
        if (name.equals(ModelDirectory.CURRENT)) {
          hasCurrent = true;
        } else if (name.matches(MODEL_FILE)) {
          models.add(item);
        }
      }
    } catch (Exception e) {
      throw new IOException("listing " + location() + ": " + e.getMessage(), e);
    }
    models.sort(Comparator.comparing(Item::lastModified).reversed());
    Optional<String> current = Optional.empty();
    if (hasCurrent) {
      current = Optional.of(read(prefix + ModelDirectory.CURRENT).strip());
      Files.writeString(folder.resolve(ModelDirectory.CURRENT), current.get() + "\n");
    }
    Optional<Item> currentModel =
        current.flatMap(name -> models.stream().filter(m -> fileName(m).equals(name)).findFirst());
    List<Item> others =
        models.stream().filter(m -> currentModel.map(c -> c != m).orElse(true)).toList();
    return new Listing(current, currentModel, others);
  }

  /** Copies a model object (unless already there), dated with its last-modified time. */
  private void copy(Item item, Path folder) throws IOException {
    Path file = folder.resolve(fileName(item));
    if (Files.exists(file)) {
      return;
    }
    try (InputStream in = open(item.objectName())) {
      Files.copy(in, file);
    }
    Files.setLastModifiedTime(file, FileTime.from(item.lastModified().toInstant()));
  }

  private String fileName(Item item) {
    return item.objectName().substring(prefix.length());
  }

  private String read(String key) throws IOException {
    try (InputStream in = open(key)) {
      return new String(in.readNBytes(1024), StandardCharsets.UTF_8);
    }
  }

  private InputStream open(String key) throws IOException {
    try {
      return client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build());
    } catch (Exception e) {
      throw new IOException("reading " + key + ": " + e.getMessage(), e);
    }
  }

  /**
   * The model objects under the prefix: the name {@code CURRENT} gives, the object it names (if it
   * exists) and the others, newest first.
   */
  private record Listing(
      Optional<String> current, Optional<Item> currentModel, List<Item> others) {}

  /**
   * The model objects copied.
   *
   * @param current the file name the store's {@code CURRENT} object gives, if there is one
   * @param files the model files copied, the current one first if it exists
   * @param fallbacks whether the fallbacks were copied too ({@link #copyCurrentTo} copies them when
   *     there is no current model object to copy)
   */
  public record Copied(Optional<String> current, List<String> files, boolean fallbacks) {

    public Copied {
      files = List.copyOf(files);
    }
  }
}
