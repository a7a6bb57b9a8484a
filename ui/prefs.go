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
	recent := []string{dir}
	for _, d := range p.recentFolders() {
		if d != dir && len(recent) < maxRecent {
			recent = append(recent, d)
		}
	}
	if p.lastFolder() == dir && slices.Equal(recent, p.recentFolders()) {
		return // a reload: nothing to save
	}
	p.setMany(map[string]any{prefLastFolder: dir, prefRecent: recent})
}

// batchWriter is what Fyne's preferences offer to change several values with one save.
type batchWriter interface {
	WriteValues(func(map[string]any))
}

// setMany stores several values with one change notification, so Fyne saves the file once:
// Fyne writes its preferences file in place and reloads it when it changes, and a burst of
// saves can make it read a half-written file ("Preferences load error: EOF").
func (p prefs) setMany(values map[string]any) {
	if w, ok := p.p.(batchWriter); ok {
		w.WriteValues(func(m map[string]any) {
			for k, v := range values {
				m[k] = v
			}
		})
		return
	}
	for k, v := range values {
		switch v := v.(type) {
		case string:
			p.p.SetString(k, v)
		case []string:
			p.p.SetStringList(k, v)
		case bool:
			p.p.SetBool(k, v)
		case float64:
			p.p.SetFloat(k, v)
		}
	}
}

func (p prefs) language() string { return p.p.String(prefLanguage) }

func (p prefs) setLanguage(code string) { p.p.SetString(prefLanguage, code) }

func (p prefs) sort() (key string, desc bool) {
	return p.p.String(prefSortKey), p.p.Bool(prefSortDesc)
}

func (p prefs) setSort(key string, desc bool) {
	p.setMany(map[string]any{prefSortKey: key, prefSortDesc: desc})
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
	p.setMany(map[string]any{prefWidth: float64(s.Width), prefHeight: float64(s.Height)})
}
