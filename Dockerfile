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

# 2. Split each into Spring Boot's layers (dependencies change less often than the application).
FROM eclipse-temurin:17-jre AS layers
COPY --from=build /jars /jars
RUN for service in identity-service careergpt-service; do \
        java -Djarmode=tools -jar /jars/$service.jar extract --layers --launcher --destination /layers/$service; \
    done

# 3a. identity-service: JRE, curl for the health check, a non-root user, a volume for the SQLite file and logs.
FROM eclipse-temurin:17-jre AS identity-service
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system careergpt && useradd --system --gid careergpt --create-home careergpt \
    && mkdir -p /data /app && chown careergpt:careergpt /data
WORKDIR /app
COPY --from=layers /layers/identity-service/dependencies/ ./
COPY --from=layers /layers/identity-service/spring-boot-loader/ ./
COPY --from=layers /layers/identity-service/snapshot-dependencies/ ./
COPY --from=layers /layers/identity-service/application/ ./
USER careergpt
ENV CAREERGPT_DATA_DIR=/data IDENTITY_PORT=8081 JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /data
EXPOSE 8081
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
    CMD curl -fsS "http://127.0.0.1:${IDENTITY_PORT}/actuator/health" || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]

# 3b. careergpt-service on Debian: its Chromium package is what the browser fetcher drives (Playwright without its
#     own browser download); otherwise as above.
FROM debian:bookworm-slim AS careergpt-service
RUN apt-get update \
    && apt-get install -y --no-install-recommends openjdk-17-jre-headless chromium curl ca-certificates fonts-liberation \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system careergpt && useradd --system --gid careergpt --create-home careergpt \
    && mkdir -p /data /app && chown careergpt:careergpt /data
WORKDIR /app
COPY --from=layers /layers/careergpt-service/dependencies/ ./
COPY --from=layers /layers/careergpt-service/spring-boot-loader/ ./
COPY --from=layers /layers/careergpt-service/snapshot-dependencies/ ./
COPY --from=layers /layers/careergpt-service/application/ ./
USER careergpt
ENV CAREERGPT_DATA_DIR=/data CAREERGPT_PORT=8080 CAREERGPT_BROWSER_PATH=/usr/bin/chromium \
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=5 \
    CMD curl -fsS "http://127.0.0.1:${CAREERGPT_PORT}/actuator/health" || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
