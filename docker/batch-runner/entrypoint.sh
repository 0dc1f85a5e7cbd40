#!/bin/bash
# Runs the standalone batch runner (java -jar batch-runner.jar "$@", default: clause-sync) and
# exits with its exit code. Configured by the environment (MicroProfile Config names):
#   FAIRPACT_DB_URL, or FAIRPACT_DB_HOST, FAIRPACT_DB_PORT (5432), FAIRPACT_DB_NAME as the app image
#   takes them; FAIRPACT_DB_USER, FAIRPACT_DB_PASSWORD;
#   FAIRPACT_SYNC_SOURCE_DIRECTORIES, FAIRPACT_SYNC_SOURCE_URL_PREFIXES (the source allow-list),
#   FAIRPACT_SYNC_STALE_AFTER, FAIRPACT_SYNC_RUNNER_TABLE_PREFIX (jberet_), JAVA_HEAP (256m).
# Any variable NAME_FILE (e.g. FAIRPACT_DB_PASSWORD_FILE=/run/secrets/db-password) sets NAME to the
# content of that file.
set -euo pipefail

for file_var in $(compgen -e | grep -E '_FILE$' || true); do
  name="${file_var%_FILE}"
  [[ $name == FAIRPACT_* ]] || continue
  export "$name=$(<"${!file_var}")"
  unset "$file_var"
done

if [[ -z ${FAIRPACT_DB_URL:-} && -n ${FAIRPACT_DB_HOST:-} ]]; then
  : "${FAIRPACT_DB_NAME:?FAIRPACT_DB_NAME is needed with FAIRPACT_DB_HOST}"
  export FAIRPACT_DB_URL="jdbc:postgresql://$FAIRPACT_DB_HOST:${FAIRPACT_DB_PORT:-5432}/$FAIRPACT_DB_NAME"
fi

exec java -Xmx"${JAVA_HEAP:-256m}" -jar /opt/fairpact/batch-runner/batch-runner.jar "$@"
