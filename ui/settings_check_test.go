package ui

import (
	"os"
	"path/filepath"
	"syscall"
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

// TestSettingsFileThatIsNoSmallFile: a pipe, a link to /dev/zero, a folder or a huge file in
// place of the settings is set aside without being read (no hang), and the app starts from
// defaults.
func TestSettingsFileThatIsNoSmallFile(t *testing.T) {
	for name, create := range map[string]func(string) error{
		"pipe":   func(p string) error { return syscall.Mkfifo(p, 0o600) },
		"zero":   func(p string) error { return os.Symlink("/dev/zero", p) },
		"folder": func(p string) error { return os.Mkdir(p, 0o700) },
		"huge":   func(p string) error { return os.WriteFile(p, make([]byte, maxSettingsSize+1), 0o600) },
	} {
		path := filepath.Join(t.TempDir(), "settings.json")
		if err := create(path); err != nil {
			t.Fatal(err)
		}
		p := prefs{openSettings(path, nil)}
		if s := p.windowSize(); s.Width != 1280 {
			t.Errorf("%s: window %v", name, s)
		}
		if _, err := os.Lstat(path + ".broken"); err != nil {
			t.Errorf("%s: not set aside: %v", name, err)
		}
	}
}
