package org.fairpact.domain.model.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * The one endpoint of a tenant that hears about its analyses' outcomes, and the secret that signs
 * what is sent there. The secret is kept as stored: sealed under the instances' key, or as issued
 * when none is configured (the application layer seals and opens it).
 */
@Entity
@Table(name = "webhook")
public class Webhook {

  @Id private String tenant;

  @Column(nullable = false)
  private String url;

  @Column(nullable = false)
  private String secret;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Webhook() {}

  public Webhook(String tenant, String url, String secret, OffsetDateTime now) {
    this.tenant = tenant;
    this.url = url;
    this.secret = secret;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void pointTo(String newUrl, OffsetDateTime now) {
    this.url = newUrl;
    this.updatedAt = now;
  }

  public void rotateSecret(String newSecret, OffsetDateTime now) {
    this.secret = newSecret;
    this.updatedAt = now;
  }

  public String tenant() {
    return tenant;
  }

  public String url() {
    return url;
  }

  public String secret() {
    return secret;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
