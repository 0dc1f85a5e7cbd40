package org.fairpact.application;

import java.net.URI;
import java.nio.file.Path;

/** A clause-sync source that {@link SourceAllowList} allowed, resolved to what is to be read. */
public sealed interface AllowedSource {

  /** The register snapshot bundled with FairPact. */
  record Bundled() implements AllowedSource {}

  /** A regular file, by its real path inside an allowed directory. */
  record LocalFile(Path realPath) implements AllowedSource {}

  /** An http(s) URL under an allowed prefix. */
  record Download(URI url) implements AllowedSource {}
}
