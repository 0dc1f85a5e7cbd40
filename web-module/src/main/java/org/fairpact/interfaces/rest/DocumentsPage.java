package org.fairpact.interfaces.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of {@code GET /documents}: newest first; {@code nextCursor} absent on the last page. */
@Schema(
    name = "DocumentsPage",
    description = "A page of documents, newest first; `nextCursor` absent on the last page.")
public record DocumentsPage(List<DocumentView> documents, String nextCursor) {}
