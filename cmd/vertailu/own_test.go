package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckOfTheHomeFolderLeavesOutTheAppsOwnFiles: `vertailu check ~` reads the user's files
// but not the app's own (the PDF reader's cache, the settings, Fyne's storage and cache).
func TestCheckOfTheHomeFolderLeavesOutTheAppsOwnFiles(t *testing.T) {
	home := t.TempDir()
	for _, f := range []string{
		".cache/vertailu/pdfium/compiled", ".cache/fyne/" + appID + "/img",
		".config/fyne/" + appID + "/settings/settings.json", ".config/fyne/" + appID + "/preferences.json",
	} {
		p := filepath.Join(home, f)
		os.MkdirAll(filepath.Dir(p), 0o700)
		os.WriteFile(p, []byte("{}"), 0o600)
	}
	os.WriteFile(filepath.Join(home, "notes.txt"), []byte("not a description"), 0o644)
	cmd := vertailuProcess(t, "check", home)
	cmd.Env = append(cmd.Env, "HOME="+home, "XDG_CACHE_HOME=", "XDG_CONFIG_HOME=")
	out, _ := cmd.Output()
	if got := string(out); !strings.Contains(got, "notes.txt") || strings.Contains(got, appID) || strings.Contains(got, "pdfium") {
		t.Errorf("check of the home folder:\n%s", got)
	}
}
