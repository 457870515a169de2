#!/usr/bin/env bash
# Clean-build cost of the generated bindings, side by side in one run:
#   (a) tl-api --features full-layer   (the whole layer 230: api.tl + mtproto.tl)
#   (b) tl-api                          (the invite-link roots only, the default)
#   (c) grammers-tl-types =0.11.0       (the incumbent bindings of the same layer), built in a
#       scratch crate under a temporary directory with features tl-api + tl-mtproto +
#       deserializable-functions (the same scope as (a); its default features are kept)
#   (d) the `tl` binary (codegen --bin tl: the dynamic codec, no generated bindings), only
#       when asked for (cases tl-debug, tl-release)
# each in debug and in release, every build in a fresh target directory. Dependencies are
# fetched first, so no download is timed. Wall time, CPU time (user + system, summed over
# the processes of the build: on a loaded machine it moves less than the wall time) and
# peak memory come from `/usr/bin/time -v` around `cargo build`: "Maximum resident set size" is the peak of the
# largest single process of the tree (in practice the rustc compiling the bindings), not
# the sum over processes. CARGO_INCREMENTAL=0 as in CI.
#
# Usage: scripts/build-cost.sh [CASE...]   (CASE: full-debug full-release invite-debug
#        invite-release grammers-debug grammers-release tl-debug tl-release; default: the
#        first six)
# Prints a Markdown table (one row per build) and `uptime` before and after: on a shared
# machine the load matters.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/tl-build-cost.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export CARGO_INCREMENTAL=0 CARGO_TERM_COLOR=never

mkdir -p "$scratch/grammers/src"
cat >"$scratch/grammers/Cargo.toml" <<'TOML'
[package]
name = "grammers-cost"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
grammers-tl-types = { version = "=0.11.0", features = ["tl-mtproto", "deserializable-functions"] }
TOML
: >"$scratch/grammers/src/lib.rs"

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
    cases=(full-debug invite-debug grammers-debug full-release invite-release grammers-release)
fi

cargo fetch -q
cargo fetch -q --manifest-path "$scratch/grammers/Cargo.toml"

# build CASE: runs the build of CASE under /usr/bin/time -v, prints a table row.
build() {
    local case=$1 profile=() what
    [[ $case == *-release ]] && profile=(--release)
    local target="$scratch/target-$case"
    local cmd
    case $case in
        full-*) what="tl-api, full-layer"
            cmd=(cargo build -q -p tl-api --features full-layer "${profile[@]}" --target-dir "$target") ;;
        invite-*) what="tl-api, invite roots"
            cmd=(cargo build -q -p tl-api "${profile[@]}" --target-dir "$target") ;;
        tl-*) what="tl (codegen --bin tl)"
            cmd=(cargo build -q -p codegen --bin tl "${profile[@]}" --target-dir "$target") ;;
        grammers-*) what="grammers-tl-types 0.11.0"
            cmd=(cargo build -q --manifest-path "$scratch/grammers/Cargo.toml" "${profile[@]}"
                --target-dir "$target") ;;
        *) echo "unknown case $case" >&2; exit 2 ;;
    esac
    local log="$scratch/time-$case.log"
    /usr/bin/time -v "${cmd[@]}" 2>"$log" || { cat "$log" >&2; exit 1; }
    local wall rss user sys
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
    user=$(sed -n 's/.*User time (seconds): //p' "$log")
    sys=$(sed -n 's/.*System time (seconds): //p' "$log")
    printf '| %s | %s | %s | %.1f s | %d MiB |\n' "$what" "${case##*-}" "$wall" \
        "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((rss / 1024))"
}

echo "before: $(uptime)"
echo
echo "| crate | profile | wall time (m:ss) | CPU time | peak RSS (largest process) |"
echo "| --- | --- | --- | --- | --- |"
for case in "${cases[@]}"; do
    build "$case"
done
echo
echo "after: $(uptime)"
