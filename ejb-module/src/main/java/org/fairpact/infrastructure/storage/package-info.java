/**
 * The S3 object store (MinIO client; s3proxy locally, MinIO or S3 at scale): document bytes under
 * {@code documents/<document id>}, and the trained clause models under {@code models/}, which
 * instances copy at start.
 */
package org.fairpact.infrastructure.storage;
