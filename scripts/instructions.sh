#!/usr/bin/env bash
# Instructions per operation of each `anchors` case, counted by callgrind: the same
# comparison as `cargo bench --bench anchors`, in a unit that does not depend on the
# machine's load (it ignores caches and branch prediction, so it complements the
# wall-clock medians and does not replace them).
#
# Each case runs `bench/examples/profile.rs` twice, with 0 and with N repetitions, and
# prints (Ir(N) - Ir(0)) / N, so setup (reading vectors, building inputs) cancels out.
#
# Usage: scripts/instructions.sh [GROUP...]   (default: every group but schema_generate,
#        which takes minutes per repetition under callgrind)
# Prints a Markdown table: group, then instructions per operation for ours, grammers,
# tl-proto, and grammers / ours.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is needed" >&2; exit 2; }
cargo build --release -q -p tl-bench --example profile
bin=target/release/examples/profile
out=$(mktemp -d "${TMPDIR:-/tmp}/tl-instructions.XXXXXX")
trap 'rm -rf "$out"' EXIT

groups=("$@")
if [ ${#groups[@]} -eq 0 ]; then
  groups=(encode_export decode_export encode_edit decode_edit encode_get decode_get
    encode_invites100 decode_invites100 schema_parse)
fi

# Total instructions of one run.
ir() {
  valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$bin" "$@" 2>&1 \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

# Instructions per operation, or "—" when the library has no such case.
per_op() {
  local group=$1 library=$2 n=$3 base full
  if [ "$library" = tl-proto ] && [[ "$group" = schema_* ]]; then echo "—"; return; fi
  base=$(ir "$group" "$library" 0)
  full=$(ir "$group" "$library" "$n")
  echo $(((full - base) / n))
}

echo "| group | ours | grammers | tl-proto | grammers / ours |"
echo "| --- | --- | --- | --- | --- |"
for group in "${groups[@]}"; do
  case $group in
    schema_generate) n=1 ;;
    schema_*) n=5 ;;
    *invites100) n=200 ;;
    *) n=2000 ;;
  esac
  ours=$(per_op "$group" ours $n)
  grammers=$(per_op "$group" grammers $n)
  proto=$(per_op "$group" tl-proto $n)
  ratio=$(awk -v g="$grammers" -v o="$ours" 'BEGIN { printf "%.2fx", g / o }')
  echo "| \`$group\` | $ours | $grammers | $proto | $ratio |"
done
