package org.fairpact.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload streamed to a temporary file while its SHA-256 and size are computed, so no upload is
 * ever held in memory. Reading stops as soon as the size limit is passed.
 */
final class SpooledUpload implements AutoCloseable {

  private static final int BUFFER = 64 * 1024;

  private final Path file;
  private final String sha256;
  private final long size;

  private SpooledUpload(Path file, String sha256, long size) {
    this.file = file;
    this.sha256 = sha256;
    this.size = size;
  }

  static SpooledUpload spool(InputStream body, long maxBytes) throws IOException {
    Path file = Files.createTempFile("fairpact-upload-", ".bin");
    try {
      MessageDigest digest = newDigest();
      long size = 0;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
        byte[] buffer = new byte[BUFFER];
        int read;
        while ((read = body.read(buffer)) != -1) {
          size += read;
          if (size > maxBytes) {
            throw new ProblemException(
                Problem.DOCUMENT_TOO_LARGE, "documents may have at most " + maxBytes + " bytes");
          }
          out.write(buffer, 0, read);
        }
      }
      return new SpooledUpload(file, HexFormat.of().formatHex(digest.digest()), size);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  Path file() {
    return file;
  }

  String sha256() {
    return sha256;
  }

  long size() {
    return size;
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }
}
