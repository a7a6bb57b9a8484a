package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestFyneAppTOMLInSync fails when cmd/vertailu/FyneApp.toml (embedded, and read by
// `fyne package`) is not a copy of the repository root's. Fix: go generate ./cmd/vertailu.
func TestFyneAppTOMLInSync(t *testing.T) {
	root, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(root, fyneAppTOML) {
		t.Fatal("cmd/vertailu/FyneApp.toml differs from ../../FyneApp.toml; run: go generate ./cmd/vertailu")
	}
}

func TestVersionCommand(t *testing.T) {
	want, err := parseVersion(fyneAppTOML)
	if err != nil {
		t.Fatal(err)
	}
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

func TestParseVersion(t *testing.T) {
	tests := []struct {
		name, in string
		want     appVersion
		wantErr  bool
	}{
		{
			"full", "[Details]\n  Name = \"Vertailu\"\n  Version = \"1.2.3\"\n  Build = 7\n\n[Migrations]\n  fyneDo = true\n",
			appVersion{"1.2.3", 7},
			false,
		},
		{"no build", "[Details]\nVersion = \"0.1.0\"\n", appVersion{"0.1.0", 0}, false},
		{"no version", "[Details]\nBuild = 3\n", appVersion{}, true},
		{"not toml", "[Details\nVersion = ", appVersion{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseVersion([]byte(tt.in))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestMetadata checks what the window and the threading rules take from FyneApp.toml: the
// ID, the opt-in to fyne.Do, and the icon every window shows.
func TestMetadata(t *testing.T) {
	m, err := parseMetadata(fyneAppTOML)
	if err != nil {
		t.Fatal(err)
	}
	if m.ID != "fi.vertailu.app" || !m.Migrations["fyneDo"] {
		t.Errorf("ID %q, migrations %v; want fi.vertailu.app with fyneDo", m.ID, m.Migrations)
	}
	if m.Icon == nil || !bytes.HasPrefix(m.Icon.Content(), []byte("\x89PNG")) {
		t.Error("no PNG icon in the metadata: windows would show Fyne's default icon")
	}
}
