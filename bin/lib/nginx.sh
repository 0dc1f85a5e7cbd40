# shellcheck shell=bash
# nginx in front of the Payara Micro instances: TLS certificate, rendered configuration, start,
# reload, the instances in rotation. nginx runs as a process of bin/fairpact (`nginx -p -c`, PID file
# in the state dir), never as the system service.
# Sourced through bin/lib/command.sh after common.sh and payara.sh.
# shellcheck disable=SC2153 # TLS_PORT, FRONT_PORT and the other profile variables come from common.sh

NGINX_TEMPLATE="$SERVER_CONFIG/nginx/nginx.conf.template"
NGINX_LOCATIONS_TEMPLATE="$SERVER_CONFIG/nginx/locations.conf.template"

# ---------------------------------------------------------------------------------------------
# TLS: a self-signed certificate for 127.0.0.1 / localhost, made once per profile
# ---------------------------------------------------------------------------------------------
ensure_tls_cert() {
  TLS_CERT="$TLS_DIR/fairpact.crt"
  TLS_KEY="$TLS_DIR/fairpact.key"
  [[ -s $TLS_CERT && -s $TLS_KEY ]] && return 0
  log "generating a self-signed TLS certificate in $TLS_DIR"
  mkdir -p "$TLS_DIR"
  (umask 077 && openssl req -x509 -newkey rsa:2048 -nodes -days 825 -sha256 \
    -subj "/O=FairPact local/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -addext "keyUsage=digitalSignature,keyEncipherment" -addext "extendedKeyUsage=serverAuth" \
    -keyout "$TLS_KEY.tmp" -out "$TLS_CERT.tmp" 2>"$LOGS/openssl.log") ||
    { tail_log "$LOGS/openssl.log"; die "openssl could not make the certificate"; }
  mv "$TLS_KEY.tmp" "$TLS_KEY"
  mv "$TLS_CERT.tmp" "$TLS_CERT"
  chmod 644 "$TLS_CERT"
}

# ---------------------------------------------------------------------------------------------
# Rotation: run/upstream lists the instances nginx sends requests to, one number a line
# ---------------------------------------------------------------------------------------------
rotation() {
  [[ -f $RUN/upstream ]] && sort -n -u "$RUN/upstream"
  return 0
}

set_rotation() {
  printf '%s\n' "$@" | awk 'NF' | sort -n -u >"$RUN/upstream.tmp"
  mv "$RUN/upstream.tmp" "$RUN/upstream"
}

in_rotation() { rotation | grep -qx "$1"; }

# ---------------------------------------------------------------------------------------------
# Configuration
# ---------------------------------------------------------------------------------------------
render_nginx() {
  ensure_tls_cert
  # -e: the error log from the very start (before the configuration names it).
  NGINX_ARGS=(-e "$LOGS/nginx-error.log" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf")
  mkdir -p "$NGINX_DIR/tmp"/{client_body,proxy,fastcgi,uwsgi,scgi}
  local servers='' i user_line=''
  for i in $(rotation); do
    servers+="        server 127.0.0.1:$(instance_port "$i") max_fails=2 fail_timeout=10s;"$'\n'
  done
  # nginx needs one server: with none in rotation it answers 502 until one is back.
  [[ -n $servers ]] || servers="        server 127.0.0.1:$(instance_port 1) down;"$'\n'
  if ((EUID == 0)); then
    # The master (root) reads the key and opens the logs; the worker runs as nobody and only
    # writes request bodies under tmp/ (the state dirs above it are traversable, not readable).
    user_line='user nobody nogroup;'
    chown -R nobody:nogroup "$NGINX_DIR/tmp"
    chmod 711 "$STATE" "$NGINX_DIR"
  fi
  # shellcheck disable=SC2034 # read by render through ${!name}
  local FAIRPACT_NGINX_USER_LINE="$user_line" FAIRPACT_NGINX_PID="$NGINX_DIR/nginx.pid" \
    FAIRPACT_NGINX_PREFIX="$NGINX_DIR" FAIRPACT_LOGS="$LOGS" \
    FAIRPACT_UPSTREAM_SERVERS="${servers%$'\n'}" FAIRPACT_LISTEN_ADDRESS=127.0.0.1 FAIRPACT_FRONT_PORT="$FRONT_PORT" \
    FAIRPACT_TLS_PORT="$TLS_PORT" FAIRPACT_TLS_CERT="$TLS_CERT" FAIRPACT_TLS_KEY="$TLS_KEY" \
    FAIRPACT_BODY_LIMIT="$((UPLOAD_MAX_BYTES + 1048576))" \
    FAIRPACT_UPLOAD_RATE="$UPLOAD_RATE" FAIRPACT_UPLOAD_BURST="$UPLOAD_BURST" \
    FAIRPACT_API_RATE="$API_RATE" FAIRPACT_API_BURST="$API_BURST" \
    FAIRPACT_RETRY_AFTER="$RETRY_AFTER_SECONDS" FAIRPACT_UPLOAD_MAX_BYTES="$UPLOAD_MAX_BYTES" \
    FAIRPACT_DEBUG_HEADERS=''
  # shellcheck disable=SC2016,SC2034 # $upstream_addr is nginx's variable; read by render
  [[ ${UPSTREAM_HEADER:-no} == yes ]] && FAIRPACT_DEBUG_HEADERS='add_header X-FairPact-Upstream $upstream_addr always;'
  render "$NGINX_LOCATIONS_TEMPLATE" "$NGINX_DIR/locations.conf" FAIRPACT_UPLOAD_BURST \
    FAIRPACT_API_BURST FAIRPACT_RETRY_AFTER FAIRPACT_UPLOAD_MAX_BYTES FAIRPACT_DEBUG_HEADERS
  render "$NGINX_TEMPLATE" "$NGINX_DIR/nginx.conf.new" FAIRPACT_NGINX_USER_LINE FAIRPACT_NGINX_PID \
    FAIRPACT_NGINX_PREFIX FAIRPACT_LOGS FAIRPACT_UPSTREAM_SERVERS FAIRPACT_LISTEN_ADDRESS FAIRPACT_FRONT_PORT FAIRPACT_TLS_PORT \
    FAIRPACT_TLS_CERT FAIRPACT_TLS_KEY FAIRPACT_BODY_LIMIT FAIRPACT_UPLOAD_RATE FAIRPACT_API_RATE
  if ! nginx -t -q -e "$LOGS/nginx-error.log" -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf.new" 2>"$LOGS/nginx-test.log"; then
    tail_log "$LOGS/nginx-test.log"
    die "the rendered nginx configuration is invalid ($NGINX_DIR/nginx.conf.new)"
  fi
  mv "$NGINX_DIR/nginx.conf.new" "$NGINX_DIR/nginx.conf"
}

# ---------------------------------------------------------------------------------------------
# Process
# ---------------------------------------------------------------------------------------------
nginx_answers() {
  local code
  code="$(curl -s -m 3 -o /dev/null -w '%{http_code}' "$API_URL/health/live" || true)"
  [[ $code != 000 ]]
}

start_nginx() {
  local pid
  if pid="$(pid_of nginx)"; then
    reload_nginx
    return 0
  fi
  port_open "$FRONT_PORT" && die "port $FRONT_PORT is taken by a process bin/fairpact did not start"
  port_open "$TLS_PORT" && die "port $TLS_PORT is taken by a process bin/fairpact did not start"
  command -v nginx >/dev/null || die "nginx is not installed (package nginx-light)"
  render_nginx
  log "starting nginx ($API_URL, $TLS_URL)"
  start_daemon nginx "$NGINX_DIR/nginx.conf" "$LOGS/nginx.log" nginx "${NGINX_ARGS[@]}"
  pid="$(<"$RUN/nginx.pid")"
  wait_until 30 "nginx" "$pid" "$LOGS/nginx-error.log" nginx_answers
  ok "nginx running (pid $pid; upstream: $(rotation | sed 's/^/fairpact-/' | paste -sd' '))"
}

# nginx_workers PID: the worker processes of our nginx master.
nginx_workers() {
  ps -o pid= --ppid "$1" 2>/dev/null | tr -d ' '
}

# reload_nginx: re-render, check, `nginx -s reload` (SIGHUP to our master), then wait until the
# workers of the old configuration have finished their requests and exited, so that an instance
# taken out of the configuration gets no more requests once this returns.
reload_nginx() {
  local pid i old w alive
  render_nginx
  pid="$(pid_of nginx)" || { start_nginx; return 0; }
  [[ "$(cat "$NGINX_DIR/nginx.pid" 2>/dev/null)" == "$pid" ]] ||
    die "nginx.pid does not name our nginx (pid $pid)"
  old="$(nginx_workers "$pid")"
  nginx "${NGINX_ARGS[@]}" -s reload 2>>"$LOGS/nginx-error.log" ||
    die "nginx -s reload failed (see $LOGS/nginx-error.log)"
  # The master starts new workers and asks the old ones to finish their requests: wait for that.
  for ((i = 0; i < 600; i++)); do
    alive=0
    for w in $old; do
      kill -0 "$w" 2>/dev/null && alive=$((alive + 1))
    done
    ((alive == 0)) && break
    sleep 0.2
  done
  ((alive == 0)) || warn "$alive old nginx worker(s) still finishing requests after 120 s"
  ok "nginx reloaded (upstream: $(rotation | sed 's/^/fairpact-/' | paste -sd' '))"
}

stop_nginx() {
  stop_component nginx 30
}

nginx_status_line() {
  local pid health
  if pid="$(pid_of nginx)"; then
    health="http $(curl -s -m 3 -o /dev/null -w '%{http_code}' "$API_URL/health/ready" || echo 000)"
    health+=", tls $(curl -s -m 3 --cacert "$TLS_DIR/fairpact.crt" -o /dev/null -w '%{http_code}' \
      "$TLS_URL/health/ready" || echo 000) on $TLS_PORT"
    health+=", upstream: $(rotation | sed 's/^/fairpact-/' | paste -sd' ')"
    status_line nginx running "$pid" "$FRONT_PORT" "$health"
  else
    status_line nginx stopped - "$FRONT_PORT" ''
  fi
}
