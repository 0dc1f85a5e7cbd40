package org.fairpact.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.fairpact.domain.model.webhook.WebhookSecret;
import org.junit.jupiter.api.Test;

class SecretSealingTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private static final String OTHER_KEY =
      Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());

  private final String secret = WebhookSecret.generate();

  @Test
  void aSealedSecretHidesTheSecretAndOpensForItsTenant() {
    SecretSealing sealing = sealing(KEY);

    String stored = sealing.seal("acme", secret);

    assertThat(stored).startsWith("sealed.v1.").doesNotContain(secret.substring(6));
    assertThat(stored.length()).as("fits webhook.secret, varchar(200) (V12)").isLessThan(200);
    assertThat(sealing.seal("acme", secret)).as("a new nonce each time").isNotEqualTo(stored);
    assertThat(sealing.open("acme", stored)).isEqualTo(secret);
  }

  @Test
  void itDoesNotOpenForAnotherTenantOrUnderAnotherKey() {
    String stored = sealing(KEY).seal("acme", secret);

    assertThatThrownBy(() -> sealing(KEY).open("globex", stored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("another tenant");
    assertThatThrownBy(() -> sealing(OTHER_KEY).open("acme", stored))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> sealing(null).open("acme", stored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fairpact.webhooks.secret-key is not set");
  }

  @Test
  void withoutAKeySecretsAreKeptAsIssuedAndClearOnesAreAlwaysRead() {
    assertThat(sealing(null).seal("acme", secret)).isEqualTo(secret);
    assertThat(sealing(KEY).open("acme", secret))
        .as("stored before a key was set")
        .isEqualTo(secret);
  }

  @Test
  void aKeyThatIsNot32Base64BytesIsRefusedAtStart() {
    assertThatThrownBy(() -> sealing(Base64.getEncoder().encodeToString(new byte[16])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> sealing("not base64!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not base64");
  }

  private static SecretSealing sealing(String key) {
    SecretSealing sealing = new SecretSealing();
    sealing.keyText = Optional.ofNullable(key);
    sealing.log = Logger.getLogger(SecretSealingTest.class.getName());
    sealing.init();
    return sealing;
  }
}
