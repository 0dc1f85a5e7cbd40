/** The S3 object store for document bytes (MinIO client; s3proxy locally, MinIO or S3 at scale). */
package org.fairpact.infrastructure.storage;
