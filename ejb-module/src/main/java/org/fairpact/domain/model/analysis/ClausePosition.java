package org.fairpact.domain.model.analysis;

/** Where a clause sits in the extracted text: its index, page and character offsets. */
public record ClausePosition(int clauseIndex, int page, int start, int end) {}
