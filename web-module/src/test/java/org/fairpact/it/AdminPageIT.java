package org.fairpact.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.fairpact.it.support.Api;
import org.fairpact.it.support.ApiResponse;
import org.fairpact.it.support.Deployments;
import org.fairpact.it.support.Register;
import org.fairpact.it.support.Tokens;
import org.fairpact.it.support.TransientFailures;
import org.fairpact.testsupport.HeadlessBrowser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin page in headless Chromium against the real application: an admin signs in with a token,
 * sees the cluster's member, replays an analysis that FAILED for real (its stored document was
 * missing, and is back) and sees it COMPLETED; a token without the admin role is refused at sign-in
 * with a message on the page.
 */
@ExtendWith(ArquillianExtension.class)
class AdminPageIT {

  private static final Duration COMPLETES_WITHIN = Duration.ofMinutes(2);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.fairpact();
  }

  @ArquillianResource URL base;

  private Api api;
  private HeadlessBrowser browser;

  @BeforeEach
  void start() {
    api = new Api(base);
    browser = HeadlessBrowser.start();
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void anAdminSeesTheClusterAndReplaysAFailedAnalysisUntilItCompletes() {
    Register.ensureLoaded(api);
    String member = api.get("/api/v1/admin/cluster", Tokens.admin()).json().getString("answeredBy");
    String tenant = "page-" + UUID.randomUUID().toString().substring(0, 8);
    List<String> texts = List.of(TransientFailures.uniqueContract());
    String id = TransientFailures.failedAnalyses(api, texts, Tokens.integrator(tenant)).get(0);
    TransientFailures.putBack(List.of(id), texts);

    signIn(Tokens.admin());

    WebElement memberRow =
        browser.awaitVisible(By.cssSelector("#member-rows tr[data-member='" + member + "']"));
    assertThat(memberRow.getText()).contains(member).contains("UP");
    assertThat(browser.driver().findElement(By.id("queue-rows")).getText())
        .contains("analysis.fast")
        .contains("analysis.dlq");
    assertThat(browser.driver().findElement(By.id("model-view")).getText()).contains("Loaded");
    browser.screenshot(Path.of("admin-page-signed-in"));

    WebElement replay =
        browser.awaitVisible(By.cssSelector("#failed-rows tr[data-analysis='" + id + "'] button"));
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("tr[data-analysis='" + id + "']"))
                .getText())
        .contains("attempts-exhausted")
        .contains(tenant);
    replay.click();

    new WebDriverWait(browser.driver(), COMPLETES_WITHIN)
        .until(
            driver ->
                "COMPLETED"
                    .equals(
                        driver.findElement(By.id("analysis-view")).getAttribute("data-status")));
    String view = browser.driver().findElement(By.id("analysis-view")).getText();
    assertThat(view).contains(id).contains("COMPLETED");
    assertThat(browser.driver().findElement(By.id("message")).getText()).contains("replayed");
    assertThat(
            browser
                .driver()
                .findElements(By.cssSelector("#failed-rows tr[data-analysis='" + id + "']")))
        .as("no longer among the FAILED")
        .isEmpty();
    assertThat(browser.driver().findElement(By.id("audit-rows")).getText())
        .contains("analysis-replay")
        .contains(id);
    Path screenshot = browser.screenshot(Path.of("admin-page-replayed"));
    assertThat(screenshot).isRegularFile();
    assertThat(
            api.get("/api/v1/analyses/" + id, Tokens.integrator(tenant)).json().getString("status"))
        .isEqualTo("COMPLETED");
  }

  @Test
  void aTokenWithoutTheAdminRoleIsRefusedAtSignIn() {
    signIn(Tokens.integrator("acme"));

    WebElement refused = browser.awaitVisible(By.id("sign-in-message"));

    assertThat(refused.getText()).contains("admin role");
    assertThat(browser.driver().findElement(By.id("console")).isDisplayed()).isFalse();
    assertThat(browser.driver().findElement(By.id("sign-in")).isDisplayed()).isTrue();
    browser.screenshot(Path.of("admin-page-refused"));

    signIn("not.a.token");

    String message =
        browser.await(
            d -> {
              String text = d.findElement(By.id("sign-in-message")).getText();
              return text.contains("not accepted") ? text : null;
            });
    assertThat(message).contains("sign in again");
  }

  @Test
  void thePageComesWithAStrictContentSecurityPolicyAndItsContentTypes() throws Exception {
    ApiResponse page = api.get("/admin/", null);
    ApiResponse script = api.get("/admin/admin.js", null);
    ApiResponse style = api.get("/admin/admin.css", null);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.header("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("script-src 'self'")
                    .contains("default-src 'none'")
                    .doesNotContain("unsafe-inline"));
    assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.body()).contains("admin.js").doesNotContain("<script>");
    assertThat(script.contentType()).startsWith("text/javascript");
    assertThat(style.contentType()).startsWith("text/css");
    assertThat(script.body()).doesNotContain("innerHTML");
    assertThat(Files.exists(Path.of("src/main/webapp/admin/index.html"))).isTrue();
  }

  private void signIn(String token) {
    browser.open(Deployments.onLoopback(base) + "admin/");
    WebElement field = browser.awaitVisible(By.id("token"));
    field.clear();
    field.sendKeys(token);
    browser.driver().findElement(By.id("sign-in-button")).click();
  }
}
