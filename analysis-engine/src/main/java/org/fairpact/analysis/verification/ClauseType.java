package org.fairpact.analysis.verification;

/**
 * A kind of clause the register holds under many numbers, such as "complaint deadline" or
 * "jurisdiction at the trader's seat" ({@link ClauseTypes}).
 *
 * @param id stable identifier, lower case with hyphens, e.g. {@code complaint-deadline}
 * @param label the type as a lawyer names it, in Polish
 * @param description what makes such a clause abusive, in English
 */
public record ClauseType(String id, String label, String description) {}
