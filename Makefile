# The two commands a newcomer needs: `make run` and `make test` (see README.md).
MVNW := ./mvnw -B
JAR  := target/quarkus-app/quarkus-run.jar

.PHONY: run test db token package clean

## run: bring up PostgreSQL, build the packaged app and serve the API with demo data on http://localhost:8080
run: db package
	QUARKUS_PROFILE=$${QUARKUS_PROFILE:-local} java -jar $(JAR)

## test: bring up PostgreSQL and the test database, then run every test
test: db
	$(MVNW) clean verify

## db: start or reuse a local PostgreSQL and create the role and databases (idempotent)
db:
	@src/main/sh/db.sh

## token: print a development bearer token for a worker of the running demo, e.g. make token USER=sian.morgan
token:
	@src/main/sh/token.sh "$(USER)"

package:
	$(MVNW) clean package -DskipTests

clean:
	$(MVNW) clean
