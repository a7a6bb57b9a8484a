#!/usr/bin/env bash
# Screenshots of the real desktop app under Xvfb, one per main view, at each screen size.
#
#   scripts/screenshots.sh [FOLDER] [OUT]
#
# FOLDER is a folder of project descriptions (default: the repository's assets/samples), OUT
# the output folder (default: out/screenshots). Environment: SIZES (default "1280x800
# 1280x720"), VIEWS (default: every tab), SHOT_LANG (fi or en, default fi), DISPLAY_NUM
# (default 99), WAIT (seconds to wait for a window, default 30).
#
# It builds ./cmd/vertailu, starts Xvfb, runs the binary once per view (with fresh preferences
# in a temporary HOME, so nothing leaks between runs or from the developer's own), waits for
# the window to finish loading (its title then names the folder), and saves the whole screen
# with ImageMagick. It fails when no window appears, the app logs an error, or a screenshot is
# blank (a single colour). Needs Xvfb, xdotool and ImageMagick (scripts/setup.sh).
set -euo pipefail

cd "$(dirname "$0")/.."
FOLDER=${1:-assets/samples}
OUT=${2:-out/screenshots}
SIZES=${SIZES:-"1280x800 1280x720"}
VIEWS=${VIEWS:-"overview funding sustainability texts source compare groups map map-municipalities warnings changes notes similar open"}
SHOT_LANG=${SHOT_LANG:-fi}
DISPLAY_NUM=${DISPLAY_NUM:-99}
WAIT=${WAIT:-30}

for tool in Xvfb xdotool import identify; do
	command -v "$tool" >/dev/null || { echo "screenshots: $tool is not installed (see scripts/setup.sh)" >&2; exit 1; }
done
[ -d "$FOLDER" ] || { echo "screenshots: $FOLDER is not a folder" >&2; exit 1; }
FOLDER=$(cd "$FOLDER" && pwd)

WORK=$(mktemp -d)
BIN="$WORK/vertailu"
XVFB_PID=""
APP_PID=""
cleanup() {
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
	[ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

echo "screenshots: building ./cmd/vertailu"
go build -o "$BIN" ./cmd/vertailu

export LANG=${LANG:-en_US.UTF-8}
export DISPLAY=":$DISPLAY_NUM"
export XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

start_xvfb() { # WxH
	Xvfb "$DISPLAY" -screen 0 "${1}x24" -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
	XVFB_PID=$!
	for _ in $(seq 50); do
		xdotool getdisplaygeometry >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	echo "screenshots: Xvfb did not start on $DISPLAY" >&2
	cat "$WORK/xvfb.log" >&2
	exit 1
}

stop_xvfb() {
	kill "$XVFB_PID" 2>/dev/null || true
	wait "$XVFB_PID" 2>/dev/null || true
	XVFB_PID=""
}

# wait_loaded prints the window id once the title says a folder is open ("Vertailu – …").
wait_loaded() {
	local deadline=$((SECONDS + WAIT)) wid
	while [ $SECONDS -lt $deadline ]; do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			echo "screenshots: the app exited early" >&2
			return 1
		fi
		for wid in $(xdotool search --name '^Vertailu' 2>/dev/null || true); do
			case "$(xdotool getwindowname "$wid" 2>/dev/null)" in
			"Vertailu – "*)
				echo "$wid"
				return 0
				;;
			esac
		done
		sleep 0.2
	done
	echo "screenshots: no loaded Vertailu window within ${WAIT}s" >&2
	return 1
}

shoot() { # size view file
	local attempt
	for attempt in 1 2; do
		if shoot_once "$@"; then
			return 0
		fi
		[ "$attempt" = 1 ] && echo "screenshots: $2 at $1 failed; trying once more" >&2
	done
	return 1
}

shoot_once() { # size view file
	local size=$1 view=$2 file=$3 w h wid home marks=0
	w=${size%x*}
	h=${size#*x}
	home="$WORK/home-$view"
	rm -rf "$home"
	mkdir -p "$home/.config" # no ~/.cache: the app must start cleanly on a fresh account
	# A desktop's user folders, which Fyne's file dialog lists as favourites (without them it
	# logs "this computer does not define a VIDEOS folder").
	for d in Desktop Documents Downloads Music Pictures Videos; do
		mkdir -p "$home/$d"
		echo "XDG_$(echo "$d" | tr a-z A-Z | sed 's/DOWNLOADS/DOWNLOAD/')_DIR=\"\$HOME/$d\"" >>"$home/.config/user-dirs.dirs"
	done
	[ "$view" = compare ] && marks=3
	HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" VERTAILU_SCREENSHOT_VIEW="$view" VERTAILU_SCREENSHOT_MARK="$marks" \
		"$BIN" -lang "$SHOT_LANG" "$FOLDER" >"$WORK/app.log" 2>&1 &
	APP_PID=$!
	if ! wid=$(wait_loaded); then
		cat "$WORK/app.log" >&2
		kill "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
		APP_PID=""
		return 1
	fi
	xdotool windowmove "$wid" 0 0 windowsize "$wid" "$w" "$h" >/dev/null 2>&1 || true
	xdotool mousemove "$((w - 1))" "$((h - 1))" >/dev/null 2>&1 || true # no hover highlight
	sleep 2 # layout at the new size, and the charts rendered for it off the UI goroutine
	import -window root "$file"
	kill "$APP_PID" 2>/dev/null || true
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=""
	check_log || return 1
	check_image "$file"
}

# check_log fails on errors in the app's log, except those of the bare Xvfb environment (no
# D-Bus session to watch the desktop theme) and one race inside Fyne 2.8: it rewrites its
# preferences file in place and re-reads it when the file changes, and on a busy machine the
# re-read can meet the file empty ("Preferences load error: EOF"; the values in memory stay).
check_log() {
	local bad
	bad=$(grep -v -e 'failed to watch theme settings' -e 'dbus-launch' -e 'app_xdg.go' \
		-e 'Preferences load error' -e 'Cause: EOF' -e 'app/preferences.go' \
		"$WORK/app.log" | grep -i -e 'error' -e 'panic' -e 'fail' || true)
	if [ -n "$bad" ]; then
		echo "screenshots: the app logged errors:" >&2
		cat "$WORK/app.log" >&2
		return 1
	fi
}

check_image() {
	local sd
	sd=$(identify -format '%[fx:standard_deviation]' "$1")
	if awk -v s="$sd" 'BEGIN { exit !(s < 0.01) }'; then
		echo "screenshots: $1 is blank (standard deviation $sd)" >&2
		return 1
	fi
	echo "screenshots: $1 (standard deviation $sd)"
}

status=0
for size in $SIZES; do
	mkdir -p "$OUT/$size"
	start_xvfb "$size"
	for view in $VIEWS; do
		shoot "$size" "$view" "$OUT/$size/$view.png" || status=1
	done
	stop_xvfb
done
[ $status -eq 0 ] && echo "screenshots: all in $OUT"
exit $status
