/**
 * Servlet-level pieces: the error page that turns container-generated errors (401 from the JWT
 * mechanism, 403, unknown paths) into problem+json like the rest of the API, and the security
 * headers of the admin page (static files under {@code /admin/}).
 */
package org.fairpact.interfaces.web;
