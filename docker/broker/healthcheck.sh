#!/bin/bash
# The broker is healthy when Jolokia answers for the queue analysis.fast (the acceptor, the
# configuration and the console are all up).
set -euo pipefail
if [[ -n ${ARTEMIS_PASSWORD_FILE:-} ]]; then ARTEMIS_PASSWORD="$(<"$ARTEMIS_PASSWORD_FILE")"; fi
broker="${FAIRPACT_BROKER_NAME:-fairpact}"
mbean="org.apache.activemq.artemis:broker=%22$broker%22,component=addresses,address=%22analysis.fast%22,subcomponent=queues,routing-type=%22anycast%22,queue=%22analysis.fast%22"
curl -fsS -m 4 -u "${ARTEMIS_USER:-fairpact}:$ARTEMIS_PASSWORD" -H 'Origin: http://127.0.0.1' \
  "http://127.0.0.1:8161/console/jolokia/read/$mbean/MessageCount" | grep -q '"status":200'
