-- Findings whose risk the clause's type set: no single register entry matches, but the clause is of
-- a type of clause the register holds many times, and representative entries are its evidence
-- (RiskBasis.CLAUSE_TYPE, 11 characters: the column was 10).
ALTER TABLE finding DROP CONSTRAINT finding_basis_ck;
ALTER TABLE finding ALTER COLUMN basis TYPE varchar(12);
ALTER TABLE finding ADD CONSTRAINT finding_basis_ck
    CHECK (basis IN ('REGISTER', 'CLAUSE_TYPE', 'CLASSIFIER'));
-- The type of register clause the clause is of (ClauseType: a stable id such as
-- 'complaint-restriction', the Polish label, the English description), as the engine described it
-- at analysis time. NULL: no type (always so for rows written before this migration).
ALTER TABLE finding ADD COLUMN clause_type_id varchar(60);
ALTER TABLE finding ADD COLUMN clause_type_label text;
ALTER TABLE finding ADD COLUMN clause_type_description text;
-- The pair verifier's probability that the clause is this register entry, reworded or not. NULL:
-- the verifier did not judge the pair (English clauses), or evidence written before this migration.
ALTER TABLE finding_evidence ADD COLUMN verified double precision;
