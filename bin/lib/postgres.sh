# shellcheck shell=bash
# PostgreSQL (the system cluster: role, databases, start/stop) and the Flyway migrations.
# Sourced through bin/lib/command.sh after common.sh.

# ---------------------------------------------------------------------------------------------
# PostgreSQL (the system cluster)
# ---------------------------------------------------------------------------------------------
as_postgres() {
  if ((EUID == 0)); then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && sudo -u postgres "$@")
  fi
}

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

# db_password_file: where the password of the application role lives, for every checkout of this
# machine user (FAIRPACT_DB_PASSWORD_FILE overrides).
db_password_file() {
  printf '%s' "${FAIRPACT_DB_PASSWORD_FILE:-${XDG_STATE_HOME:-$HOME/.local/state}/fairpact/db.password}"
}

# psql_app SQL: runs SQL as the application role over TCP, prints unaligned tuples.
psql_app() {
  PGPASSWORD="$DB_PASSWORD" psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -tA -c "$1"
}

pg_cluster_info() {
  # "version port status" of the cluster named main
  pg_lsclusters -h 2>/dev/null | awk '$2 == "main" { print $1, $3, $4; exit }'
}

ensure_postgres() {
  local info version port status
  command -v pg_lsclusters >/dev/null || die "PostgreSQL is not installed (package postgresql)"
  info="$(pg_cluster_info)"
  if [[ -z $info ]]; then
    version="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)"
    log "creating PostgreSQL cluster $version/main"
    as_root pg_createcluster "$version" main >/dev/null
    info="$(pg_cluster_info)"
  fi
  read -r version port status <<<"$info"
  DB_PORT="$port"
  if [[ $status != online* ]]; then
    log "starting PostgreSQL $version/main"
    # 9>&-: the server must not inherit the profile lock (see with_lock), or a later `down` of
    # this profile waits for a lock that PostgreSQL holds for as long as it runs.
    as_root pg_ctlcluster "$version" main start 9>&-
    touch "$RUN/postgresql.started"
  else
    ok "PostgreSQL $version/main already running on port $port"
  fi
  wait_until 30 "PostgreSQL" "" "/var/log/postgresql/postgresql-$version-main.log" port_open "$port"

  DB_PASSWORD="$(secret "$(db_password_file)")"
  # The role is shared by all profiles and checkouts (one PostgreSQL cluster per machine), so its
  # password is the machine user's, not a checkout's: a run in one checkout never locks out the
  # running stack of another. SQL on stdin keeps the password out of the process list.
  psql_admin >/dev/null <<SQL
DO \$\$BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    ALTER ROLE $DB_USER WITH LOGIN PASSWORD '$DB_PASSWORD';
  ELSE
    CREATE ROLE $DB_USER WITH LOGIN PASSWORD '$DB_PASSWORD';
  END IF;
END\$\$;
SQL
  if [[ $FRESH == yes ]]; then
    psql_admin -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" >/dev/null
  fi
  if [[ "$(psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]]; then
    log "creating database $DB_NAME"
    psql_admin -c "CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING 'UTF8' TEMPLATE template0" >/dev/null
  fi
  psql_app 'SELECT 1' >/dev/null || die "cannot log in to $DB_NAME as $DB_USER over TCP"
  ok "database $DB_NAME on 127.0.0.1:$DB_PORT (role $DB_USER)"
}

# stop_postgres_if_ours: only when this profile started the cluster and no other profile still
# has a service of ours running.
stop_postgres_if_ours() {
  [[ -f $RUN/postgresql.started ]] || return 0
  local other pidfile
  for other in "$STATE_ROOT"/*/run; do
    [[ $other == "$RUN" ]] && continue
    for pidfile in "$other"/*.pid; do
      if [[ -s $pidfile ]] && kill -0 "$(<"$pidfile")" 2>/dev/null; then
        warn "PostgreSQL left running: profile $(basename "$(dirname "$other")") still uses it"
        rm -f "$RUN/postgresql.started"
        return 0
      fi
    done
  done
  local info version
  info="$(pg_cluster_info)"
  version="${info%% *}"
  if [[ -n $version && $info == *" online"* ]]; then
    log "stopping PostgreSQL $version/main (started by bin/fairpact)"
    as_root pg_ctlcluster "$version" main stop
    ok "PostgreSQL stopped"
  fi
  rm -f "$RUN/postgresql.started"
}


# ---------------------------------------------------------------------------------------------
# Flyway
# ---------------------------------------------------------------------------------------------
# FAIRPACT_FLYWAY_LOCATIONS (e.g. filesystem:/tmp/sql) overrides the migrations location.
run_flyway() {
  local args=(-f "$SERVER_CONFIG/pom.xml" flyway:migrate
    "-Dflyway.url=jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" "-Dflyway.user=$DB_USER")
  if [[ -n ${FAIRPACT_FLYWAY_LOCATIONS:-} ]]; then
    args+=("-Dflyway.locations=$FAIRPACT_FLYWAY_LOCATIONS")
  elif [[ ! -d $MIGRATIONS_DIR ]]; then
    warn "no migrations in ${MIGRATIONS_DIR#"$FAIRPACT_ROOT"/} yet: Flyway skipped"
    return 0
  fi
  log "migrating $DB_NAME with Flyway"
  # The password goes through the environment (FLYWAY_PASSWORD), not the command line.
  (cd "$FAIRPACT_ROOT" && FLYWAY_PASSWORD="$DB_PASSWORD" mvn_quiet "${args[@]}") ||
    die "Flyway migrate failed (a migration edited after it was applied? for a throw-away database: runuser -u postgres -- dropdb --force $DB_NAME, then up again)"
  ok "schema of $DB_NAME is up to date"
}
