package org.fairpact.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of {@code GET /analyses}: newest first; {@code nextCursor} absent on the last page. */
@Schema(
    name = "AnalysesPage",
    description = "A page of analyses, newest first; `nextCursor` absent on the last page.")
public record AnalysesPage(List<AnalysisView> analyses, String nextCursor) {}
