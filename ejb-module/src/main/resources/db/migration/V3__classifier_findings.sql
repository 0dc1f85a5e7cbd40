-- Findings of the trained clause classifier: which evidence set a finding's risk (the register's
-- similarity or the classifier's probability), the classifier's calibrated probability and
-- predicted categories, and the clause's words that weighed most (its explanation). Rows written
-- before this migration, and by instances that run without a model, are register findings.
ALTER TABLE finding ADD COLUMN basis varchar(10) NOT NULL DEFAULT 'REGISTER';
ALTER TABLE finding ADD CONSTRAINT finding_basis_ck CHECK (basis IN ('REGISTER', 'CLASSIFIER'));
-- NULL: the clause was not classified (no model, or none for the document's language)
ALTER TABLE finding ADD COLUMN probability double precision;
-- space-separated category codes, e.g. 'LTD TER' (CLAUDETTE categories for English)
ALTER TABLE finding ADD COLUMN categories varchar(200);

CREATE TABLE finding_explanation (
    finding_id uuid             NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    rank       integer          NOT NULL,
    phrase     text             NOT NULL,
    feature    text             NOT NULL,
    weight     double precision NOT NULL,
    PRIMARY KEY (finding_id, rank)
);

-- The document's risk score (AnalysisResult.documentRisk) and the model that classified its
-- clauses (NULL: register evidence alone).
ALTER TABLE analysis ADD COLUMN document_risk double precision;
ALTER TABLE analysis ADD COLUMN model_version varchar(40);
