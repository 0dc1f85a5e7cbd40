/**
 * The versioned REST API (/api/v1): resources, their DTOs, the caller's tenant scope and the RFC
 * 9457 problem+json error mapping. Resources validate, map to an application command or query, and
 * answer; no business logic lives here.
 */
package org.fairpact.interfaces.rest;
