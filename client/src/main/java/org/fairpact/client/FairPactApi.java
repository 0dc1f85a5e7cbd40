package org.fairpact.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/**
 * The FairPact API v1 as a MicroProfile Rest Client interface (the operations of the OpenAPI
 * document at {@code /openapi}, by their operationIds). Every error answer is thrown as {@link
 * FairPactProblem}. Parameters that may be absent take {@code null}.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RegisterProvider(ProblemMapper.class)
public interface FairPactApi {

  /** Header of the upload: a retry with the same key and bytes answers the first analysis. */
  String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** submitDocument: the contract's bytes (the server decides the type by them). */
  @POST
  @Path("documents")
  @Consumes(MediaType.APPLICATION_OCTET_STREAM)
  Submission submit(
      byte[] document,
      @QueryParam("filename") String filename,
      @QueryParam("lang") String lang,
      @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey);

  /** getDocument */
  @GET
  @Path("documents/{id}")
  Document document(@PathParam("id") String id);

  /** getAnalysis */
  @GET
  @Path("analyses/{id}")
  Analysis analysis(@PathParam("id") String id);

  /** getFindings: 409 {@code conflict} until the analysis is COMPLETED. */
  @GET
  @Path("analyses/{id}/findings")
  Findings findings(@PathParam("id") String id);

  /** searchClauses */
  @GET
  @Path("clauses")
  ClausePage clauses(
      @QueryParam("q") String words,
      @QueryParam("sector") String sector,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size);

  /** getClause */
  @GET
  @Path("clauses/{registerNumber}")
  Clause clause(@PathParam("registerNumber") int registerNumber);

  /** getCluster (roles admin, operator) */
  @GET
  @Path("admin/cluster")
  Cluster cluster();

  /** ping: returns when the token is good. */
  @GET
  @Path("ping")
  void ping();
}
