// Swagger UI over the application's own OpenAPI document. Every URL is relative to this page
// (/api/docs/), so it works on an instance and behind nginx alike.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: new URL("../../openapi", window.location.href).href,
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: "StandaloneLayout",
  });
};
