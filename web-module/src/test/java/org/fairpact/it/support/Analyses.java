package org.fairpact.it.support;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fairpact.testsupport.Poll;

/** Submitting documents and waiting for their analyses, through the API. */
public final class Analyses {

  private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED");

  private final Api api;

  public Analyses(Api api) {
    this.api = api;
  }

  public ApiResponse submit(byte[] document, String token, Map<String, String> headers) {
    return api.post("/api/v1/documents", document, token, headers);
  }

  public ApiResponse submitText(String text, String token) {
    return submit(
        text.getBytes(StandardCharsets.UTF_8),
        token,
        Map.of("Content-Type", "text/plain; charset=UTF-8"));
  }

  /** Submits plain text in the given language ({@code lang} query parameter). */
  public ApiResponse submitText(String text, String lang, String token) {
    return api.post(
        "/api/v1/documents?lang=" + lang,
        text.getBytes(StandardCharsets.UTF_8),
        token,
        Map.of("Content-Type", "text/plain; charset=UTF-8"));
  }

  /** The findings of an analysis (the first page), as JSON objects. */
  public List<JsonObject> findings(String analysisId, String token) {
    return api.get("/api/v1/analyses/" + analysisId + "/findings", token)
        .json()
        .getJsonArray("findings")
        .getValuesAs(JsonObject.class);
  }

  /** Polls the analysis until it is COMPLETED or FAILED and returns its last view. */
  public JsonObject awaitFinished(String analysisId, String token, Duration limit) {
    return Poll.until(
            limit,
            () -> api.get("/api/v1/analyses/" + analysisId, token),
            r -> r.status() == 200 && FINISHED.contains(r.json().getString("status")),
            "analysis " + analysisId + " to finish")
        .json();
  }
}
