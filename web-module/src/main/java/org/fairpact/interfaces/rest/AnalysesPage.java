package org.fairpact.interfaces.rest;

import java.util.List;

/** A page of {@code GET /analyses}: newest first; {@code nextCursor} absent on the last page. */
public record AnalysesPage(List<AnalysisView> analyses, String nextCursor) {}
