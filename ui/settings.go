package ui

import (
	"encoding/json"
	"errors"
	"io"
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

// maxSettingsSize bounds the settings file: a few hundred bytes are written, and a larger file
// is none of ours (a link to /dev/zero would be read for ever).
const maxSettingsSize = 1 << 20

// errNotSettings is why a settings file is not read: not a small regular file.
var errNotSettings = errors.New("not a small regular file; set aside, starting from defaults")

// openSettings reads the settings at path. When there is no such file yet, it starts from
// Fyne's preferences, where earlier versions kept the same keys. A damaged file, or anything
// but a small regular file (a pipe, a folder, a device, a huge file), is set aside (its name
// with ".broken") with one log line, never opened when it is not a regular file; the app
// starts with defaults. Each value is checked where it is read (see prefs).
func openSettings(path string, old fyne.Preferences) *settings {
	s := &settings{path: path, values: map[string]any{}}
	if path == "" {
		return s
	}
	b, err := readSmallFile(path, maxSettingsSize)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		s.migrate(old)
	case errors.Is(err, errNotSettings):
		fyne.LogError("the settings file "+path+" is "+errNotSettings.Error(), nil)
		os.Rename(path, path+".broken")
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

// readSmallFile reads the regular file at path (a link to one is followed) when it holds at
// most max bytes; anything else is errNotSettings, and is never opened unless it is a regular
// file, so a pipe cannot hang the start.
func readSmallFile(path string, max int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		if _, lerr := os.Lstat(path); lerr == nil && errors.Is(err, fs.ErrNotExist) {
			return nil, errNotSettings // a dangling link
		}
		return nil, err
	}
	if !info.Mode().IsRegular() || info.Size() > max {
		return nil, errNotSettings
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err == nil && int64(len(b)) > max {
		return nil, errNotSettings // it grew
	}
	return b, err
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
