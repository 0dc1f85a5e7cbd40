-- Webhooks: one endpoint per tenant, the deliveries of analysis outcomes to it and every attempt.
-- A delivery row is written in the transaction that records the analysis outcome; the deliverers
-- of all instances claim due rows with FOR UPDATE SKIP LOCKED and lease them while they send.
CREATE TABLE webhook (
    tenant      varchar(100)  PRIMARY KEY,
    url         varchar(2048) NOT NULL,
    -- Standard Webhooks secret (whsec_<base64>): HMAC needs it in the clear.
    secret      varchar(100)  NOT NULL,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL
);

CREATE TABLE webhook_delivery (
    id               bigserial    PRIMARY KEY,
    -- The webhook-id header: the same on every attempt.
    message_id       varchar(40)  NOT NULL UNIQUE,
    tenant           varchar(100) NOT NULL,
    event_type       varchar(40)  NOT NULL,
    analysis_id      uuid         NOT NULL,
    payload          text         NOT NULL,
    -- PENDING, DELIVERED or FAILED
    status           varchar(16)  NOT NULL,
    attempts         integer      NOT NULL DEFAULT 0,
    -- When PENDING: when it is due (or, while an attempt is under way, when its lease ends).
    next_attempt_at  timestamptz,
    created_at       timestamptz  NOT NULL,
    first_attempt_at timestamptz,
    finished_at      timestamptz
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_tenant_idx ON webhook_delivery (tenant, id DESC);

CREATE TABLE webhook_attempt (
    id           bigserial     PRIMARY KEY,
    delivery_id  bigint        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    number       integer       NOT NULL,
    attempted_at timestamptz   NOT NULL,
    url          varchar(2048),
    -- The receiver's HTTP status, or NULL with an error (no answer, or no request made).
    http_status  integer,
    error        varchar(300),
    duration_ms  bigint        NOT NULL
);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, number);
