# shellcheck shell=bash
# shellcheck disable=SC2153 # the profile variables come from common.sh and the profile file
# Payara Server with the admin console (`bin/fairpact up --console`): a domain of its own under
# .fairpact/<profile>/console/, everything on 127.0.0.1, the application's resources, the Artemis
# RAR and the EAR deployed on it, and the Payara Micro instances joining its data grid
# (--clustermode domain:<alias>:<grid port>, see cluster_mode in payara.sh).
# run/console marks the profile as running with the console: scale and restart keep domain mode.
# Sourced through bin/lib/command.sh after payara.sh.

PAYARA_SERVER_ZIP="$RUNTIME_DIR/payara-server.zip"
PAYARA_SERVER_HOME="$RUNTIME_DIR/payara6" # the zip unpacks to payara6/
ASADMIN="$PAYARA_SERVER_HOME/bin/asadmin"
EAR_FILE="${FAIRPACT_EAR:-$FAIRPACT_ROOT/ear/target/fairpact.ear}"
CONSOLE_DOMAIN=fairpact

console_dir() { printf '%s/console' "$STATE"; }
console_domain_dir() { printf '%s/console/%s' "$STATE" "$CONSOLE_DOMAIN"; }
console_log() { printf '%s/console/%s/logs/server.log' "$STATE" "$CONSOLE_DOMAIN"; }
console_admin_url() { printf 'http://127.0.0.1:%s' "$CONSOLE_ADMIN_PORT"; }
console_http_url() { printf 'http://127.0.0.1:%s' "$CONSOLE_HTTP_PORT"; }

console_wanted() { [[ -f $RUN/console ]]; }

# The ports of the domain besides admin, HTTP and the data grid: CONSOLE_PORT_BASE + Payara's
# usual offsets (as `create-domain --portbase` would give them).
console_port() {
  case "$1" in
    https) printf '%s' "$((CONSOLE_PORT_BASE + 81))" ;;
    jms) printf '%s' "$((CONSOLE_PORT_BASE + 76))" ;;
    iiop) printf '%s' "$((CONSOLE_PORT_BASE + 37))" ;;
    iiop-ssl) printf '%s' "$((CONSOLE_PORT_BASE + 38))" ;;
    iiop-mutualauth) printf '%s' "$((CONSOLE_PORT_BASE + 39))" ;;
    jmx) printf '%s' "$((CONSOLE_PORT_BASE + 86))" ;;
    osgi) printf '%s' "$((CONSOLE_PORT_BASE + 66))" ;;
    debug) printf '%s' "$((CONSOLE_PORT_BASE + 9))" ;;
  esac
}

# console_asadmin ARGS...: a remote asadmin command against this profile's DAS, as admin with the
# generated password.
console_asadmin() {
  "$ASADMIN" --interactive=false --host 127.0.0.1 --port "$CONSOLE_ADMIN_PORT" --user admin \
    --passwordfile "$SECRETS/console.asadmin" "$@"
}

# The admin password: generated once per profile state, kept in secrets/console.password; asadmin
# reads it from secrets/console.asadmin.
console_password() {
  secret "$SECRETS/console.password" 20
}

write_console_password_file() {
  (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$(console_password)" >"$SECRETS/console.asadmin")
}

# ensure_console_alias: the host name Micro instances give --clustermode domain:<alias>:<port>.
# Payara Micro replaces a literal 127.0.0.1 or localhost there with the machine's non-loopback
# addresses, and the join then fails on a loopback-only DAS; a name that resolves to 127.0.0.1 but
# is spelled otherwise works. Added to /etc/hosts when missing (as root or through sudo).
# resolve_ipv4 NAME: the first IPv4 address NAME resolves to, or nothing (getent exits 2 for an
# unknown name, which must not end a script running with errexit and pipefail).
resolve_ipv4() {
  { getent ahostsv4 "$1" 2>/dev/null || true; } | awk 'NR == 1 {print $1}'
}

ensure_console_alias() {
  local resolved
  resolved="$(resolve_ipv4 "$CONSOLE_HOST_ALIAS")"
  [[ $resolved == 127.0.0.1 ]] && return 0
  [[ -z $resolved ]] ||
    die "$CONSOLE_HOST_ALIAS resolves to $resolved, not 127.0.0.1: fix /etc/hosts (or CONSOLE_HOST_ALIAS in the profile)"
  log "adding '127.0.0.1 $CONSOLE_HOST_ALIAS' to /etc/hosts (the Micro instances reach the console's data grid by that name)"
  if ! printf '127.0.0.1 %s\n' "$CONSOLE_HOST_ALIAS" | as_root tee -a /etc/hosts >/dev/null; then
    die "cannot add '127.0.0.1 $CONSOLE_HOST_ALIAS' to /etc/hosts: add it by hand, then run this again"
  fi
  resolved="$(resolve_ipv4 "$CONSOLE_HOST_ALIAS")"
  [[ $resolved == 127.0.0.1 ]] || die "$CONSOLE_HOST_ALIAS still does not resolve to 127.0.0.1"
}

# ensure_payara_server: the distribution unzipped under target/runtime (fetched by server-config).
ensure_payara_server() {
  [[ -f $PAYARA_SERVER_ZIP ]] || build_runtime
  [[ -f $PAYARA_SERVER_ZIP ]] || die "no Payara Server distribution at $PAYARA_SERVER_ZIP"
  if [[ ! -x $ASADMIN || $PAYARA_SERVER_ZIP -nt $PAYARA_SERVER_HOME/.unzipped ]]; then
    log "unpacking Payara Server into $PAYARA_SERVER_HOME"
    rm -rf "$PAYARA_SERVER_HOME"
    (cd "$RUNTIME_DIR" && unzip -q "$PAYARA_SERVER_ZIP") || die "cannot unzip $PAYARA_SERVER_ZIP"
    touch "$PAYARA_SERVER_HOME/.unzipped"
  fi
}

# ensure_ear: the EAR of ear/ (built with the reactor when it is missing or older than the sources).
ensure_ear() {
  if [[ -f $EAR_FILE ]] && ! newer_sources "$EAR_FILE"; then return 0; fi
  [[ -n ${FAIRPACT_EAR:-} ]] && die "no EAR at $EAR_FILE"
  log "building the EAR: mvn -B -q -DskipTests package -pl ear -am"
  (cd "$FAIRPACT_ROOT" && mvn_quiet -DskipTests package -pl ear -am) || die "EAR build failed"
  [[ -f $EAR_FILE ]] || die "no EAR at $EAR_FILE after the build"
}

# create_console_domain: `asadmin create-domain` with the profile's ports, then, before the first
# start, every listener of domain.xml on 127.0.0.1 (HTTP, admin, IIOP, JMX; the admin listener's
# address is only read at start), the OpenMQ host and the data grid's bind and public address too,
# the data grid named like the Micro instances' one, the JDBC driver in the domain's lib/.
create_console_domain() {
  local dir domain_xml
  dir="$(console_dir)"
  domain_xml="$(console_domain_dir)/config/domain.xml"
  mkdir -p "$dir"
  write_console_password_file
  log "creating the Payara Server domain $CONSOLE_DOMAIN in $dir"
  "$ASADMIN" --interactive=false --user admin --passwordfile "$SECRETS/console.asadmin" \
    create-domain --domaindir "$dir" --adminport "$CONSOLE_ADMIN_PORT" --instanceport "$CONSOLE_HTTP_PORT" \
    --domainproperties "http.ssl.port=$(console_port https):jms.port=$(console_port jms):domain.jmxPort=$(console_port jmx):orb.listener.port=$(console_port iiop):orb.ssl.port=$(console_port iiop-ssl):orb.mutualauth.port=$(console_port iiop-mutualauth):java.debugger.port=$(console_port debug):osgi.shell.telnet.port=$(console_port osgi):hazelcast.das.port=$CONSOLE_GRID_PORT:hazelcast.start.port=$((CONSOLE_GRID_PORT + 1))" \
    "$CONSOLE_DOMAIN" >"$LOGS/console-create-domain.log" 2>&1 ||
    { tail_log "$LOGS/console-create-domain.log"; rm -rf "$(console_domain_dir)"; die "create-domain failed"; }
  sed -i -E \
    -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
    -e 's/<network-listener (port="[^"]*")/<network-listener address="127.0.0.1" \1/' \
    -e 's/(<jms-host name="default_JMS_host" host=)"localhost"/\1"127.0.0.1"/' \
    -e "s/<hazelcast-runtime-configuration /<hazelcast-runtime-configuration cluster-group-name=\"fairpact-$PROFILE\" das-bind-address=\"127.0.0.1\" das-public-address=\"127.0.0.1\" /" \
    -e "s/<jvm-options>-Xmx512m<\/jvm-options>/<jvm-options>-Xmx$CONSOLE_HEAP<\/jvm-options>/" \
    "$domain_xml"
  # server-config has no jms-service element (OpenMQ would listen on localhost): add one on loopback.
  # shellcheck disable=SC2016 # ${JMS_PROVIDER_PORT} is domain.xml's own variable
  sed -i '0,/<connector-service [^>]*><\/connector-service>/s||&\n            <jms-service type="EMBEDDED" default-jms-host="default_JMS_host" addresslist-behavior="priority">\n                <jms-host name="default_JMS_host" host="127.0.0.1" port="${JMS_PROVIDER_PORT}" admin-user-name="admin" admin-password="admin" lazy-init="true" />\n            </jms-service>|' \
    "$domain_xml"
  if ! grep -q 'das-bind-address="127.0.0.1"' "$domain_xml" || grep -q 'address="0\.0\.0\.0"' "$domain_xml"; then
    die "could not bind the domain to 127.0.0.1 ($domain_xml)"
  fi
  cp "$RUNTIME_DIR/postgresql.jar" "$(console_domain_dir)/lib/"
}

# ensure_console_jvm_options: JVM options of the DAS (server-config, the first java-config of
# domain.xml) that keep it on loopback, added while it is stopped: Hazelcast binds only where it is
# told; H2, which serves the EJB timer database (__TimerPool, AUTO_SERVER) over TCP, listens on
# 127.0.0.1 instead of every interface.
ensure_console_jvm_options() {
  local domain_xml option
  domain_xml="$(console_domain_dir)/config/domain.xml"
  for option in -Dhazelcast.socket.bind.any=false -Dh2.bindAddress=127.0.0.1; do
    grep -qF "<jvm-options>$option</jvm-options>" "$domain_xml" && continue
    sed -i "0,/<jvm-options>-Xmx[^<]*<\/jvm-options>/s||&\n                <jvm-options>$option</jvm-options>|" "$domain_xml"
    grep -qF "<jvm-options>$option</jvm-options>" "$domain_xml" || die "could not add $option to $domain_xml"
  done
}

# configure_console: once per domain: the JDBC pool/resource and batch runtime of the post-boot
# file the Micro instances use, including `deploy <artemis-rar.rar>` (deployed on its own, so its
# resource adapter name stays artemis-rar).
configure_console() {
  local marker
  marker="$(console_domain_dir)/.fairpact-configured"
  [[ -f $marker ]] && return 0
  ensure_payara_files
  log "configuring Payara Server: $(grep -cEv '^[[:space:]]*(#|$)' "$POSTBOOT_FILE") commands of $POSTBOOT_FILE"
  console_asadmin multimode --file "$POSTBOOT_FILE" >>"$LOGS/console-asadmin.log" 2>&1 ||
    { tail_log "$LOGS/console-asadmin.log"; die "configuring the console failed (log: $LOGS/console-asadmin.log)"; }
  touch "$marker"
}

# deploy_ear: deploys the EAR afresh whenever the DAS has just started (or the domain has not got
# this build of it). Payara registers its @RolesAllowed filter for MP-JWT only while a deployment is
# in progress: loaded at server start-up, the EAR would serve anonymous requests (see web.xml).
deploy_ear() {
  local marker started=$SECONDS
  marker="$(console_domain_dir)/.fairpact-ear"
  if [[ $CONSOLE_STARTED == no && -f $marker && ! $EAR_FILE -nt $marker ]] &&
    console_asadmin list-applications 2>/dev/null | grep -q '^fairpact '; then
    return 0
  fi
  log "deploying $(basename "$EAR_FILE") on Payara Server"
  console_asadmin deploy --force=true --name fairpact "$EAR_FILE" >>"$LOGS/console-asadmin.log" 2>&1 ||
    { tail_log "$LOGS/console-asadmin.log"; die "deploying $EAR_FILE failed (server log: $(console_log))"; }
  touch "$marker"
  ok "EAR deployed ($((SECONDS - started)) s)"
}

# console_app_ready: the EAR on the DAS takes requests: /health/ready UP with the application's
# checks in it, and the API answers 401 without a token (see instance_ready). CONSOLE_APP_OPEN=yes
# when the API answers an anonymous request with something else than 401 (500, or 200 for
# /api/v1/admin/cluster): the EAR does not enforce @RolesAllowed.
console_app_ready() {
  local body code
  CONSOLE_APP_OPEN=no
  body="$(curl -s -m 3 "$(console_http_url)/health/ready")" || return 1
  [[ "$(jq -r 'if (.checks | length) > 0 then .status else "NO-CHECKS" end' <<<"$body" 2>/dev/null)" == UP ]] || return 1
  code="$(api_answers "$(console_http_url)")"
  [[ $code == 401 ]] && return 0
  [[ $code == 500 ]] && CONSOLE_APP_OPEN=yes
  return 1
}

# shellcheck disable=SC2034 # CONSOLE_STARTED is read by bin/fairpact
# start_console: the DAS runs with the EAR deployed and ready. CONSOLE_STARTED=yes when it was not
# running before (the Micro instances then have to be restarted to join its data grid).
start_console() {
  local pid port dir started=$SECONDS
  CONSOLE_STARTED=no
  ensure_console_alias
  ensure_payara_server
  ensure_ear
  dir="$(console_dir)"
  # A DAS restarted by hand (asadmin restart-domain) has a new PID: the domain's own PID file names it.
  if ! pid_of console >/dev/null && [[ -s $(console_domain_dir)/config/pid ]]; then
    cp "$(console_domain_dir)/config/pid" "$RUN/console.pid"
    if pid="$(pid_of console)"; then
      warn "Payara Server runs with pid $pid, not the one bin/fairpact started: redeploying the EAR, restarting the instances"
      CONSOLE_STARTED=yes
    fi
  fi
  if ! pid="$(pid_of console)"; then
    for port in "$CONSOLE_ADMIN_PORT" "$CONSOLE_HTTP_PORT" "$CONSOLE_GRID_PORT" "$(console_port https)" \
      "$(console_port jms)" "$(console_port iiop)" "$(console_port jmx)"; do
      port_open "$port" && die "port $port (Payara Server) is taken by a process bin/fairpact did not start"
    done
    [[ -f $(console_domain_dir)/config/domain.xml ]] || create_console_domain
    ensure_console_jvm_options
    write_console_password_file
    log "starting Payara Server (admin console $(console_admin_url), HTTP $(console_http_url), data grid 127.0.0.1:$CONSOLE_GRID_PORT)"
    # The server inherits this environment: the profile's fairpact.env (exported) is the
    # application's configuration, as for the Micro instances. setsid: a session of its own;
    # 9>&-: not the profile lock.
    # shellcheck disable=SC2094 # the log is appended to, not read
    setsid "$ASADMIN" --interactive=false --user admin --passwordfile "$SECRETS/console.asadmin" \
      start-domain --domaindir "$dir" "$CONSOLE_DOMAIN" >>"$LOGS/console-asadmin.log" 2>&1 </dev/null 9>&- ||
      { tail_log "$(console_log)"; die "Payara Server did not start (log: $(console_log))"; }
    pid="$(cat "$(console_domain_dir)/config/pid" 2>/dev/null || true)"
    [[ $pid =~ ^[0-9]+$ ]] || die "Payara Server started but wrote no PID file"
    printf '%s' "$pid" >"$RUN/console.pid"
    # The domain's own directory is on the server's command line (-cp, instanceRoot).
    printf '%s' "$(console_domain_dir)/" >"$RUN/console.marker"
    pid_of console >/dev/null || die "PID $pid is not this profile's Payara Server"
    CONSOLE_STARTED=yes
    ok "Payara Server up (pid $pid, $((SECONDS - started)) s)"
  fi
  configure_console
  deploy_ear
  local attempt
  for attempt in 1 2 3; do
    if await_console_app "$pid"; then break; fi
    if [[ $CONSOLE_APP_OPEN == no ]]; then
      tail_log "$(console_log)"
      die "the EAR on Payara Server is not ready after 180 s ($(console_http_url)/health/ready; log: $(console_log))"
    fi
    # Seen on a fresh domain: the first deployment serves anonymous requests; disabling and
    # enabling it (or deploying it again) gave the 401.
    case "$attempt" in
      1) warn "the EAR serves anonymous requests (no 401): disabling and enabling it"
        { console_asadmin disable fairpact && console_asadmin enable fairpact; } >>"$LOGS/console-asadmin.log" 2>&1 || true ;;
      2) warn "the EAR still serves anonymous requests: deploying it again"
        console_asadmin deploy --force=true --name fairpact "$EAR_FILE" >>"$LOGS/console-asadmin.log" 2>&1 || true ;;
      3) die "the EAR on Payara Server does not enforce @RolesAllowed (an anonymous request got HTTP 500, not 401): not using it (log: $(console_log))" ;;
    esac
  done
  ok "console ready: $(console_admin_url) (admin, password in ${SECRETS#"$FAIRPACT_ROOT"/}/console.password), EAR on $(console_http_url)"
}

# await_console_app PID: waits (at most 180 s, while PID lives) until console_app_ready; status 1
# at once when the EAR answers but serves anonymous requests (CONSOLE_APP_OPEN=yes).
await_console_app() {
  local pid="$1" start=$SECONDS
  until console_app_ready; do
    [[ $CONSOLE_APP_OPEN == no ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    ((SECONDS - start < 180)) || return 1
    sleep 1
  done
}

# stop_console: asadmin stop-domain, then (still alive) the recorded PID: TERM, wait, KILL.
stop_console() {
  local pid
  if ! pid="$(pid_of console)"; then
    rm -f "$RUN/console.pid"
    return 0
  fi
  local started=$SECONDS
  log "stopping Payara Server (pid $pid): asadmin stop-domain"
  timeout 90 "$ASADMIN" --interactive=false --user admin --passwordfile "$SECRETS/console.asadmin" \
    stop-domain --domaindir "$(console_dir)" "$CONSOLE_DOMAIN" >>"$LOGS/console-asadmin.log" 2>&1 ||
    warn "asadmin stop-domain failed; stopping pid $pid"
  if pid_of console >/dev/null; then
    stop_component console 30
  else
    rm -f "$RUN/console.pid"
    ok "Payara Server stopped ($((SECONDS - started)) s)"
  fi
}

# console_members: the data grid as the DAS lists it (REST list-hazelcast-cluster-members), one
# line per member: name type http-ports.
console_members() {
  curl -s -m 5 -u "admin:$(cat "$SECRETS/console.password" 2>/dev/null)" -H 'X-Requested-By: bin/fairpact' \
    -H 'Accept: application/json' "$(console_admin_url)/management/domain/list-hazelcast-cluster-members" |
    jq -r '.extraProperties.members[]? | "\(.instanceName) \(.instanceType) \(.httpPorts)"' 2>/dev/null
}

console_status_line() {
  local pid health micros
  if pid="$(pid_of console)"; then
    if console_app_ready; then
      health='EAR ready'
    elif [[ $CONSOLE_APP_OPEN == yes ]]; then
      health='EAR serves anonymous requests (@RolesAllowed not enforced: redeploy it)'
    else
      health='EAR not ready'
    fi
    micros="$(console_members | awk '$2 == "MICRO" {print $1}' | sort | paste -sd, -)"
    health+=", grid: ${micros:-no} Micro instance(s), console $(console_admin_url), HTTP $CONSOLE_HTTP_PORT"
    status_line console running "$pid" "$CONSOLE_ADMIN_PORT" "$health"
  elif console_wanted; then
    status_line console stopped - "$CONSOLE_ADMIN_PORT" "wanted (up --console): run bin/fairpact up --console"
  fi
}
