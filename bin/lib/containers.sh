# shellcheck shell=bash
# The container stack of docker/ (bin/fairpact containers ...): the host's container tools, base
# images, image builds, the compose project and its state. See ../shared/docs/containers.md for why
# each step is needed on a machine with podman and no image registry.
# Sourced through bin/lib/command.sh after common.sh, build.sh, payara.sh, profile.sh and api.sh.

CONTAINER_PACKAGES=(podman buildah crun runc podman-compose debootstrap fuse-overlayfs slirp4netns
  netavark aardvark-dns uidmap catatonit iptables)
DOCKER_DIR="$FAIRPACT_ROOT/docker"
COMPOSE_FILE="$DOCKER_DIR/compose.yaml"
CONTAINERS_CONF=/etc/containers/containers.conf

# ---------------------------------------------------------------------------------------------
# Host: packages and the three fixes of containers.md
# ---------------------------------------------------------------------------------------------
# missing_packages PACKAGE...: prints the ones dpkg does not have installed.
missing_packages() {
  local p
  for p in "$@"; do
    # shellcheck disable=SC2016 # ${Status} is dpkg-query's format
    [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" == "install ok installed" ]] || printf '%s\n' "$p"
  done
}

ensure_container_packages() {
  local missing=() missing_compose=()
  mapfile -t missing < <(missing_packages "${CONTAINER_PACKAGES[@]}" jq curl openssl gettext-base)
  mapfile -t missing_compose < <(missing_packages docker-compose)
  ((${#missing[@]} + ${#missing_compose[@]} == 0)) && return 0
  log "installing apt packages: ${missing[*]} ${missing_compose[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  if ((${#missing[@]})); then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  # docker-compose 1.29 (through podman's Docker API) honours depends_on conditions; without
  # --no-install-recommends it drags in docker.io, containerd and apparmor.
  if ((${#missing_compose[@]})); then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
  fi
  ok "apt packages installed"
}

# ensure_containers_conf: root here lacks CAP_SYS_RESOURCE (podman's default nofile/nproc ulimits
# fail in crun/runc), and crun refuses this cgroup v1 + cgroup2 hybrid: default_ulimits the host
# allows and runc. Written once; a file that already has both settings is left alone.
ensure_containers_conf() {
  if [[ -f $CONTAINERS_CONF ]] && grep -q 'default_ulimits' "$CONTAINERS_CONF" &&
    grep -q 'runtime *= *"runc"' "$CONTAINERS_CONF"; then
    return 0
  fi
  [[ -f $CONTAINERS_CONF ]] && as_root cp "$CONTAINERS_CONF" "$CONTAINERS_CONF.before-fairpact"
  log "writing $CONTAINERS_CONF (ulimits the host allows, runtime runc)"
  as_root mkdir -p "$(dirname "$CONTAINERS_CONF")"
  as_root tee "$CONTAINERS_CONF" >/dev/null <<EOF
# Written by bin/fairpact containers (see ../shared/docs/containers.md): podman asks for
# nofile/nproc 1048576, which root without CAP_SYS_RESOURCE cannot set; crun does not run on this
# cgroup v1 hybrid, runc does.
[containers]
default_ulimits = [
  "nofile=$(ulimit -Hn):$(ulimit -Hn)",
  "nproc=32768:32768",
]
[engine]
runtime = "runc"
EOF
}

ensure_container_host() {
  ensure_container_packages
  ensure_containers_conf
}

# ---------------------------------------------------------------------------------------------
# State: .fairpact/containers/ (secrets, the JWT key pair, TLS, logs, PIDs, generated override)
# ---------------------------------------------------------------------------------------------
CONTAINERS_PROJECT=fairpact
CONTAINERS_MAX_INSTANCES=8
CONTAINERS_HTTP_PORT="${FAIRPACT_CONTAINERS_HTTP_PORT:-18080}"
CONTAINERS_TLS_PORT="${FAIRPACT_CONTAINERS_TLS_PORT:-18443}"
CONTAINERS_CONSOLE_PORT="${FAIRPACT_CONTAINERS_CONSOLE_PORT:-18161}"
CONTAINERS_PROMETHEUS_PORT="${FAIRPACT_CONTAINERS_PROMETHEUS_PORT:-18090}"
# Images built from docker/*/Dockerfile: name and Dockerfile directory.
CONTAINER_IMAGES=(app broker objectstore migrate nginx prometheus)

# containers_state: the variables bin/lib's helpers read (start_daemon, pid_of, make_token,
# cmd_sync, api) pointed at the container stack's state and front end.
containers_state() {
  STATE="$STATE_ROOT/containers"
  RUN="$STATE/run"
  LOGS="$STATE/logs"
  SECRETS="$STATE/secrets"
  JWT_DIR="$STATE/jwt"
  TLS_DIR="$STATE/tls"
  ENV_FILE="$STATE/stack.env"
  JWT_ISSUER=fairpact-containers
  API_URL="http://127.0.0.1:$CONTAINERS_HTTP_PORT"
  OVERRIDE_FILE="$STATE/compose.instances.yaml"
  PODMAN_SOCKET="$RUN/podman.sock"
  export FAIRPACT_SECRETS_DIR="$SECRETS" FAIRPACT_CONTAINERS_HTTP_PORT="$CONTAINERS_HTTP_PORT" \
    FAIRPACT_CONTAINERS_TLS_PORT="$CONTAINERS_TLS_PORT" \
    FAIRPACT_CONTAINERS_CONSOLE_PORT="$CONTAINERS_CONSOLE_PORT" \
    FAIRPACT_CONTAINERS_PROMETHEUS_PORT="$CONTAINERS_PROMETHEUS_PORT"
}

containers_lock() {
  mkdir -p "$STATE_ROOT"
  exec 8>"$STATE_ROOT/.containers.lock"
  flock -w 900 8 || die "another bin/fairpact containers is running (lock $STATE_ROOT/.containers.lock)"
}

# ensure_stack_secrets: passwords and keys of the stack, made once. Compose mounts each file at
# /run/secrets/<name>; the directory is private (700), the files readable (644) so that the
# containers' non-root users (postgres) can read their bind mounts.
ensure_stack_secrets() {
  (umask 077 && mkdir -p "$STATE" "$SECRETS" "$RUN" "$LOGS")
  chmod 700 "$STATE" "$SECRETS"
  secret "$SECRETS/db-password" >/dev/null
  secret "$SECRETS/broker-password" >/dev/null
  secret "$SECRETS/s3-access-key" 20 >/dev/null
  secret "$SECRETS/s3-secret-key" 40 >/dev/null
  [[ -s $SECRETS/webhook-secret-key ]] || (umask 077 && openssl rand -base64 32 >"$SECRETS/webhook-secret-key")
  ensure_jwt_keys
  cp "$JWT_DIR/public.pem" "$SECRETS/jwt-public-key"
  LOGS="$STATE/logs" ensure_tls_cert
  cp "$TLS_DIR/fairpact.crt" "$SECRETS/tls-cert"
  cp "$TLS_DIR/fairpact.key" "$SECRETS/tls-key"
  chmod 644 "$SECRETS"/*
  cat >"$ENV_FILE" <<ENV
# Written by bin/fairpact containers: how to reach the container stack.
FAIRPACT_API_URL=$API_URL
FAIRPACT_TLS_URL=https://127.0.0.1:$CONTAINERS_TLS_PORT
MP_JWT_VERIFY_ISSUER=$JWT_ISSUER
FAIRPACT_JWT_PRIVATE_KEY=$JWT_DIR/private.pem
ENV
}

# ---------------------------------------------------------------------------------------------
# Images
# ---------------------------------------------------------------------------------------------
image_name() { printf 'docker.io/fairpact/%s:latest' "$1"; }

# image_created IMAGE: seconds since the epoch when IMAGE was built (0 if it does not exist).
image_created() {
  local created
  created="$(podman image inspect --format '{{.Created.Unix}}' "$1" 2>/dev/null || true)"
  printf '%s' "${created:-0}"
}

# The modules whose main sources end up in the WAR or the RAR.
ARTEFACT_MODULES=(analysis-engine ejb-module batch-jobs web-module artemis-rar)

# artefact_sources_newer FILE: a main source or POM of what the WAR and the RAR are made of
# changed after FILE was written (tests and the other modules do not count).
artefact_sources_newer() {
  [[ -n "$(cd "$FAIRPACT_ROOT" && find "${ARTEFACT_MODULES[@]}" pom.xml -name target -prune -o \
    -type f \( -path '*/src/main/*' -o -name pom.xml \) -newer "$1" -print -quit 2>/dev/null)" ]]
}

# host_artefacts_current: the WAR and the RAR built on the host exist and none of their sources
# changed since (then the application image takes them instead of building them again).
host_artefacts_current() {
  [[ -f $WAR_FILE && -f $RAR_FILE ]] || return 1
  ! artefact_sources_newer "$WAR_FILE" && ! artefact_sources_newer "$RAR_FILE"
}

# build_image NAME [BUILD ARGS...]: podman build of docker/NAME/Dockerfile with the repository
# as context, the host's ~/.m2 as a throw-away overlay (downloads stay in the container, nothing
# is written to the host's), HEALTHCHECK kept (--format docker).
build_image() {
  local name="$1" started=$SECONDS
  shift
  local m2="${HOME:-/root}/.m2"
  mkdir -p "$m2/repository"
  log "building $(image_name "$name") (docker/$name/Dockerfile)"
  if ! nice podman build --format docker --layers -f "$DOCKER_DIR/$name/Dockerfile" \
    -t "$(image_name "$name")" -v "$m2:/host-m2:O" --build-arg MAVEN_REPO=/host-m2/repository \
    "$@" "$FAIRPACT_ROOT" >"$LOGS/build-$name.log" 2>&1; then
    tail_log "$LOGS/build-$name.log"
    die "building $(image_name "$name") failed (log: $LOGS/build-$name.log)"
  fi
  ok "$(image_name "$name") built ($((SECONDS - started)) s)"
}

# image_inputs NAME: what docker/NAME/Dockerfile copies from the repository (besides the sources
# and artefacts of the application image, checked by build_images).
image_inputs() {
  case "$1" in
    app) printf '%s\n' docker/app server-config/payara pom.xml ;;
    broker) printf '%s\n' docker/broker server-config/artemis pom.xml ;;
    objectstore) printf '%s\n' docker/objectstore server-config/s3proxy pom.xml ;;
    migrate) printf '%s\n' docker/migrate ejb-module/src/main/resources/db/migration pom.xml ;;
    nginx) printf '%s\n' docker/nginx server-config/nginx ;;
    prometheus) printf '%s\n' docker/prometheus ;;
  esac
}

# image_outdated NAME [PATH...]: the image does not exist, or a file of its inputs (or of the
# PATHs) changed after it was built.
image_outdated() {
  local name="$1" created inputs=()
  shift
  created="$(image_created "$(image_name "$name")")"
  ((created > 0)) || return 0
  mapfile -t inputs < <(image_inputs "$name")
  [[ -n "$(cd "$FAIRPACT_ROOT" && find "${inputs[@]}" "$@" \( -name target -o -name .fairpact \) -prune -o \
    -type f -newermt "@$created" -print -quit 2>/dev/null)" ]]
}

# build_images changed|always|from-source: the stack's images. `changed` builds the ones that are
# missing or older than what they are built from; the application image takes the host's WAR and
# RAR when they are up to date (bin/fairpact test has just built and tested them), else builds them
# with Maven inside the image build (also with from-source).
build_images() {
  local mode="$1" name args
  for name in "${CONTAINER_IMAGES[@]}"; do
    args=()
    if [[ $name == app ]]; then
      if [[ $mode != from-source ]] && host_artefacts_current; then
        [[ $mode == changed ]] && ! image_outdated app "${WAR_FILE#"$FAIRPACT_ROOT"/}" \
          "${RAR_FILE#"$FAIRPACT_ROOT"/}" && continue
        cp "$WAR_FILE" "$DOCKER_DIR/artefacts/fairpact.war"
        cp "$RAR_FILE" "$DOCKER_DIR/artefacts/artemis-rar.rar"
        args=(--build-arg ARTEFACTS=host)
        ok "application image from the host's $(basename "$WAR_FILE") and $(basename "$RAR_FILE")"
      else
        [[ $mode == changed ]] && ! image_outdated app "${ARTEFACT_MODULES[@]}" && continue
        rm -f "$DOCKER_DIR/artefacts/fairpact.war" "$DOCKER_DIR/artefacts/artemis-rar.rar"
        args=(--build-arg ARTEFACTS=maven)
        ok "application image: the WAR and the RAR built with Maven inside the image build"
      fi
    elif [[ $mode == changed ]] && ! image_outdated "$name"; then
      continue
    fi
    build_image "$name" "${args[@]+"${args[@]}"}"
  done
}

# ---------------------------------------------------------------------------------------------
# Compose: docker-compose 1.29 through podman's Docker API (it honours depends_on conditions,
# podman-compose 1.0.3 does not), with the healthcheck ticker running meanwhile
# ---------------------------------------------------------------------------------------------
start_podman_api() {
  pid_of podman-api >/dev/null && return 0
  rm -f "$PODMAN_SOCKET"
  # 8>&-: neither the service nor what it starts (conmon, aardvark-dns) may hold containers_lock.
  start_daemon podman-api "unix://$PODMAN_SOCKET" "$LOGS/podman-api.log" \
    podman system service --time=0 "unix://$PODMAN_SOCKET" 8>&-
  wait_until 30 "podman API service" "$(<"$RUN/podman-api.pid")" "$LOGS/podman-api.log" test -S "$PODMAN_SOCKET"
}

start_health_ticker() {
  pid_of health-ticker >/dev/null && return 0
  start_daemon health-ticker "healthcheck-ticker.sh $CONTAINERS_PROJECT" "$LOGS/health-ticker.log" \
    "$DOCKER_DIR/healthcheck-ticker.sh" "$CONTAINERS_PROJECT" 8>&-
}

# shellcheck disable=SC2317 # called by the EXIT trap
stop_compose_helpers() {
  stop_component health-ticker 5 >/dev/null
  stop_component podman-api 10 >/dev/null
  rm -f "$PODMAN_SOCKET"
}

# compose [timeout SECONDS] ARGS...: docker-compose of the project (with the generated override).
compose() {
  local limit=()
  if [[ ${1:-} == timeout ]]; then
    limit=(timeout "$2")
    shift 2
  fi
  local files=(-f "$COMPOSE_FILE")
  [[ -f $OVERRIDE_FILE ]] && files+=(-f "$OVERRIDE_FILE")
  DOCKER_HOST="unix://$PODMAN_SOCKET" "${limit[@]}" docker-compose -p "$CONTAINERS_PROJECT" "${files[@]}" "$@"
}

# instance_services N: app-1 .. app-N, one a line.
instance_services() {
  local i
  for ((i = 1; i <= $1; i++)); do printf 'app-%s\n' "$i"; done
}

# write_instances N: the grid member list and nginx's upstreams for N instances (environment the
# compose file interpolates) and, beyond the two compose.yaml has, an override adding app-3..N.
write_instances() {
  local n="$1" i members='' upstreams=''
  for ((i = 1; i <= n; i++)); do
    members+="${members:+,}app-$i:6900"
    upstreams+="${upstreams:+ }app-$i:8080"
  done
  export FAIRPACT_GRID_MEMBERS="$members" FAIRPACT_UPSTREAMS="$upstreams"
  printf '%s\n' "$n" >"$STATE/instances"
  rm -f "$OVERRIDE_FILE"
  ((n > 2)) || return 0
  {
    printf '# Generated by bin/fairpact containers up --instances %s: instances beyond the two of compose.yaml.\n' "$n"
    printf 'services:\n'
    for ((i = 3; i <= n; i++)); do
      cat <<YAML
  app-$i:
    extends:
      file: $DOCKER_DIR/app-service.yaml
      service: app
    environment:
      FAIRPACT_INSTANCE_NAME: fairpact-$i
      FAIRPACT_GRID_WAIT_FOR: app-$((i - 1)):6900
    depends_on:
      postgres: {condition: service_healthy}
      broker: {condition: service_healthy}
      objectstore: {condition: service_healthy}
      migrate: {condition: service_completed_successfully}
      models: {condition: service_completed_successfully}
      app-$((i - 1)): {condition: service_started}
YAML
    done
    printf '  nginx:\n    depends_on:\n'
    for ((i = 3; i <= n; i++)); do
      printf '      app-%s: {condition: service_healthy}\n' "$i"
    done
  } >"$OVERRIDE_FILE"
}

# container_of SERVICE: the ID of the (first) running container of SERVICE in the project.
container_of() {
  podman ps -q --filter "label=com.docker.compose.project=$CONTAINERS_PROJECT" \
    --filter "label=com.docker.compose.service=$1" | head -n 1
}

stack_containers() {
  podman ps -a -q --filter "label=com.docker.compose.project=$CONTAINERS_PROJECT"
}

# instance_ready_in SERVICE: the instance's own readiness check (docker/app/healthcheck.sh).
instance_ready_in() {
  local id
  id="$(container_of "$1")"
  [[ -n $id ]] && podman exec "$id" /opt/fairpact/bin/healthcheck.sh >/dev/null 2>&1
}

front_answers() {
  [[ "$(curl -s -m 3 -o /dev/null -w '%{http_code}' "$API_URL/health/ready" || true)" == 200 ]]
}

# psql_stack SQL: runs SQL in the stack's database (inside the postgres container).
psql_stack() {
  local id
  id="$(container_of postgres)"
  [[ -n $id ]] || return 1
  # shellcheck disable=SC2016 # expanded inside the container
  podman exec "$id" bash -c 'PGPASSWORD="$(</run/secrets/db-password)" psql -X -q -h 127.0.0.1 -U fairpact -d fairpact -tA -c "$0"' "$1"
}

# sync_stack_register: the clause register is loaded on first start (the sync job through nginx),
# and up returns once every instance has indexed it (as `bin/fairpact up` does).
sync_stack_register() {
  local n="$1" count service
  count="$(psql_stack 'SELECT count(*) FROM register_entry' 2>/dev/null || echo '?')"
  if [[ $count == 0 ]]; then
    log "the clause register is empty: running the clause sync"
    (cmd_sync) || die "the clause sync failed"
  else
    ok "clause register: $count entries"
  fi
  for service in $(instance_services "$n"); do
    wait_until 180 "$service register index" "" "" \
      bash -c "podman logs '$(container_of "$service")' 2>&1 | grep -q 'register index holds [1-9]'"
    ok "$service register index built"
  done
}

# ---------------------------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------------------------
containers_up() {
  local instances=2 build=changed started=$SECONDS service
  while (($#)); do
    case "$1" in
      --instances) need_value "$@"; instances="$2"; shift 2 ;;
      --instances=*) instances="${1#--instances=}"; shift ;;
      --build) build=always; shift ;;
      --from-source) build=from-source; shift ;;
      *) usage_error "unknown argument '$1' of containers up" ;;
    esac
  done
  if ! [[ $instances =~ ^[1-9][0-9]?$ ]] || ((instances < 2 || instances > CONTAINERS_MAX_INSTANCES)); then
    usage_error "--instances must be 2..$CONTAINERS_MAX_INSTANCES, not '$instances'"
  fi
  containers_lock
  ensure_container_host
  "$DOCKER_DIR/base-images.sh" || die "base images failed"
  ensure_stack_secrets
  build_images "$build"
  write_instances "$instances"

  trap stop_compose_helpers EXIT
  start_podman_api
  start_health_ticker
  log "starting the compose stack (project $CONTAINERS_PROJECT, $instances instances): docker-compose up -d"
  # Extra instances of an earlier, larger `up` go (--remove-orphans); running ones stay as they are.
  if ! compose timeout 900 up -d --no-build --remove-orphans >"$LOGS/compose-up.log" 2>&1; then
    tail_log "$LOGS/compose-up.log"
    containers_status_lines || true
    die "docker-compose up failed (log: $LOGS/compose-up.log; container logs: podman logs <name>)"
  fi
  ok "compose stack started ($((SECONDS - started)) s so far)"

  wait_until 120 "nginx at $API_URL" "" "" front_answers
  for service in $(instance_services "$instances"); do
    wait_until 300 "$service readiness" "" "" instance_ready_in "$service"
    ok "$service ready"
  done
  sync_stack_register "$instances"
  stop_compose_helpers
  trap - EXIT

  cat <<EOF

FairPact containers are up ($instances instances, $((SECONDS - started)) s): $API_URL
  API             $API_URL/api/v1   (nginx; TLS https://127.0.0.1:$CONTAINERS_TLS_PORT, certificate ${TLS_DIR#"$FAIRPACT_ROOT"/}/fairpact.crt)
  Health          $API_URL/health/ready
  Artemis console http://127.0.0.1:$CONTAINERS_CONSOLE_PORT/console   (user fairpact, password in ${SECRETS#"$FAIRPACT_ROOT"/}/broker-password)
  Prometheus      http://127.0.0.1:$CONTAINERS_PROMETHEUS_PORT
  Token           TOKEN=\$(bin/fairpact containers token --role integrator --tenant demo)
  Status / stop   bin/fairpact containers status / bin/fairpact containers down
EOF
}

containers_down() {
  local keep=no
  while (($#)); do
    case "$1" in
      --keep-volumes) keep=yes; shift ;;
      *) usage_error "unknown argument '$1' of containers down" ;;
    esac
  done
  containers_lock
  command -v podman >/dev/null || { ok "podman is not installed: nothing to stop"; return 0; }
  if [[ -z "$(stack_containers)" ]] && ! podman network exists "${CONTAINERS_PROJECT}_default" 2>/dev/null; then
    ok "no container stack is running"
    return 0
  fi
  local started=$SECONDS args=(down --remove-orphans --timeout 30)
  [[ $keep == no ]] && args+=(--volumes)
  mkdir -p "$RUN" "$LOGS"
  [[ -f $STATE/instances ]] && write_instances "$(<"$STATE/instances")"
  trap stop_compose_helpers EXIT
  start_podman_api
  log "stopping the compose stack: docker-compose ${args[*]}"
  # nginx and every instance together, then the services behind them together (SIGTERM, at most
  # 30 s each): compose would stop them one after the other, and the instances' graceful shutdowns
  # would add up.
  local front back
  front="$(podman ps --filter "label=com.docker.compose.project=$CONTAINERS_PROJECT" \
    --format '{{.ID}} {{index .Labels "com.docker.compose.service"}}' | awk '$2 ~ /^(nginx|app-[0-9]+)$/ { print $1 }')"
  # shellcheck disable=SC2086 # one ID a line
  [[ -z $front ]] || podman stop -t 30 $front >/dev/null 2>&1 || true
  back="$(podman ps -q --filter "label=com.docker.compose.project=$CONTAINERS_PROJECT")"
  # shellcheck disable=SC2086
  [[ -z $back ]] || podman stop -t 30 $back >/dev/null 2>&1 || true
  compose "${args[@]}" >"$LOGS/compose-down.log" 2>&1 || {
    tail_log "$LOGS/compose-down.log"
    die "docker-compose down failed"
  }
  stop_compose_helpers
  trap - EXIT
  # What compose could not remove: a container caught restarting (restart: unless-stopped), then
  # its volumes and the network.
  local left
  left="$(stack_containers)"
  if [[ -n $left ]]; then
    # shellcheck disable=SC2086 # one ID a line
    podman rm -f -t 10 $left >/dev/null 2>&1 || true
  fi
  if [[ $keep == no ]]; then
    left="$(podman volume ls -q --filter "label=com.docker.compose.project=$CONTAINERS_PROJECT")"
    # shellcheck disable=SC2086
    [[ -z $left ]] || podman volume rm -f $left >/dev/null 2>&1 || true
  fi
  podman network rm "${CONTAINERS_PROJECT}_default" >/dev/null 2>&1 || true
  ok "container stack removed$([[ $keep == no ]] && echo ', volumes too') ($((SECONDS - started)) s)"
}

# containers_status_lines: one line per container of the project: service, state, health, ports.
containers_status_lines() {
  local id
  for id in $(stack_containers); do
    # A fresh result: podman runs healthchecks only when asked (no systemd here).
    if [[ -n "$(podman inspect --format '{{if .Config.Healthcheck}}x{{end}}' "$id" 2>/dev/null)" &&
      "$(podman inspect --format '{{.State.Running}}' "$id")" == true ]]; then
      podman healthcheck run "$id" >/dev/null 2>&1 || true
    fi
  done
  {
    printf 'SERVICE\tCONTAINER\tSTATE\tHEALTH\tPORTS\n'
    for id in $(stack_containers); do
      podman inspect --format '{{index .Config.Labels "com.docker.compose.service"}}	{{.Name}}	{{.State.Status}}	{{with .State.Health}}{{or .Status "-"}}{{else}}-{{end}}	{{range $p, $b := .HostConfig.PortBindings}}{{range $b}}{{.HostIP}}:{{.HostPort}}->{{$p}} {{end}}{{end}}' "$id"
    done | sort
  } | awk -F '\t' '{ printf "%-12s %-24s %-8s %-9s %s\n", $1, $2, $3, $4, $5 }'
}

containers_status() {
  (($# == 0)) || usage_error "containers status takes no arguments"
  command -v podman >/dev/null || { ok "podman is not installed: no container stack"; return 0; }
  if [[ -z "$(stack_containers)" ]]; then
    ok "no container stack is running (bin/fairpact containers up)"
    return 0
  fi
  containers_status_lines
  printf '\nfront end %s: /health/ready HTTP %s\n' "$API_URL" \
    "$(curl -s -m 3 -o /dev/null -w '%{http_code}' "$API_URL/health/ready" || echo 000)"
}

cmd_containers() {
  local sub="${1:-}"
  (($#)) && shift
  containers_state
  case "$sub" in
    up) containers_up "$@" ;;
    down) containers_down "$@" ;;
    status) containers_status "$@" ;;
    token) cmd_token "$@" ;;
    '') usage_error "up, token, status or down is needed" ;;
    *) usage_error "unknown containers command '$sub'" ;;
  esac
}
