package export

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vertailu/data/load/wintest"
)

// These tests are Windows' own: drive letters, case, both slashes, the \\?\ prefix, paths over
// 260 characters and network shares. scripts/wine-check.sh runs them under Wine, with a share
// it maps (VERTAILU_TEST_UNC; see uncFolder).

// longFolder makes a folder below parent whose path is longer than Windows' old 260-character
// limit (MAX_PATH), out of Finnish folder names.
func longFolder(t *testing.T, parent string) string {
	t.Helper()
	p := parent
	for len(p) <= 300 {
		p = filepath.Join(p, "Pohjois-Pohjanmaan hankkeet – tämä on pitkä kansion nimi")
	}
	if err := os.MkdirAll(p, 0o755); err != nil {
		t.Fatalf("a path of %d characters: %v", len(p), err)
	}
	return p
}

// uncFolder returns VERTAILU_TEST_UNC, a folder on a network share (\\server\share\…) the
// test may write into, and VERTAILU_TEST_UNC_LOCAL, the same folder by a drive path. Without
// them the test is skipped; scripts/wine-check.sh sets both and fails on any skip.
func uncFolder(t *testing.T) (unc, local string) {
	unc, local = os.Getenv("VERTAILU_TEST_UNC"), os.Getenv("VERTAILU_TEST_UNC_LOCAL")
	if unc == "" || local == "" {
		t.Skip(`set VERTAILU_TEST_UNC to a \\server\share\folder and VERTAILU_TEST_UNC_LOCAL to the same folder by a drive path`)
	}
	if _, err := os.Stat(unc); err != nil {
		t.Fatalf("the share: %v", err)
	}
	return unc, local
}

func wantInside(t *testing.T, out string, want bool, places ...string) {
	t.Helper()
	err := RefuseInside(out, places...)
	if got := errors.Is(err, ErrInsideReadFolder); got != want {
		t.Errorf("RefuseInside(%q, %q) = %v, want inside %v", out, places, err, want)
	}
}

func TestRefuseInsideWindowsPaths(t *testing.T) {
	in := wintest.TempDir(t, "", "Hankkeet 2014–2020")
	os.Mkdir(filepath.Join(in, "Etelä-Pohjanmaa"), 0o755)
	other := filepath.Join(filepath.Dir(in), "Vienti – äö")
	os.Mkdir(other, 0o755)
	vol := filepath.VolumeName(in) // C:
	cases := []struct {
		path string
		want bool
	}{
		{filepath.Join(in, "a.pdf"), true},
		{in, true},
		{in + `\`, true},
		{strings.ToUpper(in) + `\a.pdf`, true}, // Windows ignores case
		{strings.ToLower(vol) + in[len(vol):] + `\a.pdf`, true},
		{strings.ReplaceAll(in, `\`, "/") + "/Etelä-Pohjanmaa/uusi/a.pdf", true},
		{`\\?\` + in + `\Etelä-Pohjanmaa\a.pdf`, true}, // the long-path prefix
		{in + `\Etelä-Pohjanmaa\..\a.pdf`, true},
		{in + `\..\a.pdf`, false},
		{in + `x\a.pdf`, false},
		{filepath.Join(other, "a.pdf"), false},
		{filepath.Join(other, "uusi", "a.pdf"), false},
	}
	for _, c := range cases {
		wantInside(t, c.path, c.want, in)
	}
	// A read folder given with the other slash, the other case or a trailing separator.
	wantInside(t, filepath.Join(in, "a.pdf"), true, strings.ReplaceAll(in, `\`, "/")+"/")
	wantInside(t, filepath.Join(in, "a.pdf"), true, strings.ToUpper(in))
	wantInside(t, filepath.Join(other, "a.pdf"), false, strings.ToUpper(in))
}

func TestRefuseInsideLongPaths(t *testing.T) {
	in := wintest.TempDir(t, "", "Hankkeet")
	long := longFolder(t, in)
	sibling := longFolder(t, filepath.Join(filepath.Dir(in), "Vienti"))
	wantInside(t, filepath.Join(long, "a.pdf"), true, in)
	wantInside(t, filepath.Join(long, "uusi", "kansio", "a.pdf"), true, long)
	wantInside(t, filepath.Join(long, "a.pdf"), true, `\\?\`+long)
	wantInside(t, filepath.Join(sibling, "a.pdf"), false, in)
	wantInside(t, filepath.Join(sibling, "a.pdf"), false, long)
	// and a file is written there, whole, with nothing left beside it
	out := filepath.Join(sibling, "Yhteenveto – Ähtäri.pdf")
	if err := WriteFile(out, []byte("%PDF")); err != nil {
		t.Fatalf("writing %d characters deep: %v", len(out), err)
	}
	if entries, _ := os.ReadDir(sibling); len(entries) != 1 {
		t.Errorf("beside the file: %v", entries)
	}
}

func TestRefuseInsideNetworkShare(t *testing.T) {
	unc, local := uncFolder(t)
	in := filepath.Join(unc, "Hankkeet 2014–2020 "+t.Name())
	if err := os.MkdirAll(filepath.Join(in, "Etelä-Pohjanmaa"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { wintest.RemoveTree(t, in) })
	inLocal := filepath.Join(local, filepath.Base(in))
	share := filepath.VolumeName(unc) // \\server\share
	for _, c := range []struct {
		out   string
		want  bool
		place string
	}{
		{filepath.Join(in, "a.pdf"), true, in},
		{filepath.Join(in, "Etelä-Pohjanmaa", "uusi", "a.pdf"), true, in},
		{strings.ToUpper(in) + `\a.pdf`, true, in},
		{`\\?\UNC\` + strings.TrimPrefix(in, `\\`) + `\a.pdf`, true, in},
		{strings.ReplaceAll(in, `\`, "/") + "/a.pdf", true, in},
		{filepath.Join(inLocal, "a.pdf"), true, in}, // the same folder by its drive path
		{filepath.Join(in, "a.pdf"), true, inLocal},
		{filepath.Join(unc, "Vienti", "a.pdf"), false, in},
		{share + `\muu kansio\a.pdf`, false, in},
		{`\\ei-palvelinta\ei-jakoa\a.pdf`, false, in}, // a share that is not there
		{filepath.Join(inLocal, "..", "a.pdf"), false, in},
	} {
		wantInside(t, c.out, c.want, c.place)
	}
	out := filepath.Join(unc, "Vienti "+t.Name(), "Yhteenveto – Ähtäri.pdf")
	os.MkdirAll(filepath.Dir(out), 0o755)
	t.Cleanup(func() { wintest.RemoveTree(t, filepath.Dir(out)) })
	if err := WriteFile(out, []byte("%PDF")); err != nil {
		t.Fatalf("writing onto the share: %v", err)
	}
	if b, err := os.ReadFile(filepath.Join(local, "Vienti "+t.Name(), "Yhteenveto – Ähtäri.pdf")); err != nil || string(b) != "%PDF" {
		t.Errorf("the file on the share, read by its drive path: %q %v", b, err)
	}
}
