#!/bin/bash
# Entrypoint of the FairPact object store image: s3proxy on port 8080 of the container, signed
# requests (AWS v2 or v4) with S3_ACCESS_KEY / S3_SECRET_KEY (or *_FILE), objects as files under
# /var/lib/s3proxy/data. The bucket $S3_BUCKET (fairpact-documents) exists from the start: with the
# filesystem provider a bucket is a directory.
set -euo pipefail
if [[ -n ${S3_ACCESS_KEY_FILE:-} ]]; then S3_ACCESS_KEY="$(<"$S3_ACCESS_KEY_FILE")"; fi
if [[ -n ${S3_SECRET_KEY_FILE:-} ]]; then S3_SECRET_KEY="$(<"$S3_SECRET_KEY_FILE")"; fi
: "${S3_ACCESS_KEY:?}" "${S3_SECRET_KEY:?}"
export FAIRPACT_S3_HOST=0.0.0.0 FAIRPACT_S3_PORT=8080 FAIRPACT_S3_ACCESS_KEY="$S3_ACCESS_KEY" \
  FAIRPACT_S3_SECRET_KEY="$S3_SECRET_KEY" FAIRPACT_S3_BASEDIR=/var/lib/s3proxy/data
mkdir -p "$FAIRPACT_S3_BASEDIR/${S3_BUCKET:-fairpact-documents}"
# shellcheck disable=SC2016 # envsubst's list of names, not expanded by the shell
(umask 077 && envsubst '${FAIRPACT_S3_HOST} ${FAIRPACT_S3_PORT} ${FAIRPACT_S3_ACCESS_KEY} ${FAIRPACT_S3_SECRET_KEY} ${FAIRPACT_S3_BASEDIR}' \
  </opt/fairpact/s3proxy.conf.template >/tmp/s3proxy.conf)
exec java "-Xmx${JAVA_HEAP:-256m}" -jar /opt/s3proxy/s3proxy.jar --properties /tmp/s3proxy.conf
