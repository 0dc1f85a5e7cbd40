-- Transactional outbox: broker messages written in the same local transaction as the change that
-- calls for them (a submission, a requeue, a dead-lettering, a forward to the heavy queue). A relay
-- on every instance publishes pending rows in batches, each with its duplicate-detection id, and
-- deletes them; rows locked by one relay are skipped by the others.
CREATE TABLE outbox_message (
    id             bigserial    PRIMARY KEY,
    address        varchar(100) NOT NULL,
    duplicate_id   varchar(200) NOT NULL,
    analysis_id    uuid         NOT NULL,
    body           text         NOT NULL,
    failure_reason text,
    created_at     timestamptz  NOT NULL
);
