package ui

import (
	"math"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"

	"vertailu/data"
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
	prefSplit      = "splitOffset"
	prefNoDetails  = "detailsHidden"
	prefOwnNotes   = "includeMyNotes"
	maxRecent      = 8
)

// prefs reads and writes what the app remembers between runs (see settings).
type prefs struct {
	p *settings
}

// maxPathLen bounds a remembered folder: longer is no path of any system here.
const maxPathLen = 4096

// usablePath reports whether a remembered folder can be one: absolute, not too long, no NUL.
func usablePath(s string) bool {
	return s != "" && len(s) <= maxPathLen && !strings.ContainsRune(s, 0) && filepath.IsAbs(s)
}

func (p prefs) lastFolder() string { return p.folder(prefLastFolder) }

// folder returns the remembered folder of key, or "" when the value cannot be a folder.
func (p prefs) folder(key string) string {
	if s := p.p.String(key); usablePath(s) {
		return s
	}
	return ""
}

// recentFolders returns the remembered recent folders that can be folders, at most maxRecent.
func (p prefs) recentFolders() []string {
	var out []string
	for _, d := range p.p.StringList(prefRecent) {
		if usablePath(d) && !slices.Contains(out, d) && len(out) < maxRecent {
			out = append(out, d)
		}
	}
	return out
}

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

// sort returns the remembered sort: a column's key ("" when it is none) and the direction.
func (p prefs) sort() (key string, desc bool) {
	key = p.p.String(prefSortKey)
	if _, ok := data.ColumnByKey(key); !ok {
		key = ""
	}
	return key, p.p.Bool(prefSortDesc)
}

func (p prefs) setSort(key string, desc bool) {
	p.p.set(map[string]any{prefSortKey: key, prefSortDesc: desc})
}

// The window's bounds: at least usable, at most an 8K screen (a window the size a damaged or
// hand-edited settings file said, 100000 or 1e12 wide, stopped the app at every start: X's
// BadValue, a C assertion, a panic in the table).
const (
	minWindowWidth, minWindowHeight = 640, 480
	maxWindowWidth, maxWindowHeight = 7680, 4320
)

// windowSize is the size remembered, within the window's bounds, or 1280×800 at first.
func (p prefs) windowSize() fyne.Size {
	w := boundedFloat(p.p.Float(prefWidth, 1280), minWindowWidth, maxWindowWidth, 1280)
	h := boundedFloat(p.p.Float(prefHeight, 800), minWindowHeight, maxWindowHeight, 800)
	return fyne.NewSize(float32(w), float32(h))
}

// boundedFloat is v within [lo, hi], or fallback when v is no number (NaN, infinite).
func boundedFloat(v, lo, hi, fallback float64) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fallback
	}
	return min(max(v, lo), hi)
}

func (p prefs) setWindowSize(s fyne.Size) {
	if !(s.Width >= 100 && s.Height >= 100) || s.Width > maxWindowWidth || s.Height > maxWindowHeight { // NaN too
		return
	}
	p.p.set(map[string]any{prefWidth: float64(s.Width), prefHeight: float64(s.Height)})
}

// split is the table / details divider remembered (0 for the default; never so far down or
// up that a pane vanishes) and whether the details were hidden.
func (p prefs) split() (offset float64, hidden bool) {
	offset = p.p.Float(prefSplit, 0)
	if !(offset >= 0.1 && offset <= 0.95) { // NaN too
		offset = 0
	}
	return offset, p.p.Bool(prefNoDetails)
}

func (p prefs) setSplit(offset float64, hidden bool) {
	if offset == p.p.Float(prefSplit, -1) && hidden == p.p.Bool(prefNoDetails) {
		return
	}
	p.p.set(map[string]any{prefSplit: offset, prefNoDetails: hidden})
}

func (p prefs) exportFolder() string { return p.folder(prefExportFolder) }

func (p prefs) setExportFolder(dir string) { p.p.set(map[string]any{prefExportFolder: dir}) }

// csvDialect is the CSV format chosen last, or -1.
func (p prefs) csvDialect() int { return int(p.p.Float(prefCSVDialect, -1)) }

func (p prefs) setCSVDialect(d fileFormat) { p.p.set(map[string]any{prefCSVDialect: float64(d)}) }

// includeNotes reports whether the exports include the officer's own notes and tags.
func (p prefs) includeNotes() bool { return p.p.Bool(prefOwnNotes) }

func (p prefs) setIncludeNotes(on bool) { p.p.set(map[string]any{prefOwnNotes: on}) }
