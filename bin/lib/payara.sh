# shellcheck shell=bash
# shellcheck disable=SC2153 # WAR_FILE, RAR_FILE and the profile variables come from common.sh
# Payara Micro: pre/post-boot files, command line, readiness of the application.
# Sourced through bin/lib/command.sh after common.sh.

# ---------------------------------------------------------------------------------------------
# Payara Micro
# ---------------------------------------------------------------------------------------------
PREBOOT_FILE="$SERVER_CONFIG/payara/pre-boot.asadmin"
POSTBOOT_TEMPLATE="$SERVER_CONFIG/payara/post-boot.asadmin.template"

# The post-boot template deploys the RAR itself when it has an uncommented `deploy ${FAIRPACT_RAR}`.
rar_in_postboot() {
  grep -Eq '^[[:space:]]*deploy[[:space:]].*\$\{FAIRPACT_RAR\}' "$POSTBOOT_TEMPLATE"
}

render_payara_files() {
  POSTBOOT_FILE="$PAYARA_DIR/post-boot.asadmin"
  # shellcheck disable=SC2034 # read by render through ${!name}
  local FAIRPACT_DB_HOST="$DB_HOST" FAIRPACT_DB_PORT="$DB_PORT" FAIRPACT_DB_NAME="$DB_NAME" \
    FAIRPACT_DB_USER="$DB_USER" FAIRPACT_DB_PASSWORD="$DB_PASSWORD" FAIRPACT_RAR="$RAR_FILE"
  (umask 077 && render "$POSTBOOT_TEMPLATE" "$POSTBOOT_FILE" FAIRPACT_DB_HOST FAIRPACT_DB_PORT \
    FAIRPACT_DB_NAME FAIRPACT_DB_USER FAIRPACT_DB_PASSWORD FAIRPACT_RAR)
  # FAIRPACT_RAR='' (no resource adapter): drop the then empty `deploy` line.
  [[ -n $RAR_FILE ]] || sed -i -E '/^[[:space:]]*deploy[[:space:]]*$/d' "$POSTBOOT_FILE"
}

# ensure_payara_files: renders the boot files when the database settings are known (`up`, `test`),
# else (`scale`, `restart`) uses the ones `up` rendered.
ensure_payara_files() {
  if [[ -n ${DB_PASSWORD:-} ]]; then
    render_payara_files
  else
    POSTBOOT_FILE="$PAYARA_DIR/post-boot.asadmin"
    [[ -f $POSTBOOT_FILE ]] || die "no $POSTBOOT_FILE (bin/fairpact up first)"
  fi
}

# The Arquillian container of `test` (one instance, its own data grid): JVM options and Payara
# Micro options. The cluster's instances are started by launch_instance below.
# shellcheck disable=SC2034 # read by bin/fairpact (cmd_test)
PAYARA_JVM_OPTIONS=(-Xmx1g -Dhazelcast.socket.bind.any=false)

# payara_common_options: fills PAYARA_OPTIONS (array).
# --clustermode tcpip + --interfaces keep Hazelcast on 127.0.0.1 (with --nocluster Payara Micro
# binds it to *:6900); --clustername keeps the dev and test grids apart.
# shellcheck disable=SC2034 # read by bin/fairpact (cmd_test)
payara_common_options() {
  PAYARA_OPTIONS=(--clustermode "tcpip:127.0.0.1:$HAZELCAST_PORT" --interfaces 127.0.0.1
    --startport "$HAZELCAST_PORT" --clustername "fairpact-$PROFILE"
    --addlibs "$RUNTIME_DIR/postgresql.jar"
    --prebootcommandfile "$PREBOOT_FILE" --postbootcommandfile "$POSTBOOT_FILE")
}

# ---------------------------------------------------------------------------------------------
# Instances of the cluster: instance I is Payara Micro "fairpact-I" on HTTP port HTTP_PORT+I-1 and
# data grid port HAZELCAST_PORT+I-1; PID file run/payara-I.pid, log logs/payara-I.log.
# ---------------------------------------------------------------------------------------------
instance_name() { printf 'fairpact-%s' "$1"; }
instance_port() { printf '%s' "$((HTTP_PORT + $1 - 1))"; }
instance_grid_port() { printf '%s' "$((HAZELCAST_PORT + $1 - 1))"; }
instance_url() { printf 'http://127.0.0.1:%s' "$(instance_port "$1")"; }
instance_log() { printf '%s/payara-%s.log' "$LOGS" "$1"; }

# grid_members COUNT: the Hazelcast tcpip member list of instances 1..COUNT ("a port RANGE throws").
grid_members() {
  local i list=''
  for ((i = 1; i <= $1; i++)); do
    list+="${list:+,}127.0.0.1:$(instance_grid_port "$i")"
  done
  printf '%s' "$list"
}

# api_answers URL: the HTTP status of an anonymous API request there: 401 once the application is
# deployed and serving (every endpoint needs a token), 404 from a server without it, 500/503 (or
# no answer) while it is still being deployed.
api_answers() {
  curl -s -m 3 -o /dev/null -w '%{http_code}' \
    "$1/api/v1/analyses/00000000-0000-0000-0000-000000000000" || true
}

# instance_ready I: instance I may take requests: Payara Micro has finished booting ("ready in" in
# its log), /health/ready is UP with the application's own checks in it, and the API answers
# (401 without a token). /health/ready alone is not enough: it is UP (with no checks) while the
# application is still being deployed, and the API then answers 500. A failed deployment does not
# stop Payara Micro: once it has booted and the API still is not there, PAYARA_APP_FAILED is set.
instance_ready() {
  local url body logfile code
  url="$(instance_url "$1")"
  logfile="$(instance_log "$1")"
  PAYARA_APP_FAILED=no
  grep -q 'Payara Micro .* ready in' "$logfile" 2>/dev/null || return 1
  code="$(api_answers "$url")"
  if body="$(curl -s -m 3 -f "$url/health/ready")" &&
    [[ "$(jq -r 'if (.checks | length) > 0 then .status else "NO-CHECKS" end' <<<"$body" 2>/dev/null)" == UP ]] &&
    [[ $code == 401 ]]; then
    return 0
  fi
  if [[ $code == 404 ]]; then
    PAYARA_APP_FAILED=yes
    return 0
  fi
  return 1
}

payara_deployment_failed() {
  local logfile
  logfile="$(instance_log "$1")"
  printf -- '---- deployment errors in %s ----\n' "$logfile" >&2
  grep -E 'Caused by|Exception while|SEVERE.*\] [A-Z]' "$logfile" | sed -E 's/^\[.*\[levelValue: [0-9]+\] //' |
    cut -c1-300 | awk '!seen[$0]++' | head -n 15 >&2 || true
  die "$(instance_name "$1") started but $(basename "$WAR_FILE") is not deployed (full log: $logfile)"
}

# cluster_mode MEMBERS: the --clustermode of an instance: the tcpip member list of instances
# 1..MEMBERS, or, when the profile runs with the console (bin/lib/console.sh), the DAS's data grid
# by its host alias (a literal 127.0.0.1 or localhost there would be replaced by Payara Micro).
cluster_mode() {
  if console_wanted; then
    printf 'domain:%s:%s' "$CONSOLE_HOST_ALIAS" "$CONSOLE_GRID_PORT"
  else
    printf 'tcpip:%s' "$(grid_members "$1")"
  fi
}

# launch_instance I MEMBERS: starts instance I (not waiting for it), unless it already runs.
# MEMBERS: how many instances the grid member list names (at least I).
launch_instance() {
  local i="$1" members="$2" name port pid
  name="$(instance_name "$i")"
  port="$(instance_port "$i")"
  if pid="$(pid_of "payara-$i")"; then
    return 0
  fi
  port_open "$port" && die "port $port ($name) is taken by a process bin/fairpact did not start"
  port_open "$(instance_grid_port "$i")" &&
    die "data grid port $(instance_grid_port "$i") ($name) is taken by a process bin/fairpact did not start"
  [[ -f $WAR_FILE ]] || die "no WAR at $WAR_FILE (build with: mvn -B -DskipTests install)"
  ((members >= i)) || members="$i"
  # --shutdowngrace: on SIGTERM Payara Micro waits that long for in-flight HTTP requests.
  local cmd=(java "-Xmx$INSTANCE_HEAP" -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError
    -Dhazelcast.socket.bind.any=false -jar "$RUNTIME_DIR/payara-micro.jar"
    --name "$name" --port "$port"
    --clustermode "$(cluster_mode "$members")" --interfaces 127.0.0.1
    --startport "$(instance_grid_port "$i")" --clustername "fairpact-$PROFILE"
    --shutdowngrace "$SHUTDOWN_GRACE_MS"
    --addlibs "$RUNTIME_DIR/postgresql.jar"
    --prebootcommandfile "$PREBOOT_FILE" --postbootcommandfile "$POSTBOOT_FILE")
  if [[ -n $RAR_FILE ]] && ! rar_in_postboot; then
    [[ -f $RAR_FILE ]] || die "no RAR at $RAR_FILE"
    cmd+=(--deploy "$RAR_FILE")
  fi
  cmd+=(--deploy "$WAR_FILE")
  printf '%s\n' "${cmd[*]}" >"$PAYARA_DIR/command-line-$i"
  log "starting $name (http://127.0.0.1:$port, data grid 127.0.0.1:$(instance_grid_port "$i"))"
  # The marker names this instance's own arguments: a recycled PID is never taken for ours.
  FAIRPACT_INSTANCE_NAME="$name" start_daemon "payara-$i" "--name $name --port $port" \
    "$(instance_log "$i")" "${cmd[@]}"
}

# await_instance I: waits until instance I is ready (the application's readiness, not the process).
await_instance() {
  local i="$1" pid
  pid="$(pid_of "payara-$i")" || die "$(instance_name "$i") is not running (log: $(instance_log "$i"))"
  wait_until 240 "$(instance_name "$i") readiness ($(instance_url "$i")/health/ready)" "$pid" \
    "$(instance_log "$i")" instance_ready "$i"
  [[ $PAYARA_APP_FAILED == no ]] || payara_deployment_failed "$i"
  ok "$(instance_name "$i") ready (pid $pid, $(instance_url "$i"))"
}

# stop_instance I: SIGTERM, Payara Micro's shutdown grace plus a margin, then KILL.
stop_instance() {
  stop_component "payara-$1" "$((SHUTDOWN_GRACE_MS / 1000 + 40))"
}

# running_instances: the numbers of the instances whose recorded process is alive, ascending.
running_instances() {
  local f i
  for f in "$RUN"/payara-*.pid; do
    [[ -e $f ]] || continue
    i="${f##*/payara-}"
    i="${i%.pid}"
    [[ $i =~ ^[0-9]+$ ]] || continue
    if pid_of "payara-$i" >/dev/null; then printf '%s\n' "$i"; fi
  done | sort -n
}
