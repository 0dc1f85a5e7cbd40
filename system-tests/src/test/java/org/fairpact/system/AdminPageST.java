package org.fairpact.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.fairpact.system.support.FrontEnd;
import org.fairpact.system.support.FrontEnd.Response;
import org.fairpact.system.support.SystemEnvironment;
import org.fairpact.system.support.Tokens;
import org.fairpact.testsupport.HeadlessBrowser;
import org.fairpact.testsupport.SignedTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin page through nginx: served with its Content-Security-Policy, signing in and showing
 * every member of the cluster from behind the proxy (relative URLs), and the audit log recording
 * the client as nginx saw it, whatever the client wrote into X-Forwarded-For itself.
 */
class AdminPageST {

  private final FrontEnd front = FrontEnd.plain();

  @Test
  void thePageIsServedThroughTheFrontEndWithItsSecurityPolicy() {
    Response page = front.get("/admin/", null);
    Response script = front.get("/admin/admin.js", null);

    assertThat(page.status()).as("%s", page).isEqualTo(200);
    assertThat(page.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.header("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
    assertThat(script.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
  }

  @Test
  void anAdminSignsInBehindNginxAndSeesEveryMember() {
    try (HeadlessBrowser browser = HeadlessBrowser.start()) {
      browser.open(front.base().resolve("/admin/").toString());
      browser.awaitVisible(By.id("token")).sendKeys(Tokens.admin());
      browser.driver().findElement(By.id("sign-in-button")).click();

      List<WebElement> members =
          browser.await(
              driver -> {
                List<WebElement> rows =
                    driver.findElements(By.cssSelector("#member-rows tr[data-member]"));
                return rows.size() == SystemEnvironment.instances() ? rows : null;
              });

      assertThat(members).hasSize(SystemEnvironment.instances());
      browser.screenshot(Path.of("admin-page-behind-nginx"));
    }
  }

  @Test
  void theAuditLogRecordsTheClientNginxSawNotWhatTheClientClaimed() {
    String subject = "st-audit-" + UUID.randomUUID();
    String admin =
        SignedTokens.sign(
            subject, "admin", "ops", Instant.now().plusSeconds(3600), SignedTokens.issuer());

    Response triggered =
        front.post(
            "/api/v1/admin/scheduled-work/no-such-work/trigger",
            new byte[0],
            admin,
            Map.of("X-Forwarded-For", "203.0.113.66"));
    Response audit =
        front.get("/api/v1/admin/audit?limit=100&action=schedule-trigger", Tokens.admin());

    assertThat(triggered.status()).isEqualTo(404);
    assertThat(audit.status()).as("%s", audit).isEqualTo(200);
    JsonObject mine =
        json(audit.body()).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getJsonObject("who").getString("subject").equals(subject))
            .findFirst()
            .orElseThrow();
    assertThat(mine.getString("from")).isEqualTo("127.0.0.1");
    assertThat(mine.getString("outcome")).isEqualTo("refused: not-found");
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
