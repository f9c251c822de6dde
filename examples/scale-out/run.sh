#!/usr/bin/env bash
# Two demo instances with the same sources behind Debian's nginx as a shared cache, all on
# loopback (README, "Several instances behind a cache"). Shows what a reader gets through the
# cache, then stops everything; KEEP=1 leaves it running until Ctrl-C.
#   examples/scale-out/run.sh            # needs: apt-get install -y nginx
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is missing: apt-get install -y nginx" >&2; exit 1; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
jar=examples/target/newsfeed-examples.jar
[ -f "$jar" ] || mvn -B -q -DskipTests package -pl examples -am

work=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
a=$(free_port); b=$(free_port); listen=$(free_port)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# The same sources on both instances: copies of the bundled samples.
for instance in a b; do
  mkdir -p "$work/$instance"
  for f in seed.fr.txt:news.fr.txt news.en.txt:news.en.txt news.ar.txt:news.ar.txt; do
    cp "newsfeed-core/src/test/resources/listings/${f%%:*}" "$work/$instance/${f##*:}"
  done
done
for instance in a b; do
  port=$a; [ "$instance" = b ] && port=$b
  java -jar "$jar" serve --behind-cache --port "$port" \
    --feed "$work/$instance/news.fr.txt" --feed "$work/$instance/news.en.txt" --feed "$work/$instance/news.ar.txt" \
    > "$work/$instance.log" 2>&1 &
  pids+=($!)
done

user=""; [ "$(id -u)" = 0 ] && user="user root;"
sed -e "s|@PREFIX@|$work|g" -e "s|@INSTANCE_A@|$a|g" -e "s|@INSTANCE_B@|$b|g" \
    -e "s|@LISTEN@|$listen|g" -e "s|@USER@|$user|g" examples/scale-out/nginx.conf > "$work/nginx.conf"
"$NGINX" -p "$work" -c "$work/nginx.conf" -g 'daemon off;' &
pids+=($!)
for port in $a $b $listen; do
  for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/news/status" && break; sleep 0.2; done
done

show() { curl -s -o /dev/null -D - "$@" | grep -iE '^(HTTP|etag|last-modified|cache-control|vary|x-cache-status|content-language)' | tr -d '\r'; }
echo "== instance A, then B, directly: same ETag"
show "http://127.0.0.1:$a/news/ticker" -H 'Accept-Language: fr'
show "http://127.0.0.1:$b/news/ticker" -H 'Accept-Language: fr'
echo "== through nginx: French (MISS, then HIT), Arabic apart (Vary: Accept-Language)"
show "http://127.0.0.1:$listen/news/ticker" -H 'Accept-Language: fr'
show "http://127.0.0.1:$listen/news/ticker" -H 'Accept-Language: fr'
show "http://127.0.0.1:$listen/news/ticker" -H 'Accept-Language: ar'
etag=$(curl -s -o /dev/null -D - "http://127.0.0.1:$listen/news/ticker" -H 'Accept-Language: fr' | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
echo "== a conditional request through nginx: 304"
show "http://127.0.0.1:$listen/news/ticker" -H 'Accept-Language: fr' -H "If-None-Match: $etag"
echo "== instance B's French file broken: clients still get the good version"
printf '07/30/2016\n\nno title\n' > "$work/b/news.fr.txt.tmp" && mv "$work/b/news.fr.txt.tmp" "$work/b/news.fr.txt"
sleep 3
for _ in 1 2 3 4; do show "http://127.0.0.1:$listen/news/ticker" -H 'Accept-Language: fr' | grep -i etag; done
curl -s "http://127.0.0.1:$b/news/status" | grep -m1 -o '"lastReloadSucceeded": [a-z]*' || true
echo "nginx: http://127.0.0.1:$listen/  instances: $a $b  (logs in $work)"
if [ "${KEEP:-}" = 1 ]; then echo "Ctrl-C to stop"; wait; fi
