#!/bin/bash
# One-shot: puts the trained clause models of /models (the repository's models/, mounted read-only)
# into s3://$S3_BUCKET/models/ when missing, and models/CURRENT when the bucket has none; the same
# rule as bin/fairpact's publish_bundled_models. S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY(_FILE),
# S3_SECRET_KEY(_FILE).
set -euo pipefail
if [[ -n ${S3_ACCESS_KEY_FILE:-} ]]; then S3_ACCESS_KEY="$(<"$S3_ACCESS_KEY_FILE")"; fi
if [[ -n ${S3_SECRET_KEY_FILE:-} ]]; then S3_SECRET_KEY="$(<"$S3_SECRET_KEY_FILE")"; fi
bucket="${S3_BUCKET:-fairpact-documents}"
s3() {
  local method="$1" key="$2"
  shift 2
  curl -s -m 60 -o /dev/null -w '%{http_code}' -X "$method" --aws-sigv4 "aws:amz:us-east-1:s3" \
    --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' "$@" \
    "$S3_ENDPOINT/$bucket/$key"
}
# The store may still be starting: a few seconds of grace.
for ((i = 0; i < 30; i++)); do
  [[ "$(curl -s -m 3 -o /dev/null -w '%{http_code}' "$S3_ENDPOINT/")" != 000 ]] && break
  sleep 1
done
shopt -s nullglob
for file in /models/clause-model-*.zip; do
  key="models/$(basename "$file")"
  if [[ "$(s3 HEAD "$key" -I)" == 200 ]]; then
    echo "$key already there"
    continue
  fi
  code="$(s3 PUT "$key" -T "$file" -H 'Content-Type: application/octet-stream')"
  [[ $code == 200 ]] || { echo "PUT $key: HTTP $code" >&2; exit 1; }
  echo "published $key"
done
if [[ -f /models/CURRENT && "$(s3 HEAD models/CURRENT -I)" != 200 ]]; then
  code="$(s3 PUT models/CURRENT -T /models/CURRENT -H 'Content-Type: text/plain')"
  [[ $code == 200 ]] || { echo "PUT models/CURRENT: HTTP $code" >&2; exit 1; }
  echo "models/CURRENT -> $(tr -d '[:space:]' </models/CURRENT)"
fi
