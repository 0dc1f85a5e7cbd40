package org.fairpact.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A socket-level HTTP client for oversize uploads: it can announce a body it never sends, or keep
 * streaming chunks until the server answers, which ordinary clients do not allow.
 */
public final class RawHttp {

  private static final int CHUNK = 64 * 1024;

  private RawHttp() {}

  /** Sends only the headers announcing {@code contentLength} bytes; returns the status code. */
  public static int announceBody(URL base, String path, String token, long contentLength) {
    return exchange(base, path, token, "Content-Length: " + contentLength + "\r\n", out -> {});
  }

  /** Streams up to {@code maxBytes} in chunks until the server answers; returns the status. */
  public static int streamChunked(URL base, String path, String token, long maxBytes) {
    return exchange(
        base,
        path,
        token,
        "Transfer-Encoding: chunked\r\n",
        out -> {
          byte[] chunk = new byte[CHUNK];
          java.util.Arrays.fill(chunk, (byte) 'a');
          String size = Integer.toHexString(CHUNK) + "\r\n";
          for (long sent = 0; sent < maxBytes; sent += CHUNK) {
            out.write(size.getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
        });
  }

  private static int exchange(
      URL base, String path, String token, String bodyHeaders, BodyWriter body) {
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      String head =
          "POST "
              + base.getPath().replaceAll("/$", "")
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1"
              + "\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: text/plain\r\n"
              + bodyHeaders
              + "\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      writer.submit(
          () -> {
            try {
              body.write(out);
            } catch (IOException expected) {
              // the server answered and closed while we were still sending
            }
            return null;
          });
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      String status = in.readLine();
      if (status == null) {
        throw new IOException("connection closed without a response");
      }
      return Integer.parseInt(status.split(" ")[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface BodyWriter {
    void write(OutputStream out) throws IOException;
  }
}
