#!/usr/bin/env bash
# Whole-process time of the CLI on the bundled reference document (as `java -jar` and through the
# launcher `mvn package` writes), and batch scaling from 1 to 2 threads. Run from the repository root after `mvn -q -DskipTests package`:
#   bash benchmarks/cli-time.sh [runs] [batch-files]
set -euo pipefail
runs=${1:-20}
files=${2:-4000}
jar=target/epres-cli.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }

# Prints the median wall time in seconds of running the given command $runs times.
median() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]/1000}'
}

echo "CLI on the reference document (median of $runs runs): $(median java -jar "$jar" parse) s"
if [ -x target/epres ]; then
  echo "The same through the launcher target/epres: $(median target/epres parse) s"
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for i in $(seq "$files"); do cp seeds/TA-9-2021-0056_LV.txt "$dir/doc$i.txt"; done
runs=$(( runs < 5 ? runs : 5 ))

# Runs the batch on 1 and 2 threads in alternation, $runs rounds (the machine's speed drifts within
# minutes, so a block of runs on one count and then on the other would compare two machines), and
# prints the median of each count and their ratio.
batch() {
  local label=$1 ones=() twos=()
  shift
  for _ in $(seq "$runs"); do
    for threads in 1 2; do
      local start end
      start=$(date +%s%N)
      "$@" parse "$dir" --format json --threads "$threads" > /dev/null
      end=$(date +%s%N)
      if [ "$threads" -eq 1 ]; then ones+=("$(( (end - start) / 1000000 ))"); else twos+=("$(( (end - start) / 1000000 ))"); fi
    done
  done
  local one two
  one=$(printf '%s\n' "${ones[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]/1000}')
  two=$(printf '%s\n' "${twos[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]/1000}')
  echo "Batch of $files files, $label ($runs alternating rounds, medians): 1 thread ${one} s," \
    "2 threads ${two} s, speed-up $(awk -v a="$one" -v b="$two" 'BEGIN {printf "%.2f", a / b}')x"
}

batch "java -jar" java -jar "$jar"
if [ -x target/epres ]; then
  batch "through the launcher" target/epres
fi
