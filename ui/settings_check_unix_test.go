//go:build unix

package ui

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

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
