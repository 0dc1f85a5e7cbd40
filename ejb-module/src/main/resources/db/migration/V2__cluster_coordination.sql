-- Cluster coordination: periodic work that runs exactly once per scheduled slot across every
-- instance, decided by PostgreSQL (not by Payara timers, which fire on every instance, nor by
-- Hazelcast locks, which are not linearizable), and what the analysis reaper needs.

-- One row per (work, slot): the instance that inserted it owns that run. The primary key makes the
-- claim atomic; lease_until lets another instance take over a run whose owner died before
-- finishing it (finished_at stays NULL), claims counts how often that happened.
CREATE TABLE scheduled_run (
    work        varchar(60)  NOT NULL,
    slot        timestamptz  NOT NULL,
    owner       varchar(200) NOT NULL,
    claims      integer      NOT NULL DEFAULT 1,
    claimed_at  timestamptz  NOT NULL,
    lease_until timestamptz  NOT NULL,
    finished_at timestamptz,
    outcome     text,
    PRIMARY KEY (work, slot)
);

-- Cluster-wide schedule set by an admin at run time; absent: the instance's MicroProfile Config.
CREATE TABLE scheduled_work_override (
    work       varchar(60)  PRIMARY KEY,
    schedule   varchar(100) NOT NULL,
    updated_at timestamptz  NOT NULL,
    updated_by varchar(200)
);

-- The reaper looks for analyses in PROCESSING whose last sign of life is older than a timeout.
-- heartbeat_at moves on every start and progress report; requeues counts the reaper's re-sends
-- (each re-send carries its own duplicate-detection id "<analysis id>:requeue-<n>").
ALTER TABLE analysis ADD COLUMN heartbeat_at timestamptz;
ALTER TABLE analysis ADD COLUMN requeues integer NOT NULL DEFAULT 0;
CREATE INDEX analysis_processing_idx ON analysis ((coalesce(heartbeat_at, started_at)))
    WHERE status = 'PROCESSING';
