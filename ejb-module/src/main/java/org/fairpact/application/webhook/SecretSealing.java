package org.fairpact.application.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fairpact.domain.model.webhook.WebhookSecret;

/**
 * Webhook signing secrets at rest: sealed with AES-256-GCM under {@code
 * fairpact.webhooks.secret-key} (the base64 of 32 random bytes), bound to their tenant, so a copy
 * of the database alone signs nothing. Signing needs the secret itself, so it is opened again for
 * each attempt. Without a key secrets are kept as issued and the instance says so at start; secrets
 * stored before a key was set are still read. The webhook deliverer asks {@link #seals()} when the
 * instance starts, so a key that is not 32 base64 bytes stops the deployment there.
 */
@ApplicationScoped
public class SecretSealing {

  static final String SEALED = "sealed.v1.";
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  @ConfigProperty(name = "fairpact.webhooks.secret-key")
  Optional<String> keyText;

  @Inject Logger log;

  private Optional<SecretKeySpec> key = Optional.empty();

  @PostConstruct
  void init() {
    key = keyText.filter(text -> !text.isBlank()).map(SecretSealing::key);
    if (key.isEmpty()) {
      log.warning(
          "fairpact.webhooks.secret-key is not set: webhook signing secrets are stored as issued");
    }
  }

  /** Whether new secrets are sealed (a key is configured). */
  public boolean seals() {
    return key.isPresent();
  }

  /** A new secret as it is stored. */
  public String seal(String tenant, String secret) {
    if (key.isEmpty()) {
      return secret;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, tenant, nonce).apply(utf8(secret));
    byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
    System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
    return SEALED + Base64.getEncoder().encodeToString(stored);
  }

  /**
   * The secret a stored value holds.
   *
   * @throws IllegalStateException if it is sealed and this instance has no key, or another key, or
   *     it was sealed for another tenant
   */
  public String open(String tenant, String stored) {
    if (stored.startsWith(WebhookSecret.PREFIX)) {
      return stored;
    }
    if (!stored.startsWith(SEALED)) {
      throw new IllegalStateException("the stored webhook secret has an unknown format");
    }
    if (key.isEmpty()) {
      throw new IllegalStateException(
          "the webhook secret is sealed and fairpact.webhooks.secret-key is not set");
    }
    byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
    byte[] nonce = Arrays.copyOf(all, NONCE_BYTES);
    byte[] sealed = Arrays.copyOfRange(all, NONCE_BYTES, all.length);
    return new String(
        cipher(Cipher.DECRYPT_MODE, tenant, nonce).apply(sealed), StandardCharsets.UTF_8);
  }

  private Crypt cipher(int mode, String tenant, byte[] nonce) {
    return input -> {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key.orElseThrow(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(utf8(tenant));
        return cipher.doFinal(input);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(
            "the webhook secret does not open with fairpact.webhooks.secret-key (another key, or"
                + " sealed for another tenant)",
            e);
      }
    };
  }

  private static SecretKeySpec key(String text) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("fairpact.webhooks.secret-key is not base64", e);
    }
    if (bytes.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "fairpact.webhooks.secret-key must be 32 bytes (base64 of `openssl rand 32`), not "
              + bytes.length);
    }
    return new SecretKeySpec(bytes, "AES");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @FunctionalInterface
  private interface Crypt {
    byte[] apply(byte[] input);
  }
}
