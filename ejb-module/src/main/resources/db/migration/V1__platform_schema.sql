-- FairPact platform schema: documents, analyses, findings, the clause register and system events.

CREATE TABLE document (
    id            uuid PRIMARY KEY,
    tenant        varchar(100) NOT NULL,
    sha256        char(64)     NOT NULL,
    storage_key   varchar(200) NOT NULL,
    filename      varchar(255),
    document_type varchar(10)  NOT NULL,
    size_bytes    bigint       NOT NULL,
    created_at    timestamptz  NOT NULL
);
CREATE INDEX document_tenant_idx ON document (tenant);

CREATE TABLE analysis (
    id              uuid PRIMARY KEY,
    -- deferred: JPA does not promise to insert the document before its analysis
    document_id     uuid         NOT NULL REFERENCES document (id) DEFERRABLE INITIALLY DEFERRED,
    tenant          varchar(100) NOT NULL,
    status          varchar(12)  NOT NULL,
    queue           varchar(40)  NOT NULL,
    language_hint   varchar(2),
    language        varchar(2),
    idempotency_key varchar(200),
    clauses_total   integer,
    clauses_done    integer      NOT NULL DEFAULT 0,
    findings_count  integer,
    attempts        integer      NOT NULL DEFAULT 0,
    failure_reason  text,
    queued_at       timestamptz  NOT NULL,
    started_at      timestamptz,
    completed_at    timestamptz,
    version         bigint       NOT NULL DEFAULT 0,
    CONSTRAINT analysis_status_ck CHECK (status IN ('QUEUED', 'PROCESSING', 'COMPLETED', 'FAILED'))
);
CREATE INDEX analysis_tenant_idx ON analysis (tenant);
CREATE INDEX analysis_status_idx ON analysis (status);
CREATE UNIQUE INDEX analysis_idempotency_uq ON analysis (tenant, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

CREATE TABLE finding (
    id           uuid PRIMARY KEY,
    analysis_id  uuid             NOT NULL REFERENCES analysis (id) ON DELETE CASCADE
                                      DEFERRABLE INITIALLY DEFERRED,
    clause_index integer          NOT NULL,
    page         integer          NOT NULL,
    start_offset integer          NOT NULL,
    end_offset   integer          NOT NULL,
    excerpt      text             NOT NULL,
    risk         varchar(8)       NOT NULL,
    score        double precision NOT NULL,
    -- a redelivered message must never duplicate findings
    CONSTRAINT finding_clause_uq UNIQUE (analysis_id, clause_index)
);

CREATE TABLE finding_evidence (
    finding_id      uuid             NOT NULL REFERENCES finding (id) ON DELETE CASCADE,
    rank            integer          NOT NULL,
    register_number integer          NOT NULL,
    similarity      double precision NOT NULL,
    case_signature  text,
    court           text,
    judgment_date   date,
    sector          text,
    PRIMARY KEY (finding_id, rank)
);

CREATE TABLE register_entry (
    register_number     integer PRIMARY KEY,
    judgment_date       date,
    case_signature      text,
    court               text,
    claimant            text,
    defendants          text,
    clause_text         text        NOT NULL,
    entry_date          date,
    remarks             text,
    sector              text,
    content_hash        char(64)    NOT NULL,
    active              boolean     NOT NULL DEFAULT true,
    newly_added         boolean     NOT NULL DEFAULT true,
    first_seen_instance bigint,
    changed_instance    bigint,
    seen_instance       bigint,
    first_seen_at       timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
CREATE INDEX register_entry_sector_idx ON register_entry (sector);
CREATE INDEX register_entry_fts_idx ON register_entry
    USING gin (to_tsvector('simple', clause_text));

CREATE TABLE system_event (
    id          bigserial PRIMARY KEY,
    kind        varchar(40) NOT NULL,
    occurred_at timestamptz NOT NULL,
    reference   varchar(100),
    details     text        NOT NULL
);
CREATE INDEX system_event_kind_idx ON system_event (kind, occurred_at);
