package ui

import (
	"path/filepath"
	"slices"

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

// prefs reads and writes what the app remembers between runs (see settings).
type prefs struct {
	p *settings
}

func (p prefs) lastFolder() string { return p.p.String(prefLastFolder) }

func (p prefs) recentFolders() []string { return p.p.StringList(prefRecent) }

// rememberFolder makes dir the last folder and the first of the recent ones.
func (p prefs) rememberFolder(dir string) {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	recent := []string{dir}
	for _, d := range p.recentFolders() {
		if d != dir && len(recent) < maxRecent {
			recent = append(recent, d)
		}
	}
	if p.lastFolder() == dir && slices.Equal(recent, p.recentFolders()) {
		return // a reload: nothing to save
	}
	p.p.set(map[string]any{prefLastFolder: dir, prefRecent: recent})
}

func (p prefs) language() string { return p.p.String(prefLanguage) }

func (p prefs) setLanguage(code string) { p.p.set(map[string]any{prefLanguage: code}) }

func (p prefs) sort() (key string, desc bool) {
	return p.p.String(prefSortKey), p.p.Bool(prefSortDesc)
}

func (p prefs) setSort(key string, desc bool) {
	p.p.set(map[string]any{prefSortKey: key, prefSortDesc: desc})
}

// windowSize is the size remembered, or 1280×800 at first.
func (p prefs) windowSize() fyne.Size {
	w := p.p.Float(prefWidth, 1280)
	h := p.p.Float(prefHeight, 800)
	return fyne.NewSize(float32(max(w, 640)), float32(max(h, 480)))
}

func (p prefs) setWindowSize(s fyne.Size) {
	if s.Width < 100 || s.Height < 100 {
		return
	}
	p.p.set(map[string]any{prefWidth: float64(s.Width), prefHeight: float64(s.Height)})
}

func (p prefs) exportFolder() string { return p.p.String(prefExportFolder) }

func (p prefs) setExportFolder(dir string) { p.p.set(map[string]any{prefExportFolder: dir}) }

// csvDialect is the CSV format chosen last, or -1.
func (p prefs) csvDialect() int { return int(p.p.Float(prefCSVDialect, -1)) }

func (p prefs) setCSVDialect(d fileFormat) { p.p.set(map[string]any{prefCSVDialect: float64(d)}) }
