#!/usr/bin/env bash
# Compares the HTML of the `?asOf=` views served by two builds on the same store (for a change that must not
# change what readers see). Serve each build on the same store with both caches off, then:
#   bench/asof-same-html.sh http://127.0.0.1:5471 http://127.0.0.1:5472
# 319 URLs: the two seed deals and synthetic-deal-01, -02, -57, -198 and -200 (generate-synthetic --size huge),
# each as of 15 days (before the first report, on the first and last report days, between and after), overview,
# compare page and timeline; plus a timeline page 3, malformed days and an unknown deal. Prints each URL that
# differs and a count; exits 1 when any differs.
set -euo pipefail
a=${1:?first base URL}; b=${2:?second base URL}
same=0; diff=0
check() {
  local x y
  x=$(curl -s "$a$1" | sha1sum); y=$(curl -s "$b$1" | sha1sum)
  if [ "$x" = "$y" ]; then same=$((same + 1)); else diff=$((diff + 1)); echo "DIFF $1"; fi
}
for d in amazon-openai-2026-round aws-openai-compute-2025 synthetic-deal-01 synthetic-deal-02 synthetic-deal-57 synthetic-deal-198 synthetic-deal-200; do
  for day in 2020-01-01 2023-12-31 2024-01-01 2024-01-02 2024-06-15 2025-03-15 2025-10-01 2025-11-30 2026-01-15 2026-01-29 2026-02-01 2026-03-10 2026-06-01 2026-12-31 2027-06-01; do
    for page in "" /compare /timeline; do
      check "/deals/$d$page?asOf=$day"
    done
  done
done
for u in "/deals/synthetic-deal-01/timeline?asOf=2026-06-01&page=3" "/deals/amazon-openai-2026-round/compare?asOf=nonsense" \
         "/deals/nope?asOf=2026-01-01" "/deals/synthetic-deal-01?asOf=2026-02-30"; do
  check "$u"
done
echo "same $same differ $diff"
[ "$diff" -eq 0 ]
