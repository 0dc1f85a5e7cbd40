#!/bin/bash
# Entrypoint of the FairPact front end image: renders the project's nginx templates (the same ones
# bin/fairpact renders for the local profiles) from the environment and runs nginx in the foreground:
#   FAIRPACT_UPSTREAMS        the instances, host:port separated by spaces (app-1:8080 app-2:8080)
#   FAIRPACT_TLS_CERT/_KEY    certificate and key files (/run/secrets/tls-cert, /run/secrets/tls-key)
#   FAIRPACT_UPLOAD_MAX_BYTES (52428800), FAIRPACT_UPLOAD_RATE (5r/s), FAIRPACT_UPLOAD_BURST (20),
#   FAIRPACT_API_RATE (50r/s), FAIRPACT_API_BURST (100), FAIRPACT_RETRY_AFTER (1),
#   FAIRPACT_UPSTREAM_HEADER (yes: X-FairPact-Upstream names the instance address that answered)
# Logs go to the container's stdout/stderr.
set -euo pipefail
: "${FAIRPACT_UPSTREAMS:?FAIRPACT_UPSTREAMS must name the instances}"
prefix=/var/lib/fairpact-nginx
logs=/var/log/fairpact
mkdir -p "$prefix"/tmp/{client_body,proxy,fastcgi,uwsgi,scgi} "$logs"
chown -R nobody:nogroup "$prefix/tmp"
ln -sf /dev/stdout "$logs/nginx-access.log"
ln -sf /dev/stderr "$logs/nginx-error.log"

servers=''
for upstream in $FAIRPACT_UPSTREAMS; do
  servers+="        server $upstream max_fails=2 fail_timeout=10s;"$'\n'
done
upload_max="${FAIRPACT_UPLOAD_MAX_BYTES:-52428800}"
debug=''
# shellcheck disable=SC2016 # $upstream_addr is nginx's variable
[[ ${FAIRPACT_UPSTREAM_HEADER:-yes} == yes ]] && debug='add_header X-FairPact-Upstream $upstream_addr always;'
export FAIRPACT_NGINX_USER_LINE='user nobody nogroup;' FAIRPACT_NGINX_PID="$prefix/nginx.pid" \
  FAIRPACT_NGINX_PREFIX="$prefix" FAIRPACT_LOGS="$logs" FAIRPACT_UPSTREAM_SERVERS="${servers%$'\n'}" \
  FAIRPACT_LISTEN_ADDRESS=0.0.0.0 FAIRPACT_FRONT_PORT=8080 FAIRPACT_TLS_PORT=8443 \
  FAIRPACT_TLS_CERT="${FAIRPACT_TLS_CERT:-/run/secrets/tls-cert}" \
  FAIRPACT_TLS_KEY="${FAIRPACT_TLS_KEY:-/run/secrets/tls-key}" \
  FAIRPACT_BODY_LIMIT="$((upload_max + 1048576))" FAIRPACT_UPLOAD_MAX_BYTES="$upload_max" \
  FAIRPACT_UPLOAD_RATE="${FAIRPACT_UPLOAD_RATE:-5r/s}" FAIRPACT_UPLOAD_BURST="${FAIRPACT_UPLOAD_BURST:-20}" \
  FAIRPACT_API_RATE="${FAIRPACT_API_RATE:-50r/s}" FAIRPACT_API_BURST="${FAIRPACT_API_BURST:-100}" \
  FAIRPACT_RETRY_AFTER="${FAIRPACT_RETRY_AFTER:-1}" FAIRPACT_DEBUG_HEADERS="$debug"
# shellcheck disable=SC2016 # envsubst's list of names, not expanded by the shell
envsubst '${FAIRPACT_UPLOAD_BURST} ${FAIRPACT_API_BURST} ${FAIRPACT_RETRY_AFTER} ${FAIRPACT_UPLOAD_MAX_BYTES} ${FAIRPACT_DEBUG_HEADERS}' \
  </etc/fairpact/nginx/locations.conf.template >"$prefix/locations.conf"
# shellcheck disable=SC2016 # envsubst's list of names, not expanded by the shell
envsubst '${FAIRPACT_NGINX_USER_LINE} ${FAIRPACT_NGINX_PID} ${FAIRPACT_NGINX_PREFIX} ${FAIRPACT_LOGS} ${FAIRPACT_UPSTREAM_SERVERS} ${FAIRPACT_LISTEN_ADDRESS} ${FAIRPACT_FRONT_PORT} ${FAIRPACT_TLS_PORT} ${FAIRPACT_TLS_CERT} ${FAIRPACT_TLS_KEY} ${FAIRPACT_BODY_LIMIT} ${FAIRPACT_UPLOAD_RATE} ${FAIRPACT_API_RATE}' \
  </etc/fairpact/nginx/nginx.conf.template >"$prefix/nginx.conf"
nginx -t -q -p "$prefix" -c "$prefix/nginx.conf"
exec nginx -p "$prefix" -c "$prefix/nginx.conf"
