-- The wording a clause shares with the register entry it resembles: the entry's passages of two
-- or more words that the clause has too (in any inflection), one a line. NULL: none, or evidence
-- written before this migration.
ALTER TABLE finding_evidence ADD COLUMN shared_wording text;
