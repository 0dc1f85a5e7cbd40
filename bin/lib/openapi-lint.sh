# shellcheck shell=bash
# Redocly CLI for OpenApiIT (web-module), which lints the OpenAPI document the deployed application
# serves at /openapi: Node.js and npm (Debian's packages when missing), then the tool's locked
# dependencies (tools/openapi-lint/package-lock.json, npm ci) unless node_modules matches them.
# Sourced by bin/lib/command.sh after common.sh and build.sh; ensure_openapi_lint runs before `mvn verify`.

OPENAPI_LINT_DIR="$FAIRPACT_ROOT/tools/openapi-lint"

ensure_openapi_lint() {
  local packages=()
  command -v node >/dev/null || packages+=(nodejs)
  command -v npm >/dev/null || packages+=(npm)
  ((${#packages[@]} == 0)) || ensure_apt_packages "${packages[@]}"
  local stamp="$OPENAPI_LINT_DIR/node_modules/.package-lock.json"
  if [[ ! -f $stamp || $OPENAPI_LINT_DIR/package-lock.json -nt $stamp ]]; then
    log "installing Redocly CLI for OpenApiIT: npm ci (tools/openapi-lint)"
    (cd "$OPENAPI_LINT_DIR" && npm ci --no-audit --no-fund --loglevel=error) ||
      die "npm ci failed in tools/openapi-lint"
  fi
}
