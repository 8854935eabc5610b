# The two commands a newcomer needs: `make run` and `make test` (see README.md).
MVNW := ./mvnw -B
JAR  := target/quarkus-app/quarkus-run.jar

.PHONY: run dev test db token package clean bench

## run: bring up PostgreSQL, build the packaged app and serve the API with demo data on http://localhost:8080
run: db package
	QUARKUS_PROFILE=$${QUARKUS_PROFILE:-local} java -jar $(JAR)

## dev: bring up PostgreSQL, then Quarkus dev mode on the local profile (demo data, live reload, Dev UI at /q/dev-ui); it needs io.quarkus.qute:qute-debug, which Maven Central has (see docs/development.md)
dev: db
	$(MVNW) quarkus:dev -Dquarkus.profile=local

## test: bring up PostgreSQL and the test database, then run every test (browser tests skip, saying so, without Chromium; TEST_ARGS=-Dbrowser.required=true makes them mandatory, as CI does)
test: db
	$(MVNW) clean verify $(TEST_ARGS)

## db: start or reuse a local PostgreSQL and create the role and databases (idempotent)
db:
	@src/main/sh/db.sh

## token: print a development bearer token for a worker of the running demo, e.g. make token USER=sian.morgan
token:
	@src/main/sh/token.sh "$(USER)"

## bench: load a synthetic council (100,000 people, >1M interactions) into casework_bench and time endpoints over HTTP beside their SQL (BENCH_SCALE, BENCH_REUSE=1, BENCH_CALLS; see bench/run.sh)
bench:
	@bench/run.sh

package:
	$(MVNW) clean package -DskipTests

clean:
	$(MVNW) clean
