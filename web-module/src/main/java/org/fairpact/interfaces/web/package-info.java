/**
 * Servlet-level pieces: the error page that turns container-generated errors (401 from the JWT
 * mechanism, 403, unknown paths) into problem+json like the rest of the API.
 */
package org.fairpact.interfaces.web;
