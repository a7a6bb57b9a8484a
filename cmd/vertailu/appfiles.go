package main

import (
	"encoding/json"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"strconv"
)

// maxFyneFileSize bounds the files Fyne reads at the start (its settings, the app's
// preferences): they hold a few hundred bytes.
const maxFyneFileSize = 1 << 20

// maxScale bounds Fyne's scale: more makes a window no screen has (X's BadValue).
const maxScale = 8

// guardFyneFiles checks the files Fyne reads by itself when the app is made, before it does:
// Fyne opens them without a look, so a pipe there hung the start with no window and a link to
// /dev/zero was read for ever. Anything but a small regular file is set aside (its name with
// ".broken") with one log line, and Fyne starts from its defaults; a scale no screen can show
// (Fyne's settings.json says 1e12) is replaced by 1 for this run. v says so.
func guardFyneFiles(v voice) {
	root := fyneConfigRoot()
	if root == "" {
		return
	}
	settings := filepath.Join(root, "settings.json")
	for _, p := range []string{settings, filepath.Join(root, appID, "preferences.json")} {
		if !smallRegularFile(p) {
			v.say("cli.app.set_aside", "File", termName(p), "Name", termName(filepath.Base(p)+".broken"))
			os.Rename(p, p+".broken")
		}
	}
	if env, ok := os.LookupEnv("FYNE_SCALE"); ok && env != "auto" {
		if s, err := strconv.ParseFloat(env, 64); err == nil && !usableScale(s) {
			v.say("cli.app.scale_env", "Value", termName(env))
			os.Setenv("FYNE_SCALE", "1")
		}
		return
	}
	if s, ok := fyneScale(settings); ok && !usableScale(s) {
		v.say("cli.app.scale_file", "Scale", strconv.FormatFloat(s, 'g', -1, 64), "File", termName(settings))
		os.Setenv("FYNE_SCALE", "1")
	}
}

// logWriter writes through the standard logger, where Fyne's own messages go.
type logWriter struct{}

func (logWriter) Write(p []byte) (int, error) {
	log.Print(string(p))
	return len(p), nil
}

// smallRegularFile reports whether p is missing or a regular file (through links) of at most
// maxFyneFileSize bytes.
func smallRegularFile(p string) bool {
	if _, err := os.Lstat(p); err != nil {
		return true // nothing there
	}
	info, err := os.Stat(p)
	return err == nil && info.Mode().IsRegular() && info.Size() <= maxFyneFileSize
}

// usableScale: Fyne reads 0 and less as "auto"; above maxScale no screen shows a window.
func usableScale(s float64) bool { return !math.IsNaN(s) && s <= maxScale }

// fyneScale reads the scale in Fyne's settings file, checked to be a small regular file.
func fyneScale(p string) (float64, bool) {
	if !smallRegularFile(p) {
		return 0, false
	}
	f, err := os.Open(p)
	if err != nil {
		return 0, false
	}
	defer f.Close()
	var s struct {
		Scale *float64 `json:"scale"`
	}
	if json.NewDecoder(io.LimitReader(f, maxFyneFileSize)).Decode(&s) != nil || s.Scale == nil {
		return 0, false
	}
	return *s.Scale, true
}
