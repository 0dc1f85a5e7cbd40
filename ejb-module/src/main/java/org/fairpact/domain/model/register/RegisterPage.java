package org.fairpact.domain.model.register;

import java.util.List;

public record RegisterPage(List<RegisterClause> entries, long total, int page, int size) {}
