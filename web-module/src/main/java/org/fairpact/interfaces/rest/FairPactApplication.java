package org.fairpact.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The API root. Every resource below is secured with MicroProfile JWT bearer tokens. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.INTEGRATOR, Roles.ADMIN, Roles.OPERATOR})
public class FairPactApplication extends Application {}
