package org.fairpact.domain.model.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bounded label of why an analysis FAILED: its failure code (a document defect's stable code),
 * else the code of a reason FairPact words itself, else {@value #OTHER}; never free text, which may
 * quote the document. Metrics count failures by it and admins replay failures by it.
 */
public final class FailureLabel {

  /** The label of a failure whose reason is none of the known ones. */
  public static final String OTHER = "other";

  /** Beginnings of the failure reasons FairPact itself words, and their labels, in order. */
  public static final Map<String, String> KNOWN_REASONS = knownReasons();

  private FailureLabel() {}

  public static String of(Analysis failed) {
    if (failed.failureCode().isPresent()) {
      return failed.failureCode().get();
    }
    String reason = failed.failureReason().orElse("");
    return KNOWN_REASONS.entrySet().stream()
        .filter(known -> reason.startsWith(known.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(OTHER);
  }

  private static Map<String, String> knownReasons() {
    Map<String, String> known = new LinkedHashMap<>();
    known.put("gave up after ", "attempts-exhausted");
    known.put("the document contains no readable text", "no-text");
    known.put("corrupt PDF", "corrupt-pdf");
    known.put("encrypted PDF", "encrypted-pdf");
    known.put("PDF has no pages", "corrupt-pdf");
    known.put("corrupt DOCX", "corrupt-docx");
    known.put("DOCX ", "corrupt-docx");
    known.put("corrupt image", "corrupt-image");
    known.put("text file is not valid UTF-8", "invalid-text");
    return Collections.unmodifiableMap(known);
  }
}
