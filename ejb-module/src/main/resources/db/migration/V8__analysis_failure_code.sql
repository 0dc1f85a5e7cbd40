-- The stable reason code of a FAILED analysis beside its human-readable failure_reason, for
-- programs: a DefectCode of the engine (too-many-pages, deadline-exceeded, corrupt-pdf, ...) or
-- 'unreadable-document'. NULL: the analysis did not fail of a defect (still running, completed,
-- given up after its attempts) or failed before this migration.
ALTER TABLE analysis ADD COLUMN failure_code varchar(40);
