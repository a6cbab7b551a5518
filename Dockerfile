# Multi-stage build of the Consilium portal. The build stage needs no Node.js: Vaadin uses its
# pre-built production bundle (docs/decisions/0001-no-npm-frontend-build.md).
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
COPY .mvn .mvn
COPY src src
COPY frontend frontend
RUN mvn -B -DskipTests package

FROM eclipse-temurin:21-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home consilium \
    && mkdir -p /var/lib/consilium/attachments \
    && chown -R consilium /var/lib/consilium
# Attachment files (decision 0017): a volume here, backed up together with the database.
ENV ATTACHMENTS_DIR=/var/lib/consilium/attachments
VOLUME /var/lib/consilium/attachments
USER consilium
WORKDIR /app
COPY --from=build /src/target/consilium-*.jar /app/consilium.jar
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/consilium.jar"]
