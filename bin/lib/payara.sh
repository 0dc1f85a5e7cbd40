# shellcheck shell=bash
# shellcheck disable=SC2153 # WAR_FILE, RAR_FILE and the profile variables come from common.sh
# Payara Micro: pre/post-boot files, command line, readiness of the application.
# Sourced by bin/fairpact after common.sh.

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

# Payara Micro JVM options and the options shared by `up` and the Arquillian container (`test`).
PAYARA_JVM_OPTIONS=(-Xmx768m -Dhazelcast.socket.bind.any=false)

# payara_common_options: fills PAYARA_OPTIONS (array).
# --clustermode tcpip + --interfaces keep Hazelcast on 127.0.0.1 (with --nocluster Payara Micro
# binds it to *:6900); --clustername keeps the dev and test grids apart.
payara_common_options() {
  PAYARA_OPTIONS=(--clustermode "tcpip:127.0.0.1:$HAZELCAST_PORT" --interfaces 127.0.0.1
    --startport "$HAZELCAST_PORT" --clustername "fairpact-$PROFILE"
    --addlibs "$RUNTIME_DIR/postgresql.jar"
    --prebootcommandfile "$PREBOOT_FILE" --postbootcommandfile "$POSTBOOT_FILE")
}

# api_deployed: the application answers (401 without a token). A server without it answers 404.
api_deployed() {
  local code
  code="$(curl -s -m 3 -o /dev/null -w '%{http_code}' \
    "$API_URL/api/v1/analyses/00000000-0000-0000-0000-000000000000" || true)"
  [[ $code != 404 && $code != 000 ]]
}

# payara_ready: /health/ready is UP and the application is deployed. A failed deployment does not
# stop Payara Micro (it reports ready without the app, and /health/ready may even be UP through the
# RAR): once the server says "ready in" without the API, PAYARA_APP_FAILED is set to stop waiting.
payara_ready() {
  local body
  PAYARA_APP_FAILED=no
  if body="$(curl -s -m 3 -f "$API_URL/health/ready")" &&
    [[ "$(jq -r '.status' <<<"$body" 2>/dev/null)" == UP ]] && api_deployed; then
    return 0
  fi
  if grep -q 'Payara Micro .* ready in' "$LOGS/payara.log" 2>/dev/null && ! api_deployed; then
    PAYARA_APP_FAILED=yes
    return 0
  fi
  return 1
}

payara_deployment_failed() {
  printf -- '---- deployment errors in %s ----\n' "$LOGS/payara.log" >&2
  grep -E 'Caused by|Exception while|SEVERE.*\] [A-Z]' "$LOGS/payara.log" | sed -E 's/^\[.*\[levelValue: [0-9]+\] //' |
    cut -c1-300 | awk '!seen[$0]++' | head -n 15 >&2 || true
  die "Payara Micro started but $(basename "$WAR_FILE") is not deployed (full log: $LOGS/payara.log)"
}

start_payara() {
  local pid
  if pid="$(pid_of payara)"; then
    wait_until 180 "Payara Micro" "$pid" "$LOGS/payara.log" payara_ready
    [[ $PAYARA_APP_FAILED == no ]] || payara_deployment_failed
    ok "Payara Micro already running (pid $pid, $API_URL)"
    return 0
  fi
  port_open "$HTTP_PORT" && die "port $HTTP_PORT is taken by a process bin/fairpact did not start"
  [[ -f $WAR_FILE ]] || die "no WAR at $WAR_FILE (build with: mvn -B -DskipTests install)"
  render_payara_files
  payara_common_options
  local cmd=(java "${PAYARA_JVM_OPTIONS[@]}" -jar "$RUNTIME_DIR/payara-micro.jar"
    --name "$INSTANCE_NAME" --port "$HTTP_PORT" "${PAYARA_OPTIONS[@]}")
  if [[ -n $RAR_FILE ]] && ! rar_in_postboot; then
    [[ -f $RAR_FILE ]] || die "no RAR at $RAR_FILE"
    cmd+=(--deploy "$RAR_FILE")
  fi
  cmd+=(--deploy "$WAR_FILE")
  printf '%s\n' "${cmd[*]}" >"$PAYARA_DIR/command-line"
  log "starting Payara Micro ($API_URL)"
  printf '    %s\n' "${cmd[*]}"
  start_daemon payara "$POSTBOOT_FILE" "$LOGS/payara.log" "${cmd[@]}"
  pid="$(<"$RUN/payara.pid")"
  wait_until 180 "Payara Micro readiness ($API_URL/health/ready)" "$pid" "$LOGS/payara.log" payara_ready
  [[ $PAYARA_APP_FAILED == no ]] || payara_deployment_failed
  ok "Payara Micro ready (pid $pid)"
}
