package org.fairpact.domain.model.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  /** The test vector of the Standard Webhooks reference implementations. */
  @Test
  void reproducesTheStandardWebhooksTestVector() {
    String signature =
        WebhookSignature.sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            "{\"test\": 2432232314}");

    assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  }

  @Test
  void theSignatureCoversIdTimestampAndBody() {
    String secret = WebhookSecret.generate();
    String signature = WebhookSignature.sign(secret, "msg_1", 100, "{}");

    assertThat(WebhookSignature.sign(secret, "msg_2", 100, "{}")).isNotEqualTo(signature);
    assertThat(WebhookSignature.sign(secret, "msg_1", 101, "{}")).isNotEqualTo(signature);
    assertThat(WebhookSignature.sign(secret, "msg_1", 100, "{ }")).isNotEqualTo(signature);
    assertThat(WebhookSignature.sign(WebhookSecret.generate(), "msg_1", 100, "{}"))
        .isNotEqualTo(signature);
  }

  @Test
  void aSecretIsWhsecAndTheBase64OfThirtyTwoRandomBytes() {
    String secret = WebhookSecret.generate();

    assertThat(secret).startsWith("whsec_");
    assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
    assertThat(WebhookSecret.key(secret)).hasSize(32);
    assertThat(WebhookSecret.generate()).isNotEqualTo(secret);
  }
}
