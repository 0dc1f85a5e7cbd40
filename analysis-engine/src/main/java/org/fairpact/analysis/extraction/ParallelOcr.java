package org.fairpact.analysis.extraction;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Recognises the pages of one document that need OCR in parallel, on threads shared by all
 * documents (one per core), and hands the texts back in page order. The caller renders the pages
 * one by one (PDF rendering is not thread-safe) and waits before rendering another while as many
 * pages as there are threads are still being recognised, so a long scan never holds all its page
 * images in memory at once. Every wait ends at the document's {@link Deadline}; {@link #close()}
 * cancels what is still queued or running (interrupting a running recognition kills its process),
 * so a document that fails or runs out of time leaves no OCR work behind.
 */
final class ParallelOcr implements AutoCloseable {

  /** OCR threads of the process: one per core. */
  static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          THREADS,
          task -> {
            Thread thread = new Thread(task, "fairpact-ocr-" + THREAD_NUMBER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  private final OcrEngine ocr;
  private final Deadline deadline;
  private final Semaphore waiting = new Semaphore(THREADS);
  private final List<Future<String>> pages = new ArrayList<>();

  ParallelOcr(OcrEngine ocr, Deadline deadline) {
    this.ocr = ocr;
    this.deadline = deadline;
  }

  /** Waits, if need be, until another page may be rendered for {@link #recognise}. */
  void awaitRoom() throws ExtractionException {
    try {
      if (!waiting.tryAcquire(millisLeft(), TimeUnit.MILLISECONDS)) {
        throw deadline.exceeded();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OcrUnavailableException("interrupted while waiting to run OCR", e);
    }
  }

  /**
   * Starts recognising a page rendered after {@link #awaitRoom}.
   *
   * @return the index of the page's text in {@link #texts()}
   */
  int recognise(BufferedImage page) {
    pages.add(
        POOL.submit(
            () -> {
              try {
                return ocr.recognise(page).strip();
              } finally {
                waiting.release();
              }
            }));
    return pages.size() - 1;
  }

  /** Gives the room back when rendering failed after {@link #awaitRoom}. */
  void releaseRoom() {
    waiting.release();
  }

  /** The texts of all pages, in the order they were given; the first failure is thrown. */
  List<String> texts() throws ExtractionException {
    List<String> texts = new ArrayList<>(pages.size());
    try {
      for (Future<String> page : pages) {
        texts.add(page.get(millisLeft(), TimeUnit.MILLISECONDS));
      }
      return texts;
    } catch (TimeoutException e) {
      throw deadline.exceeded();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OcrUnavailableException("interrupted while waiting for OCR", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ExtractionException extraction) {
        throw extraction;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("OCR failed: " + cause, cause);
    } finally {
      close();
    }
  }

  /** Cancels the pages still queued or being recognised. */
  @Override
  public void close() {
    pages.forEach(page -> page.cancel(true));
  }

  private long millisLeft() {
    return Math.min(Long.MAX_VALUE / 2, deadline.remaining().toMillis());
  }
}
