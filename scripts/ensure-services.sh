#!/usr/bin/env bash
# Redis 7 and PostgreSQL 15 on loopback, as every machine of this project runs them (issue 27):
# started from Debian's packages where they are absent (needs root, as CI has). Idempotent.
set -euo pipefail

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  command -v redis-server >/dev/null || { apt-get update -qq && apt-get install -y -qq redis-server; }
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && break; sleep 0.2; done
fi
redis-cli -h 127.0.0.1 ping >/dev/null

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  command -v pg_ctlcluster >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql; }
  version=$(ls /etc/postgresql | sort -n | tail -1)
  hba=/etc/postgresql/$version/main/pg_hba.conf
  grep -q '^host all all 127.0.0.1/32 trust' "$hba" || sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
  pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main restart
  for _ in $(seq 1 50); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.2; done
  su postgres -c "psql -tAc \"select 1 from pg_database where datname = 'test'\"" | grep -q 1 ||
    su postgres -c 'createdb test'
fi

# nginx with Debian's brotli modules: e2e/instances.spec.ts puts deploy/nginx.conf in front of two instances.
if [ ! -x /usr/sbin/nginx ] || [ ! -e /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ] ||
  [ ! -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-filter \
    libnginx-mod-http-brotli-static >/dev/null
fi
