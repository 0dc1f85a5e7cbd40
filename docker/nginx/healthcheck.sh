#!/bin/bash
# nginx is healthy when it answers HTTP on 8080 (whatever the instances behind it say).
set -euo pipefail
code="$(curl -s -m 3 -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/health/live)"
[[ $code != 000 ]]
