# shellcheck shell=bash
# The object store: s3proxy with the filesystem provider, signed requests, the bucket.
# Sourced by bin/fairpact after common.sh.

# ---------------------------------------------------------------------------------------------
# s3proxy
# ---------------------------------------------------------------------------------------------
ensure_s3proxy_config() {
  S3_ACCESS_KEY="$(secret "$SECRETS/s3.access-key" 20)"
  S3_SECRET_KEY="$(secret "$SECRETS/s3.secret-key" 40)"
  mkdir -p "$S3_DIR/data"
  # shellcheck disable=SC2034 # read by render through ${!name}
  local FAIRPACT_S3_PORT="$S3_PORT" FAIRPACT_S3_ACCESS_KEY="$S3_ACCESS_KEY" \
    FAIRPACT_S3_SECRET_KEY="$S3_SECRET_KEY" FAIRPACT_S3_BASEDIR="$S3_DIR/data"
  (umask 077 && render "$SERVER_CONFIG/s3proxy/s3proxy.conf" "$S3_DIR/s3proxy.conf" \
    FAIRPACT_S3_PORT FAIRPACT_S3_ACCESS_KEY FAIRPACT_S3_SECRET_KEY FAIRPACT_S3_BASEDIR)
}

# s3_request METHOD PATH [curl args]: an AWS SigV4-signed request; prints the HTTP status.
s3_request() {
  local method="$1" path="$2"
  shift 2
  curl -s -m 10 -o /dev/null -w '%{http_code}' -X "$method" \
    --aws-sigv4 "aws:amz:us-east-1:s3" --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" \
    -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' "$@" "http://127.0.0.1:$S3_PORT$path"
}

start_s3proxy() {
  ensure_s3proxy_config
  local pid code
  if pid="$(pid_of s3proxy)"; then
    wait_until 60 "s3proxy" "$pid" "$LOGS/s3proxy.log" port_open "$S3_PORT"
    ok "s3proxy already running (pid $pid, port $S3_PORT)"
  else
    port_open "$S3_PORT" && die "port $S3_PORT is taken by a process bin/fairpact did not start"
    log "starting s3proxy (http://127.0.0.1:$S3_PORT)"
    start_daemon s3proxy "$S3_DIR/s3proxy.conf" "$LOGS/s3proxy.log" \
      java -Xmx256m -jar "$RUNTIME_DIR/s3proxy.jar" --properties "$S3_DIR/s3proxy.conf"
    pid="$(<"$RUN/s3proxy.pid")"
    wait_until 60 "s3proxy" "$pid" "$LOGS/s3proxy.log" port_open "$S3_PORT"
    ok "s3proxy running (pid $pid)"
  fi
  code="$(s3_request PUT "/$S3_BUCKET")"
  case "$code" in
    200 | 409) ok "bucket $S3_BUCKET ready" ;;
    *) die "creating bucket $S3_BUCKET answered HTTP $code" ;;
  esac
}
