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
// (Fyne's settings.json says 1e12) is replaced by 1 for this run.
func guardFyneFiles() {
	root := fyneConfigRoot()
	if root == "" {
		return
	}
	settings := filepath.Join(root, "settings.json")
	for _, p := range []string{settings, filepath.Join(root, appID, "preferences.json")} {
		if !smallRegularFile(p) {
			log.Printf("vertailu: %s is not a small regular file; set aside as %s.broken, Fyne starts from its defaults", termName(p), termName(filepath.Base(p)))
			os.Rename(p, p+".broken")
		}
	}
	if env, ok := os.LookupEnv("FYNE_SCALE"); ok && env != "auto" {
		if s, err := strconv.ParseFloat(env, 64); err == nil && !usableScale(s) {
			log.Printf("vertailu: FYNE_SCALE=%s cannot be shown; using 1", termName(env))
			os.Setenv("FYNE_SCALE", "1")
		}
		return
	}
	if s, ok := fyneScale(settings); ok && !usableScale(s) {
		log.Printf("vertailu: the scale %g in %s cannot be shown; using 1", s, termName(settings))
		os.Setenv("FYNE_SCALE", "1")
	}
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
