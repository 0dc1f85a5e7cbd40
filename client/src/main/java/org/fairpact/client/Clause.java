package org.fairpact.client;

/** An entry of the register of prohibited clauses. */
public record Clause(
    int registerNumber,
    String clauseText,
    String caseSignature,
    String court,
    String judgmentDate,
    String entryDate,
    String claimant,
    String defendants,
    String sector,
    String remarks,
    boolean active,
    boolean newlyAdded) {}
