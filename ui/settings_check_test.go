package ui

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSettingsValuesAreChecked: a damaged or hand-edited settings file gives values within
// bounds: a window at least usable and at most an 8K screen, folders that can be folders, a
// sort key that is a column.
func TestSettingsValuesAreChecked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "settings.json")
	os.WriteFile(path, []byte(`{"windowWidth":1e12,"windowHeight":-1e308,"lastFolder":"relative",`+
		`"recentFolders":["/a",1,"b","/a",null],"sortKey":"nope","exportFolder":{}}`), 0o600)
	p := prefs{openSettings(path, nil)}
	if s := p.windowSize(); s.Width != maxWindowWidth || s.Height != minWindowHeight {
		t.Errorf("window %v", s)
	}
	if p.lastFolder() != "" || p.exportFolder() != "" || len(p.recentFolders()) != 1 {
		t.Errorf("folders %q %q %q", p.lastFolder(), p.exportFolder(), p.recentFolders())
	}
	if key, _ := p.sort(); key != "" {
		t.Errorf("sort key %q", key)
	}
}
