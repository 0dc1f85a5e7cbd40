-- The audit log: one row per admin or operator action (sync started, stopped or restarted, replay
-- of failed analyses, schedule changed, instance drained, document deleted), refused ones included.
-- who: the token's subject, tenant and roles; from where: the client address (X-Forwarded-For only
-- from a trusted proxy); what: the action, its target and its outcome.
CREATE TABLE audit_entry (
    id             bigserial    PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL,
    subject        varchar(200) NOT NULL,
    tenant         varchar(100),
    roles          varchar(200) NOT NULL,
    client_address varchar(100) NOT NULL,
    action         varchar(60)  NOT NULL,
    target         varchar(200),
    outcome        varchar(200) NOT NULL,
    detail         text
);
CREATE INDEX audit_entry_action_idx ON audit_entry (action, id);

-- How often an admin replayed a FAILED analysis; each replay's request has its own
-- duplicate-detection id (<id>:replay-<n>).
ALTER TABLE analysis ADD COLUMN replays integer NOT NULL DEFAULT 0;
CREATE INDEX analysis_failed_idx ON analysis (completed_at DESC, id DESC) WHERE status = 'FAILED';
