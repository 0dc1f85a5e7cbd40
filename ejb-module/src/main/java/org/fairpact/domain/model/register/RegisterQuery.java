package org.fairpact.domain.model.register;

import java.util.Optional;

/** A page of a register search: words to find (all of them), an optional sector, page from 0. */
public record RegisterQuery(Optional<String> words, Optional<String> sector, int page, int size) {}
