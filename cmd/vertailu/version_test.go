package main

import (
	"bytes"
	"maps"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestAppMetaIsFyneAppTOML fails when appmeta.go does not say what the repository root's
// FyneApp.toml says (its [Details] and [Migrations]).
func TestAppMetaIsFyneAppTOML(t *testing.T) {
	b, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Details struct {
			ID, Name, Version string
			Build             int
		}
		Migrations map[string]bool
	}
	if _, err := toml.Decode(string(b), &f); err != nil {
		t.Fatal(err)
	}
	d := f.Details
	if d.ID != appMeta.ID || d.Name != appMeta.Name || d.Version != appMeta.Version || d.Build != appMeta.Build ||
		!maps.Equal(f.Migrations, appMeta.Migrations) {
		t.Errorf("FyneApp.toml says %+v %v, appmeta.go %+v; make appmeta.go say what FyneApp.toml says", d, f.Migrations, appMeta)
	}
	if !regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+$`).MatchString(d.Version) {
		t.Errorf("version %q is not MAJOR.MINOR.PATCH", d.Version)
	}
}

func TestVersionCommand(t *testing.T) {
	want := appVersion{appMeta.Version, appMeta.Build}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"version"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
	got := strings.TrimSpace(stdout.String())
	if got != want.String() || !strings.HasPrefix(got, "vertailu "+want.Version+" (build ") {
		t.Errorf("vertailu version printed %q, want %q", got, want)
	}
	if code := run([]string{"version", "extra"}, &stdout, &stderr); code != 2 {
		t.Errorf("vertailu version extra: exit %d, want 2", code)
	}
}

// TestMetadata checks what the window and the threading rules take from FyneApp.toml: the
// ID, the opt-in to fyne.Do, and the icon every window shows.
func TestMetadata(t *testing.T) {
	m := metadata()
	if m.ID != "fi.vertailu.app" || !m.Migrations["fyneDo"] {
		t.Errorf("ID %q, migrations %v; want fi.vertailu.app with fyneDo", m.ID, m.Migrations)
	}
	if m.Icon == nil || !bytes.HasPrefix(m.Icon.Content(), []byte("\x89PNG")) {
		t.Error("no PNG icon in the metadata: windows would show Fyne's default icon")
	}
}
