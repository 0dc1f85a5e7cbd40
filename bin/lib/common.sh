# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables set here are used by the other parts of bin/fairpact
# Shared helpers for bin/fairpact: messages, profile and state paths, secrets, processes and ports.
# Sourced through bin/lib/command.sh; expects FAIRPACT_ROOT to be set.

# ---------------------------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------------------------
if [[ -t 1 ]]; then
  C_BOLD=$'\e[1m' C_RED=$'\e[31m' C_GREEN=$'\e[32m' C_YELLOW=$'\e[33m' C_OFF=$'\e[0m'
else
  C_BOLD='' C_RED='' C_GREEN='' C_YELLOW='' C_OFF=''
fi

log() { printf '%s==>%s %s\n' "$C_BOLD" "$C_OFF" "$*"; }
ok() { printf '    %s%s%s\n' "$C_GREEN" "$*" "$C_OFF"; }
warn() { printf '%swarning:%s %s\n' "$C_YELLOW" "$C_OFF" "$*" >&2; }
die() {
  printf '%serror:%s %s\n' "$C_RED" "$C_OFF" "$*" >&2
  exit 1
}

# ---------------------------------------------------------------------------------------------
# Paths and profile
# ---------------------------------------------------------------------------------------------
STATE_ROOT="$FAIRPACT_ROOT/.fairpact"
SERVER_CONFIG="$FAIRPACT_ROOT/server-config"
RUNTIME_DIR="$SERVER_CONFIG/target/runtime"
ARTEMIS_VERSION_DIR="apache-artemis"            # the tar.gz unpacks to apache-artemis-<version>/
MIGRATIONS_DIR="$FAIRPACT_ROOT/ejb-module/src/main/resources/db/migration"
WAR_FILE="${FAIRPACT_WAR:-$FAIRPACT_ROOT/web-module/target/fairpact.war}"
# FAIRPACT_RAR set but empty means: deploy no resource adapter (for trying the stack without it).
RAR_FILE="${FAIRPACT_RAR-$FAIRPACT_ROOT/artemis-rar/target/artemis-rar.rar}"

PROFILE="${FAIRPACT_PROFILE:-dev}"

# load_profile NAME: reads server-config/profiles/NAME.conf and sets the per-profile paths.
load_profile() {
  PROFILE="$1"
  local conf="$SERVER_CONFIG/profiles/$PROFILE.conf"
  [[ -f $conf ]] || die "unknown profile '$PROFILE' (no $conf)"
  # shellcheck source=/dev/null
  source "$conf"
  STATE="$STATE_ROOT/$PROFILE"
  RUN="$STATE/run"
  LOGS="$STATE/logs"
  SECRETS="$STATE/secrets"
  JWT_DIR="$STATE/jwt"
  ENV_FILE="$STATE/fairpact.env"
  BROKER_DIR="$STATE/broker"
  S3_DIR="$STATE/s3"
  PAYARA_DIR="$STATE/payara"
  NGINX_DIR="$STATE/nginx"
  TLS_DIR="$STATE/tls"
  # The one directory the clause sync may read files from (fairpact.sync.source.directories);
  # `sync --source FILE` copies a file from elsewhere into it.
  SYNC_SOURCES_DIR="$STATE/register-sources"
  BROKER_NAME="fairpact"
  DB_HOST=127.0.0.1
  DB_PORT=5432
  DB_USER=fairpact
  S3_BUCKET=fairpact-documents
  JWT_ISSUER=fairpact-local
  # Everything the CLI calls goes through nginx (bin/lib/nginx.sh); the instances are behind it.
  API_URL="http://127.0.0.1:$FRONT_PORT"
  TLS_URL="https://127.0.0.1:$TLS_PORT"
  CONSOLE_URL="http://127.0.0.1:$BROKER_CONSOLE_PORT"
}

ensure_state_dirs() {
  umask 077
  mkdir -p "$RUN" "$LOGS" "$SECRETS" "$JWT_DIR" "$PAYARA_DIR"
  umask 022
}

# with_lock: one `up`/`down`/`scale`/`restart`/`test` at a time per profile (other engineers share
# this work tree). A bin/fairpact started by the holder of the lock (the system tests of `test` run
# `restart --rolling` and `scale`) inherits FAIRPACT_LOCK_HELD and works under the holder's lock.
with_lock() {
  [[ ${FAIRPACT_LOCK_HELD:-} == "$PROFILE" ]] && return 0
  mkdir -p "$STATE_ROOT"
  exec 9>"$STATE_ROOT/.$PROFILE.lock"
  flock -w 600 9 || die "another bin/fairpact is working on profile '$PROFILE' (lock $STATE_ROOT/.$PROFILE.lock)"
}

# ---------------------------------------------------------------------------------------------
# Secrets: [A-Za-z0-9] only (they go into asadmin --property lists and URLs unescaped)
# ---------------------------------------------------------------------------------------------
generate_secret() {
  local len="${1:-24}" out=''
  while ((${#out} < len)); do
    out+="$(head -c 64 /dev/urandom | tr -dc 'A-Za-z0-9')"
  done
  printf '%s' "${out:0:len}"
}

# secret FILE [LEN]: prints the secret kept in FILE (mode 600), creating it first if needed.
secret() {
  local file="$1" len="${2:-24}"
  if [[ ! -s $file ]]; then
    mkdir -p "$(dirname "$file")"
    (umask 077 && generate_secret "$len" >"$file")
  fi
  chmod 600 "$file"
  cat "$file"
}

# ---------------------------------------------------------------------------------------------
# Processes and ports
# ---------------------------------------------------------------------------------------------
# port_open PORT: something accepts TCP connections on 127.0.0.1:PORT.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# pid_of NAME: the recorded PID of component NAME if that process is alive and is still ours
# (its command line contains the marker recorded beside the PID), else nothing and status 1.
pid_of() {
  local name="$1" pidfile="$RUN/$1.pid" markerfile="$RUN/$1.marker" pid marker
  [[ -s $pidfile ]] || return 1
  pid="$(<"$pidfile")"
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  if [[ -s $markerfile ]]; then
    marker="$(<"$markerfile")"
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker" || return 1
  fi
  printf '%s' "$pid"
}

# start_daemon NAME MARKER LOGFILE CMD...: starts CMD in its own session, detached from this
# terminal, output to LOGFILE (the previous run's log becomes LOGFILE.1). The process writes its
# own PID before exec'ing CMD, so the PID file names the real server process. MARKER is a string
# of CMD's command line used later to make sure a recorded PID still belongs to us.
start_daemon() {
  local name="$1" marker="$2" logfile="$3"
  shift 3
  local pidfile="$RUN/$name.pid"
  rm -f "$pidfile"
  printf '%s' "$marker" >"$RUN/$name.marker"
  [[ -f $logfile ]] && mv -f "$logfile" "$logfile.1" # one log per start; the previous one is kept
  printf '==== %s starting %s\n' "$(date -Is)" "$name" >"$logfile"
  # shellcheck disable=SC2016 # $$ and $0 are expanded by the inner shell
  # 9>&-: the daemon must not inherit the profile lock (see with_lock).
  setsid bash -c 'echo $$ > "$0"; exec "$@"' "$pidfile" "$@" >>"$logfile" 2>&1 </dev/null 9>&- &
  local i
  for ((i = 0; i < 50; i++)); do
    [[ -s $pidfile ]] && return 0
    sleep 0.1
  done
  die "$name did not start (see $logfile)"
}

# stop_component NAME [GRACE_SECONDS]: TERM, bounded wait, then KILL; only the recorded PID.
stop_component() {
  local name="$1" grace="${2:-30}" pid i
  if ! pid="$(pid_of "$name")"; then
    rm -f "$RUN/$name.pid"
    return 0
  fi
  log "stopping $name (pid $pid)"
  local started=$SECONDS
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name (pid $pid) still running after ${grace}s, sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$RUN/$name.pid"
  ok "$name stopped ($((SECONDS - started)) s)"
}

# wait_until SECONDS DESCRIPTION PID_OR_EMPTY LOGFILE CMD...: polls CMD every second; fails with
# the tail of LOGFILE when the process dies or the time runs out.
wait_until() {
  local limit="$1" what="$2" pid="$3" logfile="$4" start=$SECONDS
  shift 4
  until "$@"; do
    if [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null; then
      tail_log "$logfile"
      die "$what: process $pid exited (log: $logfile)"
    fi
    if ((SECONDS - start >= limit)); then
      tail_log "$logfile"
      die "$what: not ready after ${limit}s (log: $logfile)"
    fi
    sleep 1
  done
}

tail_log() {
  [[ -f $1 ]] || return 0
  printf -- '---- last lines of %s ----\n' "$1" >&2
  tail -n 40 "$1" >&2
  printf -- '----\n' >&2
}

# render TEMPLATE OUTPUT VAR...: envsubst restricted to the named shell variables (their current
# values; other $ stay as is).
render() {
  local template="$1" output="$2" vars='' v
  local -a values=()
  shift 2
  for v in "$@"; do
    vars+="\${$v} "
    values+=("$v=${!v}")
  done
  env "${values[@]}" envsubst "$vars" <"$template" >"$output.tmp"
  mv "$output.tmp" "$output"
}

# as_root CMD...: runs CMD as root (directly or through sudo).
as_root() {
  if ((EUID == 0)); then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    die "need root (or sudo) for: $*"
  fi
}
