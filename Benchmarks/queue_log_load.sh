#!/usr/bin/env bash
# Loads a 1,000,000-line queue_log of 200 members through `callboard report` and prints the
# time, the peak memory and (when valgrind is there) the instructions counted by callgrind,
# next to wc -l and mawk over the same file in the same run: machines here are shared, so
# compare against the baselines, not against yesterday's figures.
#
#   Benchmarks/queue_log_load.sh [BINARY] [LINES]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../../.build/release/callboard}
lines=${2:-1000000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "$here/make_queue_log.py" "$dir/queue_log" "$lines" 200
{
  echo "id,name,queue_member"
  for i in $(seq 0 199); do echo "a$i,Agent $i,PJSIP/$((2000 + i))"; done
} > "$dir/agents.csv"
day=$(date -u -d "@$(tail -n 1 "$dir/queue_log" | cut -d'|' -f1)" +%F)
echo "queue_log: $(wc -l < "$dir/queue_log") lines, $(du -h "$dir/queue_log" | cut -f1), report of $day"
for run in 1 2 3; do
  /usr/bin/time -f "callboard report  %e s  %M KB" env TZ=UTC "$bin" report --data-dir "$dir" --date "$day" --format json > /dev/null
  /usr/bin/time -f "wc -l             %e s" wc -l "$dir/queue_log" > /dev/null
  /usr/bin/time -f "mawk END{NR}      %e s" mawk 'END { print NR }' "$dir/queue_log" > /dev/null
  /usr/bin/time -f "mawk by event     %e s" mawk -F'|' '{ c[$5]++ } END { for (k in c) print k, c[k] }' "$dir/queue_log" > /dev/null
done
if command -v valgrind > /dev/null; then
  strip -o "$dir/callboard" "$bin"
  TZ=UTC valgrind --tool=callgrind --callgrind-out-file=/dev/null "$dir/callboard" report --data-dir "$dir" --date "$day" \
    --format json 2>&1 > /dev/null | grep -o 'I *refs: *[0-9,]*' | sed 's/^/callboard report  /'
fi
