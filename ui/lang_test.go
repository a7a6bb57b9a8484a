package ui

import (
	"bytes"
	"encoding/json"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
)

func readJSON(t *testing.T, path string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]any{}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return m
}

// TestFyneStringsInFinnish checks that each of Fyne's own strings has a Finnish entry: Fyne
// ships none, and a missing one shows in English inside a Finnish dialog. (Our own words are
// checked in vertailu/assets/words.)
func TestFyneStringsInFinnish(t *testing.T) {
	fi := readJSON(t, "../assets/words/fyne/fi.json")
	base := readJSON(t, filepath.Join(fyneRoot(t), "lang/translations/base.en.json"))
	for k := range base {
		if _, ok := fi[k]; !ok {
			t.Errorf("Fyne's %q missing from fyne/fi.json", k)
		}
	}
}

// fyneRoot finds Fyne's module folder through a file of the lang package.
func fyneRoot(t *testing.T) string {
	t.Helper()
	out, err := os.ReadFile("../go.mod")
	if err != nil || !bytes.Contains(out, []byte("fyne.io/fyne/v2 v2.8.1")) {
		t.Skip("Fyne version not found in go.mod")
	}
	gopath := os.Getenv("GOMODCACHE")
	if gopath == "" {
		home, _ := os.UserHomeDir()
		gopath = filepath.Join(home, "go", "pkg", "mod")
		if gp := os.Getenv("GOPATH"); gp != "" {
			gopath = filepath.Join(strings.Split(gp, string(os.PathListSeparator))[0], "pkg", "mod")
		}
	}
	dir := filepath.Join(gopath, "fyne.io", "fyne", "v2@v2.8.1")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("Fyne module not in the module cache")
	}
	return dir
}

func TestTranslationsSwitch(t *testing.T) {
	t.Cleanup(func() { SetLanguage(LangEnglish) })
	if err := SetLanguage(LangFinnish); err != nil {
		t.Fatal(err)
	}
	if got := T("Reload"); got != "Lataa uudelleen" {
		t.Errorf("Finnish Reload = %q", got)
	}
	if got := lang.L("Cancel"); got != "Peruuta" {
		t.Errorf("Fyne's Cancel in Finnish = %q", got)
	}
	SetLanguage(LangEnglish)
	if got := T("Reload"); got != "Reload" {
		t.Errorf("English Reload = %q", got)
	}
	if got := lang.L("Cancel"); got != "Cancel" {
		t.Errorf("Fyne's Cancel in English = %q", got)
	}
}

// On a Finnish (or Swedish) system the chosen language still speaks in Fyne's dialogs, and
// the environment is left as it was.
func TestFyneDialogsFollowTheChoiceNotTheSystem(t *testing.T) {
	t.Cleanup(func() { SetLanguage(LangEnglish) })
	for _, sys := range []string{"fi_FI.UTF-8", "sv_SE.UTF-8", "en_GB.UTF-8"} {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANGUAGE", "")
		t.Setenv("LANG", sys)
		for code, cancel := range map[string]string{LangEnglish: "Cancel", LangFinnish: "Peruuta"} {
			if err := SetLanguage(code); err != nil {
				t.Fatal(err)
			}
			if got := lang.L("Cancel"); got != cancel {
				t.Errorf("system %s, chosen %s: Fyne's Cancel = %q", sys, code, got)
			}
			if os.Getenv("LANG") != sys || os.Getenv("LANGUAGE") != "" {
				t.Errorf("the environment changed: LANG=%q LANGUAGE=%q", os.Getenv("LANG"), os.Getenv("LANGUAGE"))
			}
		}
	}
}

// TestCLocale switches language and logs nothing under LANG=C or C.UTF-8 (older Fyne releases
// logged "Error parsing user locale C"; PrepareLocale, at start, makes the locale a real one).
func TestCLocaleSwitchesAndLogsNothing(t *testing.T) {
	var buf bytes.Buffer
	log.SetOutput(&buf)
	t.Cleanup(func() { log.SetOutput(os.Stderr); SetLanguage(LangEnglish) })
	for _, loc := range []string{"C", "C.UTF-8", "POSIX"} {
		buf.Reset()
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANGUAGE", "")
		t.Setenv("LANG", loc)
		PrepareLocale()
		if err := SetLanguage(LangFinnish); err != nil {
			t.Fatal(err)
		}
		if got := T("Reload"); got != "Lataa uudelleen" {
			t.Errorf("LANG=%s: Finnish Reload = %q", loc, got)
		}
		if got := lang.L("Cancel"); got != "Peruuta" {
			t.Errorf("LANG=%s: Fyne's Cancel = %q", loc, got)
		}
		lang.SystemLocale()
		if buf.Len() != 0 {
			t.Errorf("LANG=%s: logged %s", loc, buf.String())
		}
		if os.Getenv("LANG") != "en_US.UTF-8" {
			t.Errorf("LANG=%s became %q", loc, os.Getenv("LANG"))
		}
	}
}

func TestCLocaleNames(t *testing.T) {
	for v, want := range map[string]bool{"C": true, "C.UTF-8": true, "POSIX": true, "fi_FI.UTF-8": false, "": false, "Cy_GB": false} {
		if got := cLocale(v); got != want {
			t.Errorf("cLocale(%q) = %v", v, got)
		}
	}
}
