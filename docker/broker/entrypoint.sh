#!/bin/bash
# Entrypoint of the FairPact broker image: creates the Artemis instance on first start (user
# $ARTEMIS_USER with role amq, login required, Jolokia for the application's queue-depth gauges),
# then on every start replaces etc/broker.xml with the project's, rendered from:
#   ARTEMIS_USER (fairpact), ARTEMIS_PASSWORD or ARTEMIS_PASSWORD_FILE, ARTEMIS_HEAP (512M),
#   FAIRPACT_BROKER_NAME (fairpact), FAIRPACT_REDELIVERY_DELAY_MS (1000),
#   FAIRPACT_MAX_REDELIVERY_DELAY_MS (8000), FAIRPACT_MAX_DELIVERY_ATTEMPTS (30),
#   FAIRPACT_BROKER_TX_TIMEOUT_MS (300000)
# The acceptor listens on all interfaces of the container (port 61616).
set -euo pipefail
instance=/var/lib/artemis-instance
if [[ -n ${ARTEMIS_PASSWORD_FILE:-} ]]; then ARTEMIS_PASSWORD="$(<"$ARTEMIS_PASSWORD_FILE")"; fi
: "${ARTEMIS_PASSWORD:?ARTEMIS_PASSWORD or ARTEMIS_PASSWORD_FILE must be set}"

if [[ ! -x $instance/bin/artemis ]]; then
  /opt/artemis/bin/artemis create --silent --force \
    --name "${FAIRPACT_BROKER_NAME:-fairpact}" --user "${ARTEMIS_USER:-fairpact}" \
    --password "$ARTEMIS_PASSWORD" --role amq --require-login \
    --host 0.0.0.0 --http-host 0.0.0.0 --default-port 61616 --http-port 8161 --relax-jolokia \
    --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor \
    --no-autotune --java-memory "${ARTEMIS_HEAP:-512M}" "$instance"
fi

export FAIRPACT_BROKER_NAME="${FAIRPACT_BROKER_NAME:-fairpact}" FAIRPACT_BROKER_HOST=0.0.0.0 \
  FAIRPACT_BROKER_PORT=61616 FAIRPACT_REDELIVERY_DELAY_MS="${FAIRPACT_REDELIVERY_DELAY_MS:-1000}" \
  FAIRPACT_MAX_REDELIVERY_DELAY_MS="${FAIRPACT_MAX_REDELIVERY_DELAY_MS:-8000}" \
  FAIRPACT_MAX_DELIVERY_ATTEMPTS="${FAIRPACT_MAX_DELIVERY_ATTEMPTS:-30}" \
  FAIRPACT_BROKER_TX_TIMEOUT_MS="${FAIRPACT_BROKER_TX_TIMEOUT_MS:-300000}"
# shellcheck disable=SC2016 # envsubst's list of names, not expanded by the shell
envsubst '${FAIRPACT_BROKER_NAME} ${FAIRPACT_BROKER_HOST} ${FAIRPACT_BROKER_PORT} ${FAIRPACT_REDELIVERY_DELAY_MS} ${FAIRPACT_MAX_REDELIVERY_DELAY_MS} ${FAIRPACT_MAX_DELIVERY_ATTEMPTS} ${FAIRPACT_BROKER_TX_TIMEOUT_MS}' \
  </opt/fairpact/broker.xml.template >"$instance/etc/broker.xml"
exec "$instance/bin/artemis" run
