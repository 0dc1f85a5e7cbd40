#!/bin/bash
# Entrypoint of the FairPact application image: reads secrets from files, renders the project's
# post-boot commands (JDBC pool on PostgreSQL, batch repository, the RAR) and runs Payara Micro in
# the data grid. Everything comes from the environment:
#
#   FAIRPACT_INSTANCE_NAME       instance name (default: the container's host name)
#   FAIRPACT_GRID_MEMBERS        Hazelcast tcpip members, host:port,... (e.g. app-1:6900,app-2:6900)
#   FAIRPACT_CLUSTER_MODE        Payara Micro's --clustermode as is, e.g. kubernetes:<namespace>,<service>
#                                (docker/k8s); takes precedence over FAIRPACT_GRID_MEMBERS
#   FAIRPACT_GRID_WAIT_FOR       host:port of a member to wait for before starting (empty: form the grid)
#   FAIRPACT_CLUSTER_NAME        data grid name (fairpact)
#   FAIRPACT_DB_HOST/_PORT/_NAME/_USER/_PASSWORD   PostgreSQL (letters and digits in the password)
#   FAIRPACT_BROKER_HOST/_PORT/_USER/_PASSWORD/_CONSOLE_URL/_NAME, FAIRPACT_S3_ENDPOINT/_BUCKET/
#   _ACCESS_KEY/_SECRET_KEY, MP_JWT_VERIFY_PUBLICKEY_LOCATION, MP_JWT_VERIFY_ISSUER and every other
#   MicroProfile Config key of the README: read by the application itself
#   JAVA_HEAP (1g), FAIRPACT_SHUTDOWN_GRACE_MS (20000)
#
# Any variable NAME_FILE (e.g. FAIRPACT_DB_PASSWORD_FILE=/run/secrets/db-password) sets NAME to the
# content of that file.
set -euo pipefail

for file_var in $(compgen -e | grep -E '_FILE$' || true); do
  name="${file_var%_FILE}"
  [[ $name == FAIRPACT_* || $name == MP_* ]] || continue
  export "$name=$(<"${!file_var}")"
  unset "$file_var"
done

: "${FAIRPACT_DB_HOST:?}" "${FAIRPACT_DB_NAME:?}" "${FAIRPACT_DB_USER:?}" "${FAIRPACT_DB_PASSWORD:?}"
export FAIRPACT_DB_PORT="${FAIRPACT_DB_PORT:-5432}" FAIRPACT_RAR=/opt/fairpact/artemis-rar.rar
name="${FAIRPACT_INSTANCE_NAME:-$(hostname)}"

postboot=/tmp/post-boot.asadmin
# shellcheck disable=SC2016 # envsubst's list of names, not expanded by the shell
(umask 077 && envsubst '${FAIRPACT_DB_HOST} ${FAIRPACT_DB_PORT} ${FAIRPACT_DB_NAME} ${FAIRPACT_DB_USER} ${FAIRPACT_DB_PASSWORD} ${FAIRPACT_RAR}' \
  </opt/fairpact/post-boot.asadmin.template >"$postboot")

# Start after the first member listens, so that this one joins its grid instead of forming one of
# its own (two grids merge only minutes later).
if [[ -n ${FAIRPACT_GRID_WAIT_FOR:-} ]]; then
  for ((i = 0; i < 180; i++)); do
    (exec 3<>"/dev/tcp/${FAIRPACT_GRID_WAIT_FOR%:*}/${FAIRPACT_GRID_WAIT_FOR##*:}") 2>/dev/null && break
    sleep 1
  done
fi

cluster=(--clustername "${FAIRPACT_CLUSTER_NAME:-fairpact}")
if [[ -n ${FAIRPACT_CLUSTER_MODE:-} ]]; then
  cluster+=(--clustermode "$FAIRPACT_CLUSTER_MODE")
elif [[ -n ${FAIRPACT_GRID_MEMBERS:-} ]]; then
  cluster+=(--clustermode "tcpip:$FAIRPACT_GRID_MEMBERS")
fi

exec java "-Xmx${JAVA_HEAP:-1g}" -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError \
  -jar /opt/payara/payara-micro.jar \
  --name "$name" --port 8080 --startport 6900 "${cluster[@]}" \
  --shutdowngrace "${FAIRPACT_SHUTDOWN_GRACE_MS:-20000}" \
  --addlibs /opt/payara/postgresql.jar \
  --postbootcommandfile "$postboot" \
  --deploy /opt/fairpact/fairpact.war
