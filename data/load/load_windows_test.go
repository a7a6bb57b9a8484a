package load_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"vertailu/assets"
	"vertailu/data"
	"vertailu/data/load"
	"vertailu/data/load/wintest"
)

// Windows' own folders: a path over 260 characters and a network share (\\server\share\…).
// scripts/wine-check.sh runs these under Wine, with a share it maps (VERTAILU_TEST_UNC).

// seedWindowsFolder writes the samples into dir, one of them in a subfolder under a Finnish
// name, and returns the relative paths the load should report.
func seedWindowsFolder(t *testing.T, dir string) []string {
	t.Helper()
	names, _ := fs.Glob(assets.Samples(), "*.txt")
	var want []string
	for i, n := range names {
		b, _ := fs.ReadFile(assets.Samples(), n)
		rel := n
		if i == 0 {
			rel = "Etelä-Pohjanmaa/Ähtäri – hanke " + n
		}
		writeFile(t, filepath.Join(dir, filepath.FromSlash(rel)), b)
		want = append(want, rel)
	}
	slices.Sort(want)
	return want
}

func checkWindowsLoad(t *testing.T, dir string, want []string) {
	t.Helper()
	res, err := load.Folder(context.Background(), dir, load.Options{})
	if err != nil {
		t.Fatalf("Folder(%s): %v", dir, err)
	}
	var got []string
	for _, f := range res.Files {
		if f.Status == data.Skipped {
			t.Errorf("%s skipped: %v", f.Path, f.Reason)
		}
		got = append(got, f.Path)
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("files %q, want %q", got, want)
	}
	if len(res.Projects) != len(want) {
		t.Errorf("%d projects, want %d", len(res.Projects), len(want))
	}
	if len(res.Places) == 0 {
		t.Errorf("no places read: nothing would keep the writers out of %s", dir)
	}
}

func TestLoadFolderLongPath(t *testing.T) {
	dir := filepath.Join(wintest.TempDir(t, "", ""), "Hankkeet 2014–2020")
	for len(dir) <= 300 {
		dir = filepath.Join(dir, "Pohjois-Pohjanmaan hankkeet – tämä on pitkä kansion nimi")
	}
	want := seedWindowsFolder(t, dir)
	checkWindowsLoad(t, dir, want)
	checkWindowsLoad(t, `\\?\`+dir, want)
}

func TestLoadFolderNetworkShare(t *testing.T) {
	unc := os.Getenv("VERTAILU_TEST_UNC")
	if unc == "" {
		t.Skip(`set VERTAILU_TEST_UNC to a \\server\share\folder the test may write into`)
	}
	dir := filepath.Join(wintest.TempDir(t, unc, ""), "Hankkeet 2014–2020")
	want := seedWindowsFolder(t, dir)
	checkWindowsLoad(t, dir, want)
	checkWindowsLoad(t, dir+`\`, want)
}
