-- Listings for integrators, newest first with keyset pagination: analyses by (queued_at, id),
-- documents by (created_at, id), per tenant and (for admins) across tenants. The per-tenant
-- document index also serves retention, which looks for a tenant's documents created before a
-- cutoff.
CREATE INDEX analysis_listing_idx ON analysis (tenant, queued_at DESC, id DESC);
CREATE INDEX analysis_listing_all_idx ON analysis (queued_at DESC, id DESC);
CREATE INDEX document_listing_idx ON document (tenant, created_at DESC, id DESC);
CREATE INDEX document_listing_all_idx ON document (created_at DESC, id DESC);
DROP INDEX document_tenant_idx;

-- Deletion: a worker that meets a request for an analysis that is not in the database must tell an
-- analysis erased (drop the request) from one whose submission is not visible yet (roll back, the
-- broker redelivers). An erased analysis leaves its id and when, nothing of its content.
CREATE TABLE erased_analysis (
    analysis_id uuid        PRIMARY KEY,
    erased_at   timestamptz NOT NULL
);

-- Deletion erases a document's stored object once no document refers to it any more (objects
-- stored before per-document keys, documents/<sha256>, may be shared by documents of one tenant).
CREATE INDEX document_storage_key_idx ON document (storage_key);

-- Outbox rows are withdrawn with the analysis they request.
CREATE INDEX outbox_message_analysis_idx ON outbox_message (analysis_id);
