package org.fairpact.interfaces.rest;

import java.util.List;

/** A page of {@code GET /documents}: newest first; {@code nextCursor} absent on the last page. */
public record DocumentsPage(List<DocumentView> documents, String nextCursor) {}
