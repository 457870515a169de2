#!/usr/bin/env bash
# What a user's build costs, side by side with the incumbent in one run.
#
# Consumer cases: a user's whole build, each a workspace of its own under a temporary
# directory, with an `app` binary whose `main` decodes `Updates` and encodes
# `help.getConfig`. A clean `cargo build` with cargo's defaults (debug, incremental as cargo
# decides), then `touch app/src/main.rs` and `cargo build` again (the edit loop):
#   grammers       depends on grammers-tl-types =0.11.0 (tl-mtproto, deserializable-functions;
#                  it generates the layer in its own build script): the incumbent
#   build-layer    the README's pattern: a bindings crate whose build.rs generates the whole
#                  layer (schema/api.tl + schema/mtproto.tl) with tl-codegen, the app beside it
#   build-invite   the same for the invite roots (schema/invite-roots.txt + help.getConfig)
#   tlapi-full     depends on the checked-in tl-api with `full-layer`
# tl-codegen, tl-runtime and tl-api come from this repository as git dependencies at HEAD
# (`git = "file://..."`), as a user outside the repository gets them: commit first.
#
# Other cases:
#   generator      an empty build script with tl-codegen as its build dependency, against one
#                  with grammers-tl-gen + grammers-tl-parser (what a build script compiles
#                  before it generates anything)
#   tl             `cargo build -p codegen --bin tl` (the dynamic codec, no bindings)
#
# Wall time and peak memory come from `/usr/bin/time -v` around `cargo build`; "Maximum
# resident set size" is the peak of the largest single process (the rustc compiling the
# bindings), not a sum. Every case builds in a fresh target directory, dependencies fetched
# first, so no download is timed.
#
# Usage: scripts/build-cost.sh [CASE...]   (default: generator grammers build-layer
#        build-invite tlapi-full)
# Prints a Markdown table and `uptime` before and after: on a shared machine the load matters.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
rev=$(git rev-parse HEAD)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/tl-build-cost.XXXXXX")
trap '[ -n "${KEEP_SCRATCH:-}" ] || rm -rf "$scratch"' EXIT
export CARGO_TERM_COLOR=never
unset CARGO_INCREMENTAL

cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
    cases=(generator grammers build-layer build-invite tlapi-full)
fi

git_dep() { # git_dep NAME [FEATURES]: a dependency line on this repository's package NAME
    local features=""
    [ -n "${2:-}" ] && features=", features = [$2]"
    echo "$1 = { git = \"file://$root\", rev = \"$rev\"$features }"
}

# The app: decodes Updates from its arguments, encodes help.getConfig; `$1` is the crate
# whose `enums` and `functions` it uses, `$2` how it names the runtime.
write_app() {
    mkdir -p "$1/src"
    cat >"$1/src/main.rs" <<EOF
use $2::{Decode, Encode};
use $3::{enums, functions};

fn main() {
    let bytes: Vec<u8> = std::env::args().skip(1).map(|a| a.parse().unwrap_or(0)).collect();
    match enums::Updates::from_bytes(&bytes) {
        Ok(updates) => println!("{updates:?}"),
        Err(error) => println!("{error:?}"),
    }
    println!("{:?}", functions::help::GetConfig {}.to_bytes());
}
EOF
}

workspace() { # workspace DIR MEMBER...: a workspace root Cargo.toml
    local dir=$1
    shift
    local members
    members=$(printf '"%s", ' "$@")
    cat >"$dir/Cargo.toml" <<EOF
[workspace]
resolver = "2"
members = [${members%, }]
EOF
}

app_manifest() { # app_manifest DIR DEPENDENCY-LINE
    mkdir -p "$1"
    cat >"$1/Cargo.toml" <<EOF
[package]
name = "app"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
$2
EOF
}

# The README's bindings crate: `$2` is the build script's Config chain.
bindings_crate() {
    local dir=$1/bindings
    mkdir -p "$dir/src"
    cat >"$dir/Cargo.toml" <<EOF
[package]
name = "bindings"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
$(git_dep tl-runtime)

[build-dependencies]
$(git_dep tl-codegen)
EOF
    cat >"$dir/build.rs" <<EOF
fn main() -> Result<(), tl_codegen::Error> {
    tl_codegen::Config::new()$2
        .generate()?;
    Ok(())
}
EOF
    cat >"$dir/src/lib.rs" <<'EOF'
include!(concat!(env!("OUT_DIR"), "/tl.rs"));
EOF
    # The README's advice for a bindings crate in the user's workspace.
    cat >>"$1/Cargo.toml" <<'EOF'

[profile.dev.package.bindings]
incremental = false
EOF
}

setup() { # setup CASE: writes the case's workspace under $scratch/CASE
    local dir=$scratch/$1
    mkdir -p "$dir"
    case $1 in
        grammers)
            workspace "$dir" app
            app_manifest "$dir/app" 'grammers-tl-types = { version = "=0.11.0", features = ["tl-mtproto", "deserializable-functions"] }'
            write_app "$dir/app" grammers_tl_types "grammers_tl_types"
            sed -i 's/use grammers_tl_types::{Decode, Encode};/use grammers_tl_types::{Deserializable as Decode, Serializable as Encode};/' "$dir/app/src/main.rs"
            ;;
        build-layer | build-invite)
            workspace "$dir" bindings app
            local chain=".schema(\"$root/schema/api.tl\").schema(\"$root/schema/mtproto.tl\")"
            if [ "$1" = build-invite ]; then
                chain+=".roots_file(\"$root/schema/invite-roots.txt\").roots([\"help.getConfig\"])"
            fi
            bindings_crate "$dir" "$chain"
            app_manifest "$dir/app" "bindings = { path = \"../bindings\" }
$(git_dep tl-runtime)"
            write_app "$dir/app" tl_runtime bindings
            ;;
        tlapi-full)
            workspace "$dir" app
            app_manifest "$dir/app" "$(git_dep tl-api '"full-layer"')"
            write_app "$dir/app" tl_api::tl_runtime tl_api
            ;;
        generator | generator-grammers)
            mkdir -p "$dir/src"
            local dep
            if [ "$1" = generator ]; then
                dep=$(git_dep tl-codegen)
            else
                dep=$'grammers-tl-gen = "=0.11.0"\ngrammers-tl-parser = "=1.2.2"'
            fi
            printf '[package]\nname = "gen"\nversion = "0.0.0"\nedition = "2021"\n[workspace]\n[build-dependencies]\n%s\n' "$dep" >"$dir/Cargo.toml"
            echo 'fn main() {}' >"$dir/build.rs"
            echo 'fn main() {}' >"$dir/src/main.rs"
            ;;
    esac
}

# timed LOG CMD...: runs CMD under /usr/bin/time -v; prints "wall rss_mib".
timed() {
    local log=$1
    shift
    /usr/bin/time -v "$@" 2>"$log" >/dev/null || { cat "$log" >&2; exit 1; }
    local wall rss
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
    echo "$wall $((rss / 1024))"
}

consumer() { # consumer CASE: clean build, then the rebuild after touching main.rs
    local dir=$scratch/$1 target=$scratch/target-$1
    setup "$1"
    (cd "$dir" && cargo fetch -q)
    local clean rebuild warnings
    clean=$(timed "$scratch/$1.log" cargo build --manifest-path "$dir/Cargo.toml" --target-dir "$target")
    warnings=$(grep -c '^warning' "$scratch/$1.log" || true)
    touch "$dir/app/src/main.rs"
    rebuild=$(timed "$scratch/$1-again.log" cargo build -q --manifest-path "$dir/Cargo.toml" --target-dir "$target")
    read -r wall rss <<<"$clean"
    printf '| %s | %s | %s | %s MiB | %s |\n' "$1" "$wall" "${rebuild%% *}" "$rss" "$warnings"
}

generator() { # the build dependencies alone, ours and grammers'
    local case
    for case in generator generator-grammers; do
        setup "$case"
        (cd "$scratch/$case" && cargo fetch -q)
        local result
        result=$(timed "$scratch/$case.log" cargo build -q --manifest-path "$scratch/$case/Cargo.toml" --target-dir "$scratch/target-$case")
        printf '| %s | %s | | %s MiB | |\n' "$case" "${result%% *}" "${result##* }"
    done
}

tl_binary() {
    local result
    result=$(timed "$scratch/tl.log" cargo build -q -p codegen --bin tl --target-dir "$scratch/target-tl")
    printf '| tl (codegen --bin tl) | %s | | %s MiB | |\n' "${result%% *}" "${result##* }"
}

echo "before: $(uptime)"
echo
echo "| case | clean build (m:ss) | rebuild after touching main.rs | peak RSS (largest process) | warnings |"
echo "| --- | --- | --- | --- | --- |"
for case in "${cases[@]}"; do
    case $case in
        generator) generator ;;
        tl) tl_binary ;;
        grammers | build-layer | build-invite | tlapi-full) consumer "$case" ;;
        *) echo "unknown case $case" >&2; exit 2 ;;
    esac
done
echo
echo "after: $(uptime)"
