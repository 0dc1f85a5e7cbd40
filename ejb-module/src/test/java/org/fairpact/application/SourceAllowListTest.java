package org.fairpact.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceAllowListTest {

  @TempDir Path root;

  private Path allowed;
  private Path outside;
  private SourceAllowList allowList;

  @BeforeEach
  void directories() throws IOException {
    allowed = Files.createDirectories(root.resolve("sources"));
    outside = Files.createDirectories(root.resolve("sources-evil"));
    allowList =
        SourceAllowList.of(
            allowed.toString(),
            "https://register.example.com/exports/, http://mirror.example.org:8080/uokik.csv",
            2048);
  }

  @Test
  void emptyOrBundledSourceIsTheBundledSnapshot() {
    assertThat(allowList.check(null)).isInstanceOf(AllowedSource.Bundled.class);
    assertThat(allowList.check("  ")).isInstanceOf(AllowedSource.Bundled.class);
    assertThat(allowList.check("bundled")).isInstanceOf(AllowedSource.Bundled.class);
  }

  @Test
  void aFileInsideAnAllowedDirectoryIsAllowedByItsRealPath() throws IOException {
    Path file = Files.writeString(allowed.resolve("register.csv"), "Lp\n");

    assertThat(allowList.check(file.toString()))
        .isEqualTo(new AllowedSource.LocalFile(file.toRealPath()));
    assertThat(allowList.check(file.toUri().toString()))
        .isEqualTo(new AllowedSource.LocalFile(file.toRealPath()));
  }

  @Test
  void systemFilesAreRefused() {
    assertRefused("/etc/passwd");
    assertRefused("/proc/self/environ");
    assertRefused("file:///etc/passwd");
  }

  @Test
  void aSymbolicLinkOutOfTheDirectoryIsRefused() throws IOException {
    Path secret = Files.writeString(outside.resolve("secret.csv"), "Lp\n");
    Path link = Files.createSymbolicLink(allowed.resolve("link.csv"), secret);
    Path linkedDirectory = Files.createSymbolicLink(allowed.resolve("up"), outside);

    assertRefused(link.toString());
    assertRefused(linkedDirectory.resolve("secret.csv").toString());
  }

  @Test
  void aSymbolicLinkInsideTheDirectoryIsAllowed() throws IOException {
    Path file = Files.writeString(allowed.resolve("register.csv"), "Lp\n");
    Path link = Files.createSymbolicLink(allowed.resolve("current.csv"), file);

    assertThat(allowList.check(link.toString()))
        .isEqualTo(new AllowedSource.LocalFile(file.toRealPath()));
  }

  @Test
  void dotDotIsRefusedEvenWhenItLandsInside() throws IOException {
    Files.writeString(allowed.resolve("register.csv"), "Lp\n");
    Files.writeString(outside.resolve("secret.csv"), "Lp\n");

    assertRefused(allowed + "/../sources/register.csv");
    assertRefused(allowed + "/../sources-evil/secret.csv");
  }

  @Test
  void aSiblingDirectorySharingTheNamePrefixIsNotInside() throws IOException {
    Path secret = Files.writeString(outside.resolve("secret.csv"), "Lp\n");

    assertRefused(secret.toString());
  }

  @Test
  void relativePathsDirectoriesAndMissingFilesAreRefused() throws IOException {
    assertRefused("register.csv");
    assertRefused(allowed.toString());
    assertRefused(allowed.resolve("missing.csv").toString());
  }

  @Test
  void urlsUnderAPrefixAreAllowed() {
    assertThat(allowList.check("https://register.example.com/exports/2024-02.csv"))
        .isEqualTo(
            new AllowedSource.Download(
                URI.create("https://register.example.com/exports/2024-02.csv")));
    assertThat(allowList.check("HTTPS://REGISTER.example.com:443/exports/x.xlsx"))
        .isInstanceOf(AllowedSource.Download.class);
    assertThat(allowList.check("http://mirror.example.org:8080/uokik.csv"))
        .isInstanceOf(AllowedSource.Download.class);
  }

  @Test
  void prefixTricksAreRefused() {
    assertRefused("https://register.example.com.evil/exports/x.csv");
    assertRefused("https://register.example.com@evil.example/exports/x.csv");
    assertRefused("https://user:pw@register.example.com/exports/x.csv");
    assertRefused("https://register.example.com:8443/exports/x.csv");
    assertRefused("http://register.example.com/exports/x.csv");
    assertRefused("https://register.example.com/exports-old/x.csv");
    assertRefused("https://register.example.com/exports/../admin");
    assertRefused("https://register.example.com/exports/%2e%2e/admin");
    assertRefused("https://register.example.com/exports/..%2fadmin");
    assertRefused("http://mirror.example.org:8080/uokik.csv.evil");
    assertRefused("http://mirror.example.org:8080/uokik.csvx");
    assertRefused("http://mirror.example.org/uokik.csv");
  }

  @Test
  void loopbackAndOtherSchemesAreRefused() {
    assertRefused("http://127.0.0.1:9/x");
    assertRefused("http://localhost:8081/api/v1/admin/model");
    assertRefused("ftp://register.example.com/exports/x.csv");
    assertRefused("jar:file:/etc/passwd!/x");
  }

  @Test
  void aRedirectTargetIsCheckedLikeTheSource() {
    assertThat(allowList.checkUrl(URI.create("https://register.example.com/exports/new.csv")))
        .isNotNull();
    assertThatThrownBy(() -> allowList.checkUrl(URI.create("http://169.254.169.254/latest/")))
        .isInstanceOf(SourceNotAllowedException.class);
  }

  @Test
  void anOverlongSourceIsRefusedWithoutBeingQuoted() {
    String huge = "/" + "a".repeat(10 * 1024 * 1024);

    assertThatThrownBy(() -> allowList.check(huge))
        .isInstanceOf(SourceNotAllowedException.class)
        .hasMessageContaining("at most 2048 characters")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
  }

  @Test
  void controlCharactersAreRefusedAndNeverQuoted() {
    assertThatThrownBy(() -> allowList.check(allowed + "/register.csv\u0000.txt"))
        .isInstanceOf(SourceNotAllowedException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0000"));
    assertThatThrownBy(() -> allowList.check("https://register.example.com/exports/\nx"))
        .isInstanceOf(SourceNotAllowedException.class);
  }

  @Test
  void quotingAbbreviatesLongSources() {
    String quoted = SourceAllowList.quote("/x/" + "b".repeat(5000));

    assertThat(quoted).hasSizeLessThan(SourceAllowList.QUOTED + 40).endsWith("(5003 characters)");
    assertThat(SourceAllowList.quote(null)).isEqualTo("bundled");
  }

  @Test
  void withoutConfigurationOnlyTheBundledSnapshotIsAllowed() throws IOException {
    SourceAllowList none = SourceAllowList.of("", null, 2048);
    Path file = Files.writeString(allowed.resolve("register.csv"), "Lp\n");

    assertThat(none.check(null)).isInstanceOf(AllowedSource.Bundled.class);
    assertThatThrownBy(() -> none.check(file.toString()))
        .isInstanceOf(SourceNotAllowedException.class);
    assertThatThrownBy(() -> none.check("https://register.example.com/exports/x.csv"))
        .isInstanceOf(SourceNotAllowedException.class);
  }

  @Test
  void badConfigurationIsAnError() {
    assertThatThrownBy(() -> SourceAllowList.of("relative/dir", "", 2048))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceAllowList.of("", "ftp://x.example/", 2048))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new SourceAllowList(List.of(), List.of(), 10).check(null))
        .isInstanceOf(AllowedSource.Bundled.class);
  }

  private void assertRefused(String source) {
    assertThatThrownBy(() -> allowList.check(source))
        .as(source)
        .isInstanceOf(SourceNotAllowedException.class);
  }
}
