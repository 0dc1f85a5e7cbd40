package org.fairpact.client;

import java.util.List;

/** One page of a register search and the number of entries found. */
public record ClausePage(List<Clause> entries, long total, int page, int size) {}
