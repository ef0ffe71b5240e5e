#!/usr/bin/env bash
# Makes sure the local MariaDB runs and holds the test database the persistence and system tests use
# (spec/architecture.md, "Test database"): database whaling_test, user whaling/whaling.
# Idempotent; runs as root (the root account authenticates through the unix socket).
set -euo pipefail

DATABASE="${WHALING_TEST_DB_NAME:-whaling_test}"
USER_NAME="${WHALING_TEST_DB_USER:-whaling}"
PASSWORD="${WHALING_TEST_DB_PASSWORD:-whaling}"

if [ ! -x /usr/sbin/mariadbd ]; then
    echo "db-setup: installing MariaDB from Debian's packages"
    export DEBIAN_FRONTEND=noninteractive
    timeout 600 apt-get update -q
    timeout 900 apt-get install -y -q mariadb-server mariadb-client
fi

if ! mariadb-admin ping >/dev/null 2>&1; then
    echo "db-setup: starting MariaDB"
    # The server's pid and socket directory; a fresh container has no /run/mysqld.
    install -d -o mysql -g mysql /run/mysqld
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    for _ in $(seq 1 60); do
        if mariadb-admin ping >/dev/null 2>&1; then
            break
        fi
        sleep 1
    done
    if ! mariadb-admin ping >/dev/null 2>&1; then
        echo "db-setup: MariaDB did not answer within 60 seconds" >&2
        exit 1
    fi
fi

mariadb <<SQL
CREATE DATABASE IF NOT EXISTS \`${DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
CREATE USER IF NOT EXISTS '${USER_NAME}'@'%' IDENTIFIED BY '${PASSWORD}';
CREATE USER IF NOT EXISTS '${USER_NAME}'@'localhost' IDENTIFIED BY '${PASSWORD}';
GRANT ALL PRIVILEGES ON \`${DATABASE}\`.* TO '${USER_NAME}'@'%';
GRANT ALL PRIVILEGES ON \`${DATABASE}\`.* TO '${USER_NAME}'@'localhost';
FLUSH PRIVILEGES;
SQL
echo "db-setup: database ${DATABASE} ready for user ${USER_NAME} on $(mariadb -N -e 'SELECT VERSION()')"
