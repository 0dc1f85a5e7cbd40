package org.fairpact.interfaces.batch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import org.fairpact.application.ClauseSyncSources.DownloadLimits;
import org.fairpact.application.SourceAllowList;

/**
 * Downloads a register export from an allowed URL within the limits: connect and read timeouts, at
 * most {@code maxBytes} (announced or streamed), and redirects followed only to URLs the allow-list
 * allows too, at most {@code maxRedirects} of them.
 */
final class RegisterDownload {

  private RegisterDownload() {}

  /** Opens the body of the export; the caller closes it. */
  static InputStream open(URI url, SourceAllowList allowList, DownloadLimits limits)
      throws IOException {
    URI current = allowList.checkUrl(url).url();
    for (int redirects = 0; ; redirects++) {
      HttpURLConnection connection = (HttpURLConnection) current.toURL().openConnection();
      connection.setInstanceFollowRedirects(false);
      connection.setConnectTimeout(Math.toIntExact(limits.connectTimeout().toMillis()));
      connection.setReadTimeout(Math.toIntExact(limits.readTimeout().toMillis()));
      connection.setUseCaches(false);
      int status = connection.getResponseCode();
      if (status >= 300 && status < 400) {
        String location = connection.getHeaderField("Location");
        connection.disconnect();
        if (location == null) {
          throw new IOException("register download: redirect " + status + " without a Location");
        }
        if (redirects >= limits.maxRedirects()) {
          throw new IOException(
              "register download: more than " + limits.maxRedirects() + " redirects");
        }
        current = allowList.checkUrl(current.resolve(location.strip())).url();
        continue;
      }
      if (status != HttpURLConnection.HTTP_OK) {
        connection.disconnect();
        throw new IOException("register download: HTTP " + status);
      }
      long announced = connection.getContentLengthLong();
      if (announced > limits.maxBytes()) {
        connection.disconnect();
        throw tooLarge(limits);
      }
      return new Bounded(connection.getInputStream(), limits);
    }
  }

  private static IOException tooLarge(DownloadLimits limits) {
    return new IOException(
        "register download: larger than fairpact.sync.download.max-bytes ("
            + limits.maxBytes()
            + " bytes)");
  }

  /** Fails the read that goes past the limit. */
  private static final class Bounded extends FilterInputStream {

    private final DownloadLimits limits;
    private long read;

    Bounded(InputStream in, DownloadLimits limits) {
      super(in);
      this.limits = limits;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void count(long n) throws IOException {
      read += n;
      if (read > limits.maxBytes()) {
        throw tooLarge(limits);
      }
    }
  }
}
