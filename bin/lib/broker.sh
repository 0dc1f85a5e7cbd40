# shellcheck shell=bash
# The Artemis broker: distribution, instance with server-config/artemis/broker.xml, Jolokia, start.
# Sourced through bin/lib/command.sh after common.sh.

# ---------------------------------------------------------------------------------------------
# Artemis
# ---------------------------------------------------------------------------------------------
ensure_artemis_dist() {
  local tarball="$RUNTIME_DIR/apache-artemis-bin.tar.gz" dist="$STATE_ROOT/artemis-dist" stamp
  stamp="$(stat -c '%s %Y' "$tarball")"
  ARTEMIS_HOME="$dist/$ARTEMIS_VERSION_DIR"
  if [[ ! -x $ARTEMIS_HOME/bin/artemis || "$(cat "$dist/.unpacked" 2>/dev/null)" != "$stamp" ]]; then
    log "unpacking Artemis into $dist"
    rm -rf "$ARTEMIS_HOME"
    mkdir -p "$ARTEMIS_HOME"
    tar -xzf "$tarball" -C "$ARTEMIS_HOME" --strip-components=1
    printf '%s' "$stamp" >"$dist/.unpacked"
  fi
}

ensure_broker_instance() {
  BROKER_PASSWORD="$(secret "$SECRETS/broker.password")"
  if [[ ! -f $BROKER_DIR/.fairpact-created ]]; then
    log "creating Artemis instance $BROKER_DIR"
    rm -rf "$BROKER_DIR"
    "$ARTEMIS_HOME/bin/artemis" create --silent --force \
      --name "$BROKER_NAME" --user fairpact --password "$BROKER_PASSWORD" --role amq --require-login \
      --host 127.0.0.1 --http-host 127.0.0.1 \
      --default-port "$BROKER_PORT" --http-port "$BROKER_CONSOLE_PORT" \
      --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor \
      --no-autotune --java-memory 512M \
      "$BROKER_DIR" >"$LOGS/artemis-create.log" 2>&1 ||
      {
        tail_log "$LOGS/artemis-create.log"
        die "artemis create failed"
      }
    touch "$BROKER_DIR/.fairpact-created"
  fi
  # Our settings on every start: broker.xml from server-config, console port from the profile.
  # shellcheck disable=SC2034 # read by render through ${!name}
  local FAIRPACT_BROKER_NAME="$BROKER_NAME" FAIRPACT_BROKER_HOST=127.0.0.1 \
    FAIRPACT_BROKER_PORT="$BROKER_PORT" FAIRPACT_REDELIVERY_DELAY_MS="$REDELIVERY_DELAY_MS" \
    FAIRPACT_MAX_REDELIVERY_DELAY_MS="$MAX_REDELIVERY_DELAY_MS" \
    FAIRPACT_MAX_DELIVERY_ATTEMPTS="$MAX_DELIVERY_ATTEMPTS" \
    FAIRPACT_BROKER_TX_TIMEOUT_MS="${BROKER_TX_TIMEOUT_MS:-300000}"
  render "$SERVER_CONFIG/artemis/broker.xml" "$BROKER_DIR/etc/broker.xml" \
    FAIRPACT_BROKER_NAME FAIRPACT_BROKER_HOST FAIRPACT_BROKER_PORT FAIRPACT_REDELIVERY_DELAY_MS \
    FAIRPACT_MAX_REDELIVERY_DELAY_MS FAIRPACT_MAX_DELIVERY_ATTEMPTS FAIRPACT_BROKER_TX_TIMEOUT_MS
  sed -i -E "s#uri=\"http://[^\"]*\"#uri=\"http://127.0.0.1:$BROKER_CONSOLE_PORT\"#" "$BROKER_DIR/etc/bootstrap.xml"
}

# jolokia_read MBEAN_PATH: GET {console}/console/jolokia/read/MBEAN_PATH with basic auth and the
# Origin header Jolokia insists on; prints the JSON answer.
jolokia_read() {
  curl -s -m 5 -u "fairpact:$BROKER_PASSWORD" -H 'Origin: http://127.0.0.1' \
    "$CONSOLE_URL/console/jolokia/read/$1"
}

jolokia_queue_path() {
  printf 'org.apache.activemq.artemis:broker=%%22%s%%22,component=addresses,address=%%22%s%%22,subcomponent=queues,routing-type=%%22anycast%%22,queue=%%22%s%%22/%s' \
    "$BROKER_NAME" "$1" "$1" "$2"
}

broker_console_ready() {
  [[ "$(jolokia_read "$(jolokia_queue_path analysis.fast MessageCount)" | jq -r '.status' 2>/dev/null)" == 200 ]]
}

start_artemis() {
  ensure_artemis_dist
  ensure_broker_instance
  local pid
  if pid="$(pid_of artemis)"; then
    wait_until 60 "Artemis" "$pid" "$LOGS/artemis.log" port_open "$BROKER_PORT"
    ok "Artemis already running (pid $pid, port $BROKER_PORT)"
    return 0
  fi
  port_open "$BROKER_PORT" && die "port $BROKER_PORT is taken by a process bin/fairpact did not start"
  port_open "$BROKER_CONSOLE_PORT" && die "port $BROKER_CONSOLE_PORT is taken by a process bin/fairpact did not start"
  log "starting Artemis (port $BROKER_PORT, console $CONSOLE_URL)"
  start_daemon artemis "$BROKER_DIR" "$LOGS/artemis.log" "$BROKER_DIR/bin/artemis" run
  pid="$(<"$RUN/artemis.pid")"
  wait_until 90 "Artemis" "$pid" "$LOGS/artemis.log" port_open "$BROKER_PORT"
  wait_until 90 "Artemis console" "$pid" "$LOGS/artemis.log" broker_console_ready
  ok "Artemis running (pid $pid)"
}
