#!/bin/bash
# Readiness of a FairPact container: /health/ready is UP with the application's own checks in it
# AND the API answers 401 to an anonymous request. Either alone is true too early: while the WAR
# deploys, /health/ready is UP with no checks and the API answers 500 (server-config/README.md).
set -euo pipefail
body="$(curl -fsS -m 4 http://127.0.0.1:8080/health/ready | tr -d ' \n\t')"
[[ $body == '{"status":"UP"'* && $body == *'"checks":[{'* ]]
code="$(curl -s -m 4 -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/api/v1/analyses/00000000-0000-0000-0000-000000000000)"
[[ $code == 401 ]]
