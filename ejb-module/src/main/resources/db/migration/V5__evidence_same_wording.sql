-- Evidence names one entry per wording: the register numbers of the other entries with the same
-- wording (the same clause ruled against other businesses), space-separated, ascending. NULL: none,
-- or evidence written before this migration.
ALTER TABLE finding_evidence ADD COLUMN same_wording text;
