package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
)

// Preference keys.
const (
	prefLastFolder = "lastFolder"
	prefRecent     = "recentFolders"
	prefLanguage   = "language"
	prefSortKey    = "sortKey"
	prefSortDesc   = "sortDesc"
	prefWidth      = "windowWidth"
	prefHeight     = "windowHeight"
	maxRecent      = 8
)

// prefs reads and writes what the app remembers between runs.
type prefs struct {
	p fyne.Preferences
}

func (p prefs) lastFolder() string { return p.p.String(prefLastFolder) }

func (p prefs) recentFolders() []string { return p.p.StringList(prefRecent) }

// rememberFolder makes dir the last folder and the first of the recent ones.
func (p prefs) rememberFolder(dir string) {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	p.p.SetString(prefLastFolder, dir)
	recent := []string{dir}
	for _, d := range p.recentFolders() {
		if d != dir && len(recent) < maxRecent {
			recent = append(recent, d)
		}
	}
	p.p.SetStringList(prefRecent, recent)
}

func (p prefs) language() string { return p.p.String(prefLanguage) }

func (p prefs) setLanguage(code string) { p.p.SetString(prefLanguage, code) }

func (p prefs) sort() (key string, desc bool) {
	return p.p.String(prefSortKey), p.p.Bool(prefSortDesc)
}

func (p prefs) setSort(key string, desc bool) {
	p.p.SetString(prefSortKey, key)
	p.p.SetBool(prefSortDesc, desc)
}

// windowSize is the size remembered, or 1280×800 at first.
func (p prefs) windowSize() fyne.Size {
	w := p.p.FloatWithFallback(prefWidth, 1280)
	h := p.p.FloatWithFallback(prefHeight, 800)
	return fyne.NewSize(float32(max(w, 640)), float32(max(h, 480)))
}

func (p prefs) setWindowSize(s fyne.Size) {
	if s.Width < 100 || s.Height < 100 {
		return
	}
	p.p.SetFloat(prefWidth, float64(s.Width))
	p.p.SetFloat(prefHeight, float64(s.Height))
}
