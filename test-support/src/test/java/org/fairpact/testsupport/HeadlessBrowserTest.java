package org.fairpact.testsupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class HeadlessBrowserTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  @Test
  void showsPageRunsItsScriptAndKeepsScreenshot() throws Exception {
    Path shot;
    try (HeadlessBrowser browser = HeadlessBrowser.start()) {
      browser.show(
          "<!doctype html><html><head><meta charset=utf-8><title>Próba</title></head><body>"
              + "<p id=text>Zażółć gęślą jaźń</p>"
              + "<script>document.body.insertAdjacentHTML('beforeend','<p id=late>ok</p>')"
              + "</script></body></html>");
      assertEquals("Próba", browser.driver().getTitle());
      assertEquals("Zażółć gęślą jaźń", browser.awaitVisible(By.id("text")).getText());
      assertEquals("ok", browser.awaitVisible(By.id("late")).getText());
      shot = browser.screenshot(Path.of("headless-browser-test"));
    }
    assertEquals(HeadlessBrowser.SCREENSHOTS.resolve("headless-browser-test.png"), shot);
    assertArrayEquals(PNG, Arrays.copyOf(Files.readAllBytes(shot), 4));
    assertTrue(Files.size(shot) > 1000, "a screenshot of a rendered page, not an empty image");
  }
}
