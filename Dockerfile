# syntax=docker/dockerfile:1
# Images of both services, one target each (docker-compose.yml builds them):
#   docker build --target identity-service  -t careergpt/identity-service .
#   docker build --target careergpt-service -t careergpt/careergpt-service .

# 1. Build both jars with the Maven wrapper (the reactor: careergpt-common, web-ui, the two services).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -q -DskipTests -pl identity-service,careergpt-service -am package \
    && mkdir /jars \
    && cp identity-service/target/identity-service-*-exec.jar /jars/identity-service.jar \
    && cp careergpt-service/target/careergpt-service-*-exec.jar /jars/careergpt-service.jar

# 2. identity-service: JRE, curl for the health check, a non-root user, a volume for the SQLite file and logs. The jar
#    is unpacked and a class-data archive recorded by a training run (deploy/jvm.sh, as ./careergpt up does), so the
#    container starts from the archive with the product's JVM settings (docs/runtime.md).
FROM eclipse-temurin:17-jre AS identity-service
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system careergpt && useradd --system --gid careergpt --create-home careergpt \
    && mkdir -p /data /app && chown careergpt:careergpt /data
WORKDIR /app
COPY deploy/jvm.sh deploy/docker-entrypoint.sh ./
COPY --from=build /jars/identity-service.jar /tmp/identity-service.jar
RUN bash -c 'source ./jvm.sh && JWT_SECRET=$(head -c 48 /dev/urandom | base64 -w0) \
        INTERNAL_SERVICE_TOKEN=training-only-token-0123456789abcdef \
        prepare_class_data identity-service /tmp/identity-service.jar /app/identity-service' \
    && rm /tmp/identity-service.jar
USER careergpt
ENV CAREERGPT_DATA_DIR=/data IDENTITY_PORT=8081
VOLUME /data
EXPOSE 8081
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
    CMD curl -fsS "http://127.0.0.1:${IDENTITY_PORT}/actuator/health" || exit 1
ENTRYPOINT ["/app/docker-entrypoint.sh", "identity-service"]

# 3. careergpt-service on Debian: its Chromium package is what the browser fetcher drives (Playwright without its
#    own browser download); otherwise as above.
FROM debian:bookworm-slim AS careergpt-service
RUN apt-get update \
    && apt-get install -y --no-install-recommends openjdk-17-jre-headless chromium curl ca-certificates fonts-liberation \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system careergpt && useradd --system --gid careergpt --create-home careergpt \
    && mkdir -p /data /app && chown careergpt:careergpt /data
WORKDIR /app
COPY deploy/jvm.sh deploy/docker-entrypoint.sh ./
COPY --from=build /jars/careergpt-service.jar /tmp/careergpt-service.jar
RUN bash -c 'source ./jvm.sh && JWT_SECRET=$(head -c 48 /dev/urandom | base64 -w0) \
        INTERNAL_SERVICE_TOKEN=training-only-token-0123456789abcdef PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
        prepare_class_data careergpt-service /tmp/careergpt-service.jar /app/careergpt-service' \
    && rm /tmp/careergpt-service.jar
USER careergpt
ENV CAREERGPT_DATA_DIR=/data CAREERGPT_PORT=8080 CAREERGPT_BROWSER_PATH=/usr/bin/chromium \
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=5 \
    CMD curl -fsS "http://127.0.0.1:${CAREERGPT_PORT}/actuator/health" || exit 1
ENTRYPOINT ["/app/docker-entrypoint.sh", "careergpt-service"]
