package main

import (
	"os"
	"path/filepath"
	"runtime"
)

// ownFolders are the folders Vertailu itself writes (see the README's "What Vertailu writes
// where"): the PDF reader's compiled module under the user's cache folder, and Fyne's storage
// for the app (the settings, Fyne's preferences) and its cache. A load never reads them as
// input, even when the folder opened holds them (the home folder).
func ownFolders() []string {
	var own []string
	if cache, err := os.UserCacheDir(); err == nil {
		own = append(own, filepath.Join(cache, "vertailu"), filepath.Join(cache, "fyne", appID))
	}
	if root := fyneConfigRoot(); root != "" {
		own = append(own, filepath.Join(root, appID))
	}
	return own
}

// fyneConfigRoot is where Fyne keeps its settings and each app's storage, as Fyne computes it
// (fyne.io/fyne/v2/internal/app: rootConfigDir), or "" when it cannot be told.
func fyneConfigRoot() string {
	switch runtime.GOOS {
	case "windows":
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		return filepath.Join(home, "AppData", "Roaming", "fyne")
	case "darwin":
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		return filepath.Join(home, "Library", "Preferences", "fyne")
	}
	config, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(config, "fyne")
}
