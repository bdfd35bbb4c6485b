#!/usr/bin/env bash
# Runs a command at a pseudo-terminal of its own (util-linux script), typing FILE at once and keeping the
# keyboard open until the command ends, as at a real terminal. With a file on script's stdin instead, its
# end of input makes script wait for the command to read all it was sent, in steps of 250 ms during which
# it passes on no output (ul_pty_write_eof_to_child in util-linux 2.38): up to 0.25 s of a first answer
# would be the bench's. Usage: src/bench/at-terminal.sh FILE COMMAND [ARG...]
set -euo pipefail
file="$1"
shift
exec 3< <(cat "$file"; exec sleep 600)
keyboard=$!
status=0
script -qec "$(printf '%q ' "$@")" /dev/null <&3 || status=$?
kill "$keyboard" 2>/dev/null || true
exit "$status"
