#!/usr/bin/env bash
# Starts one service in its image with deploy/jvm.sh's settings and the class-data archive made when the image was
# built (the same settings and archive as ./careergpt up).
#   docker-entrypoint.sh identity-service|careergpt-service
set -euo pipefail
# shellcheck source=jvm.sh
source /app/jvm.sh
java_args_of "$1" "/app/$1/$1.jar" "/app/$1"
exec java "${JAVA_ARGS[@]}"
