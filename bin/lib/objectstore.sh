# shellcheck shell=bash
# The object store: s3proxy with the filesystem provider, signed requests, the bucket.
# Sourced through bin/lib/command.sh after common.sh.

# ---------------------------------------------------------------------------------------------
# s3proxy
# ---------------------------------------------------------------------------------------------
ensure_s3proxy_config() {
  S3_ACCESS_KEY="$(secret "$SECRETS/s3.access-key" 20)"
  S3_SECRET_KEY="$(secret "$SECRETS/s3.secret-key" 40)"
  mkdir -p "$S3_DIR/data"
  # shellcheck disable=SC2034 # read by render through ${!name}
  local FAIRPACT_S3_HOST=127.0.0.1 FAIRPACT_S3_PORT="$S3_PORT" FAIRPACT_S3_ACCESS_KEY="$S3_ACCESS_KEY" \
    FAIRPACT_S3_SECRET_KEY="$S3_SECRET_KEY" FAIRPACT_S3_BASEDIR="$S3_DIR/data"
  (umask 077 && render "$SERVER_CONFIG/s3proxy/s3proxy.conf" "$S3_DIR/s3proxy.conf" \
    FAIRPACT_S3_HOST FAIRPACT_S3_PORT FAIRPACT_S3_ACCESS_KEY FAIRPACT_S3_SECRET_KEY FAIRPACT_S3_BASEDIR)
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
  publish_bundled_models
}

# ---------------------------------------------------------------------------------------------
# Trained clause models in the bucket: models/clause-model-<version>.zip objects and models/CURRENT
# naming the one instances load at start (older ones are their fallbacks, newest first by the
# objects' last-modified time).
# ---------------------------------------------------------------------------------------------
MODEL_PREFIX=models
BUNDLED_MODELS="$FAIRPACT_ROOT/models"

# s3_object_exists KEY: the object exists (HEAD answers 200); dies on any answer but 200/404.
s3_object_exists() {
  local code
  code="$(s3_request HEAD "/$S3_BUCKET/$1" -I)"
  case "$code" in
    200) return 0 ;;
    404) return 1 ;;
    *) die "object store: HEAD $1 answered HTTP $code" ;;
  esac
}

# s3_put_file KEY FILE: uploads FILE as object KEY.
s3_put_file() {
  local code
  code="$(s3_request PUT "/$S3_BUCKET/$1" -T "$2" -H 'Content-Type: application/octet-stream')"
  [[ $code == 200 ]] || die "object store: PUT $1 answered HTTP $code"
}

# s3_get KEY: prints object KEY (fails if it cannot be read).
s3_get() {
  curl -sf -m 30 --aws-sigv4 "aws:amz:us-east-1:s3" --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" \
    -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' "http://127.0.0.1:$S3_PORT/$S3_BUCKET/$1"
}

# model_version_of FILE: the version in a model file's manifest; fails if it is not a model file.
model_version_of() {
  unzip -p "$1" model.json 2>/dev/null |
    jq -er 'select(.format == "fairpact-clause-model") | .version | select(test("^[0-9A-Za-z.-]+$"))' 2>/dev/null
}

# publish_model FILE [current|keep]: uploads a model file as models/clause-model-<version>.zip (its
# name taken from its own manifest) unless that object exists, and with `current` (default) makes it
# the current one.
publish_model() {
  local file="$1" make_current="${2:-current}" version name
  version="$(model_version_of "$file")" || die "$file is not a FairPact clause model (no model.json with a version)"
  name="clause-model-$version.zip"
  if s3_object_exists "$MODEL_PREFIX/$name"; then
    ok "model $name already in s3://$S3_BUCKET/$MODEL_PREFIX/"
  else
    s3_put_file "$MODEL_PREFIX/$name" "$file"
    ok "model $name published to s3://$S3_BUCKET/$MODEL_PREFIX/"
  fi
  if [[ $make_current == current ]]; then
    set_current_model "$name"
  fi
}

# set_current_model NAME: points models/CURRENT at models/NAME.
set_current_model() {
  local tmp
  tmp="$(mktemp)"
  printf '%s\n' "$1" >"$tmp"
  s3_put_file "$MODEL_PREFIX/CURRENT" "$tmp"
  rm -f "$tmp"
  ok "s3://$S3_BUCKET/$MODEL_PREFIX/CURRENT -> $1"
}

# publish_bundled_models: puts the repository's models/*.zip into the bucket when missing (oldest
# first, a second apart, so that the objects' last-modified order is the files' order) and its
# models/CURRENT when the bucket has none, or when the model it names was new to the bucket (a model
# that came with the code becomes current; one published by hand stays current until then).
# Idempotent; without bundled models it does nothing.
publish_bundled_models() {
  local files=() file current='' uploaded=no uploaded_current=no
  [[ -d $BUNDLED_MODELS ]] || return 0
  mapfile -t files < <(cd "$BUNDLED_MODELS" && { ls -1tr -- clause-model-*.zip 2>/dev/null || true; })
  if ((${#files[@]} == 0)); then
    ok "no bundled models in models/: instances will analyse with the register alone"
    return 0
  fi
  [[ -f $BUNDLED_MODELS/CURRENT ]] && current="$(tr -d '[:space:]' <"$BUNDLED_MODELS/CURRENT")"
  for file in "${files[@]}"; do
    if s3_object_exists "$MODEL_PREFIX/$file"; then
      continue
    fi
    [[ $uploaded == yes ]] && sleep 1 # distinct last-modified times
    s3_put_file "$MODEL_PREFIX/$file" "$BUNDLED_MODELS/$file"
    uploaded=yes
    [[ $file == "$current" ]] && uploaded_current=yes
    ok "bundled model $file published to s3://$S3_BUCKET/$MODEL_PREFIX/"
  done
  if [[ -n $current ]] && { [[ $uploaded_current == yes ]] || ! s3_object_exists "$MODEL_PREFIX/CURRENT"; }; then
    set_current_model "$current"
  else
    ok "clause models in s3://$S3_BUCKET/$MODEL_PREFIX/ (current: $(s3_get "$MODEL_PREFIX/CURRENT" | tr -d '[:space:]' || echo '?'))"
  fi
}
