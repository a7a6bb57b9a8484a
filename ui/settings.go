package ui

import (
	"encoding/json"
	"errors"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"

	"vertailu/export"
)

// settings is what the app remembers, in a file of its own (see SettingsPath). Fyne rewrites its preferences file in place and re-reads it whenever it
// changes, and a re-read of a half-written file lost values and logged "Preferences load
// error: EOF". settings is written whole to a temporary file and renamed over the old one, so
// a reader never sees half a file; nothing watches it. With no path it lives in memory
// (tests).
type settings struct {
	mu     sync.Mutex
	path   string
	values map[string]any
}

// SettingsPath is the settings file of the app a: settings/settings.json in the app's storage
// folder. Not beside Fyne's preferences.json: Fyne watches that folder and re-reads its file
// on any change in it, and a re-read during Fyne's own save at exit read half a file.
func SettingsPath(a fyne.App) string {
	root := a.Storage().RootURI()
	if root == nil || root.Scheme() != "file" {
		return ""
	}
	return filepath.Join(root.Path(), "settings", "settings.json")
}

// openSettings reads the settings at path. When there is no such file yet, it starts from
// Fyne's preferences, where earlier versions kept the same keys. A damaged file is set aside
// (its name with ".broken") and logged; the app starts with defaults.
func openSettings(path string, old fyne.Preferences) *settings {
	s := &settings{path: path, values: map[string]any{}}
	if path == "" {
		return s
	}
	b, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		s.migrate(old)
	case err != nil:
		fyne.LogError("reading the settings", err)
	default:
		if err := json.Unmarshal(b, &s.values); err != nil {
			fyne.LogError("the settings file is damaged; starting from defaults", err)
			os.Rename(path, path+".broken")
			s.values = map[string]any{}
		}
	}
	return s
}

// settingKeys are the keys the app keeps, for taking them over from Fyne's preferences.
var settingKeys = []string{
	prefLastFolder, prefRecent, prefLanguage, prefSortKey, prefSortDesc, prefWidth, prefHeight,
	prefExportFolder, prefColumns,
}

func (s *settings) migrate(old fyne.Preferences) {
	if old == nil {
		return
	}
	for _, k := range settingKeys {
		if v := old.StringList(k); len(v) > 0 {
			s.values[k] = v
		} else if v := old.String(k); v != "" {
			s.values[k] = v
		}
	}
	if v := old.Bool(prefSortDesc); v {
		s.values[prefSortDesc] = v
	}
	for _, k := range []string{prefWidth, prefHeight} {
		if v := old.Float(k); v > 0 {
			s.values[k] = v
		}
	}
}

// set stores values and saves the file once.
func (s *settings) set(values map[string]any) {
	s.mu.Lock()
	maps.Copy(s.values, values)
	b, err := json.MarshalIndent(s.values, "", "  ")
	path := s.path
	s.mu.Unlock()
	if path == "" || err != nil {
		return
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		fyne.LogError("saving the settings", err)
		return
	}
	if err := export.WriteFile(path, b); err != nil { // whole, or not at all
		fyne.LogError("saving the settings", err)
	}
}

func (s *settings) get(key string) any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.values[key]
}

func (s *settings) String(key string) string {
	v, _ := s.get(key).(string)
	return v
}

func (s *settings) StringList(key string) []string {
	switch v := s.get(key).(type) {
	case []string:
		return append([]string(nil), v...)
	case []any:
		var out []string
		for _, x := range v {
			if str, ok := x.(string); ok {
				out = append(out, str)
			}
		}
		return out
	}
	return nil
}

func (s *settings) Bool(key string) bool {
	v, _ := s.get(key).(bool)
	return v
}

// Float returns a number, or fallback when there is none.
func (s *settings) Float(key string, fallback float64) float64 {
	switch v := s.get(key).(type) {
	case float64:
		return v
	case int:
		return float64(v)
	}
	return fallback
}
