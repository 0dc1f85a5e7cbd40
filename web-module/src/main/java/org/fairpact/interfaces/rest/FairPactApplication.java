package org.fairpact.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API root. Every resource below is secured with MicroProfile JWT bearer tokens. The class is a
 * CDI bean so that, with annotated bean discovery, Payara's JWT extension sees its LoginConfig.
 *
 * <p>It also heads the OpenAPI document at {@code /openapi}: the servers are set by {@code
 * mp.openapi.servers} (relative, so the document holds behind nginx), the problem schema and the
 * shared error responses come from {@code META-INF/openapi.yaml}. Conventions: docs/api.md.
 */
@ApplicationScoped
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.INTEGRATOR, Roles.ADMIN, Roles.OPERATOR})
@OpenAPIDefinition(
    info =
        @Info(
            title = "FairPact API",
            version = "1",
            description =
                "Checks consumer contracts for clauses that Polish courts have ruled abusive. POST a"
                    + " contract to /api/v1/documents, follow the analysis at the Location it"
                    + " answers, then read the findings with their evidence from the UOKiK register"
                    + " of prohibited clauses and the trained classifier. Every call needs a bearer"
                    + " JWT (roles integrator, admin, operator; an integrator's `tenant` claim"
                    + " decides whose documents it sees). Errors are RFC 9457 problem+json with a"
                    + " stable `type`. Deprecated operations answer `Deprecation` and `Sunset`"
                    + " headers and live at least six months after they are announced"
                    + " (https://fairpact.dev/docs/api#deprecation-policy).",
            contact = @Contact(name = "FairPact", url = "https://fairpact.dev"),
            license = @License(name = "Proprietary", url = "https://fairpact.dev/terms")),
    security = @SecurityRequirement(name = FairPactApplication.BEARER),
    tags = {
      @Tag(name = "Documents", description = "Submit contracts and read what was stored."),
      @Tag(name = "Analyses", description = "Follow an analysis and read its findings."),
      @Tag(name = "Register", description = "The UOKiK register of prohibited clauses."),
      @Tag(name = "Clause sync", description = "Keep the register in sync (admin, operator)."),
      @Tag(name = "Cluster", description = "The instances, the data grid and the queues."),
      @Tag(name = "Scheduled work", description = "Periodic work and its schedules."),
      @Tag(name = "Webhooks", description = "Callbacks on analysis completion and failure."),
      @Tag(
          name = "Administration",
          description = "The audit log, analyses by status, FAILED analyses and their replay."),
      @Tag(name = "Diagnostics", description = "Endpoints for measuring and probing the API.")
    })
@SecurityScheme(
    securitySchemeName = FairPactApplication.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "An RS256 JWT (MicroProfile JWT) with `groups` (integrator, admin or operator) and, for"
            + " integrators, a `tenant` claim; `bin/fairpact token` makes one locally.")
public class FairPactApplication extends Application {

  /** The name of the bearer JWT security scheme in the OpenAPI document. */
  static final String BEARER = "bearer";
}
