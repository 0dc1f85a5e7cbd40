# shellcheck shell=bash
# The deploy-checks stage of `bin/fairpact test` (alone: `test --deploy-checks-only`): renders the
# Kubernetes overlays of docker/k8s with kustomize, validates every object against the Kubernetes
# and KEDA schemas (tools/k8s-validate), requires the validator to reject the broken fixtures,
# runs promtool over the alert rules and their unit tests, and checks the Grafana dashboard and the
# list of exported metrics against the code. No cluster, no containers, no services.
# Sourced through bin/lib/command.sh after common.sh and build.sh.

K8S_DIR="$FAIRPACT_ROOT/docker/k8s"
K8S_VALIDATOR_DIR="$FAIRPACT_ROOT/tools/k8s-validate"
PROMETHEUS_DIR="$FAIRPACT_ROOT/docker/prometheus"
OBSERVABILITY_DIR="$FAIRPACT_ROOT/docker/observability"
DEPLOY_CHECKS_DIR="$STATE_ROOT/deploy-checks"
# The overlays and what each one must find in the cluster rather than render (production's Secrets
# are created by the operator: overlays/production/env/kustomization.yaml).
K8S_OVERLAYS=(local local/migrate production production/migrate)
K8S_PRODUCTION_EXTERNAL="Secret/fairpact-db,Secret/fairpact-broker,Secret/fairpact-s3,Secret/fairpact-jwt,Secret/fairpact-webhooks,Secret/fairpact-tls"

# ensure_kubectl: kubectl with its built-in kustomize; on Debian without one, the kubernetes-client
# package (kubectl 1.20, kustomize v2.0: the kustomizations keep to what it understands).
ensure_kubectl() {
  command -v kubectl >/dev/null || ensure_apt_packages kubernetes-client
}

# ensure_node: Node.js and npm (Debian's nodejs and npm packages when missing), then the validator's
# locked dependencies (npm ci) unless node_modules already matches package-lock.json.
ensure_node() {
  local packages=()
  command -v node >/dev/null || packages+=(nodejs)
  command -v npm >/dev/null || packages+=(npm)
  ((${#packages[@]} == 0)) || ensure_apt_packages "${packages[@]}"
  local stamp="$K8S_VALIDATOR_DIR/node_modules/.package-lock.json"
  if [[ ! -f $stamp || $K8S_VALIDATOR_DIR/package-lock.json -nt $stamp ]]; then
    log "installing the validator's dependencies: npm ci (tools/k8s-validate)"
    (cd "$K8S_VALIDATOR_DIR" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in tools/k8s-validate"
  fi
}

# ensure_promtool: Debian's prometheus package ships promtool. Only promtool is taken out of it
# (apt-get download, unpacked under .fairpact/deploy-checks/): installing the package would also
# start a Prometheus server listening on all interfaces wherever systemd runs.
PROMTOOL=promtool
ensure_promtool() {
  if command -v promtool >/dev/null; then
    PROMTOOL=promtool
    return 0
  fi
  PROMTOOL="$DEPLOY_CHECKS_DIR/prometheus-deb/usr/bin/promtool"
  [[ -x $PROMTOOL ]] && return 0
  log "promtool: unpacking it from Debian's prometheus package (apt-get download)"
  mkdir -p "$DEPLOY_CHECKS_DIR/prometheus-deb"
  (
    cd "$DEPLOY_CHECKS_DIR" && rm -f prometheus_*.deb &&
      { apt-get download prometheus >/dev/null 2>&1 ||
        { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq && apt-get download prometheus >/dev/null; }; } &&
      dpkg-deb -x prometheus_*.deb prometheus-deb && rm -f prometheus_*.deb
  ) || die "could not get promtool from Debian's prometheus package"
}

# deploy_validate ARGS...: the validator (node tools/k8s-validate/validate.js ARGS...).
deploy_validate() {
  node "$K8S_VALIDATOR_DIR/validate.js" "$@"
}

test_stage_deploy_checks() {
  local started=$SECONDS overlay out rendered=() external f rejected=0 fixtures=0 line
  local metrics_list="$OBSERVABILITY_DIR/exported-metrics.txt"
  log "deploy checks: Kubernetes manifests, alert rules, dashboard"
  ensure_kubectl
  ensure_node
  ensure_promtool
  ok "tools: $(kubectl version --client 2>/dev/null | grep -E 'Client Version|GitVersion' | head -n 1 | sed 's/^Client Version: //; s/.*GitVersion:"\([^"]*\)".*/\1/') (kubectl), node $(node --version), $("$PROMTOOL" --version 2>&1 | head -n 1 | awk '{print $3}') (promtool)"
  mkdir -p "$DEPLOY_CHECKS_DIR"

  # 1. render every overlay (kustomize's deprecation notices of kubectl >= 1.27 are expected: the
  #    files keep to the older syntax that kubectl 1.20's kustomize also reads)
  for overlay in "${K8S_OVERLAYS[@]}"; do
    out="$DEPLOY_CHECKS_DIR/${overlay//\//-}.yaml"
    kubectl kustomize "$K8S_DIR/overlays/$overlay" >"$out" 2>"$out.log" || {
      cat "$out.log" >&2
      die "kustomize could not render docker/k8s/overlays/$overlay"
    }
    rendered+=("$out")
    ok "rendered overlays/$overlay: $(grep -c '^kind:' "$out") objects"
  done

  # 2. validate them, each overlay on its own (production's Secrets are external)
  for overlay in "${K8S_OVERLAYS[@]}"; do
    out="$DEPLOY_CHECKS_DIR/${overlay//\//-}.yaml"
    external=''
    [[ $overlay == production* ]] && external="$K8S_PRODUCTION_EXTERNAL"
    line="$(deploy_validate manifests --external "$external" "$out")" || die "overlays/$overlay does not validate"
    ok "overlays/$overlay: ${line#manifests: }"
  done

  # 3. the validator rejects each broken fixture
  for f in "$K8S_VALIDATOR_DIR"/fixtures/invalid/*; do
    fixtures=$((fixtures + 1))
    case "$f" in
      *.json) deploy_validate dashboard "$metrics_list" "$f" ;;
      *rules*) deploy_validate rules "$metrics_list" "$f" ;;
      *) deploy_validate manifests "$f" ;;
    esac >/dev/null 2>&1 && die "the validator accepted the broken fixture ${f#"$FAIRPACT_ROOT"/}"
    rejected=$((rejected + 1))
  done
  ok "negative fixtures: $rejected of $fixtures rejected (tools/k8s-validate/fixtures/invalid)"

  # 4. alert rules: syntax, the compose Prometheus' configuration that loads them, unit tests
  "$PROMTOOL" check rules "$PROMETHEUS_DIR/alerts.yml" >"$DEPLOY_CHECKS_DIR/promtool.log" 2>&1 || {
    cat "$DEPLOY_CHECKS_DIR/promtool.log" >&2
    die "promtool check rules failed"
  }
  ok "promtool check rules: $(grep -o '[0-9]* rules found' "$DEPLOY_CHECKS_DIR/promtool.log")"
  "$PROMTOOL" check config "$PROMETHEUS_DIR/prometheus.yml" >"$DEPLOY_CHECKS_DIR/promtool.log" 2>&1 || {
    cat "$DEPLOY_CHECKS_DIR/promtool.log" >&2
    die "promtool check config failed (docker/prometheus/prometheus.yml)"
  }
  ok "promtool check config: docker/prometheus/prometheus.yml is valid and loads alerts.yml"
  (cd "$PROMETHEUS_DIR" && "$PROMTOOL" test rules alerts.test.yml) >"$DEPLOY_CHECKS_DIR/promtool.log" 2>&1 || {
    cat "$DEPLOY_CHECKS_DIR/promtool.log" >&2
    die "promtool test rules failed (docker/prometheus/alerts.test.yml)"
  }
  ok "promtool test rules: SUCCESS, $(grep -c 'alertname:' "$PROMETHEUS_DIR/alerts.test.yml") alert evaluations of $(grep -c '^  - interval' "$PROMETHEUS_DIR/alerts.test.yml") test groups"

  # 5. the exported metrics: the list against the code, the rules and the dashboard against the list
  line="$(deploy_validate metrics "$metrics_list" "$FAIRPACT_ROOT"/{ejb-module,web-module,batch-jobs}/src/main/java)" ||
    die "docker/observability/exported-metrics.txt differs from the metrics the code registers"
  ok "$line"
  line="$(deploy_validate rules "$metrics_list" "$PROMETHEUS_DIR/alerts.yml")" || die "an alert rule uses a metric nobody exports"
  ok "$line"
  line="$(deploy_validate dashboard --rules-out "$DEPLOY_CHECKS_DIR/dashboard-queries.yml" "$metrics_list" \
    "$OBSERVABILITY_DIR/grafana-dashboard.json")" || die "the dashboard uses a metric the application does not export"
  ok "$line"
  "$PROMTOOL" check rules "$DEPLOY_CHECKS_DIR/dashboard-queries.yml" >"$DEPLOY_CHECKS_DIR/promtool.log" 2>&1 || {
    cat "$DEPLOY_CHECKS_DIR/promtool.log" >&2
    die "a dashboard query is not valid PromQL"
  }
  ok "dashboard queries parse as PromQL (promtool)"
  ok "deploy checks stage: $((SECONDS - started)) s"
}
