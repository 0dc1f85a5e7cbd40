#!/bin/bash
# The object store is healthy when s3proxy answers HTTP (403 to an unsigned request).
set -euo pipefail
code="$(curl -s -m 3 -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/)"
[[ $code != 000 ]]
