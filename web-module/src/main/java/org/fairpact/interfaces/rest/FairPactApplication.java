package org.fairpact.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The API root. Every resource below is secured with MicroProfile JWT bearer tokens. The class is a
 * CDI bean so that, with annotated bean discovery, Payara's JWT extension sees its LoginConfig.
 */
@ApplicationScoped
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.INTEGRATOR, Roles.ADMIN, Roles.OPERATOR})
public class FairPactApplication extends Application {}
