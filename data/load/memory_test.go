package load_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/load"
)

// withSummary returns seed 0 with a summary (section 3) of about n bytes.
func withSummary(t testing.TB, n int) []byte {
	return withText(t, "3 Suunnitelman mukainen tiivistelmä toteutuksesta\n", n)
}

// withText returns seed 0 with about n bytes of text lines inserted after the line after.
func withText(t testing.TB, after string, n int) []byte {
	t.Helper()
	s := seedText(t, seed0)
	i := strings.Index(s, after)
	if i < 0 {
		t.Fatalf("seed 0 has no %q", after)
	}
	i += len(after)
	var b strings.Builder
	for k := 0; b.Len() < n; k++ {
		fmt.Fprintf(&b, "Rivi %d: hanke kehittää työllistymistä ja osaamista alueella, äöå €.\n", k)
	}
	return []byte(s[:i] + b.String() + s[i:])
}

// sameAsParse fails unless every project of res equals a parse of its own file's bytes.
func sameAsParse(t *testing.T, res *data.LoadResult, files map[string][]byte) {
	t.Helper()
	for _, f := range res.Files {
		want, err := load.Parse(f.Path, files[f.Path])
		if err != nil {
			if f.Project != nil {
				t.Fatalf("%s loaded, but Parse says %v", f.Path, err)
			}
			continue
		}
		if f.Project == nil {
			t.Fatalf("%s skipped (%s), but Parse reads it", f.Path, words.Of("en").Problem(f.Reason))
		}
		loaded := *f.Project
		loaded.Warnings = slices.DeleteFunc(slices.Clone(loaded.Warnings), func(p data.Problem) bool {
			return strings.HasPrefix(p.Code, "duplicate_code") // the load's own: a code in two files
		})
		got, _ := json.Marshal(loaded)
		w, _ := json.Marshal(want)
		if !bytes.Equal(got, w) {
			t.Fatalf("%s: the loaded project differs from a parse of its own bytes", f.Path)
		}
	}
}

// TestLoadKeepsLongTexts: descriptions with texts far larger than any buffer (70 KB to 3 MB)
// load whole, every time, among ordinary ones and with one worker reading them all into one
// reused buffer, large files first and small ones after.
func TestLoadKeepsLongTexts(t *testing.T) {
	files := map[string][]byte{}
	for i, n := range []int{70 << 10, 200 << 10, 1 << 20, 3 << 20} {
		files[fmt.Sprintf("%d_long.txt", i)] = withSummary(t, n)
	}
	for i := range 12 {
		files[fmt.Sprintf("%d_seed.txt", 5+i)] = []byte(seedText(t, []string{seed0, seed1}[i%2]))
	}
	fsys := fstest.MapFS{}
	for name, b := range files {
		fsys[name] = &fstest.MapFile{Data: b}
	}
	runs := 30
	if testing.Short() {
		runs = 5
	}
	for run := range runs {
		res, err := load.FS(context.Background(), fsys, "long", load.Options{Workers: 1 + run%3})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Projects) != len(files) {
			for _, f := range res.Files {
				if f.Project == nil {
					t.Errorf("run %d: %s skipped: %s", run, f.Path, words.Of("en").Problem(f.Reason))
				}
			}
			t.Fatalf("run %d: %d of %d loaded", run, len(res.Projects), len(files))
		}
		if run == 0 {
			sameAsParse(t, res, files)
		}
		if got := len(projectOf(res, "3_long.txt").Summary); got < 3<<20 {
			t.Fatalf("run %d: the 3 MB summary came out as %d bytes", run, got)
		}
	}
}

func projectOf(res *data.LoadResult, path string) *data.Project {
	for _, f := range res.Files {
		if f.Path == path && f.Project != nil {
			return f.Project
		}
	}
	return &data.Project{}
}

// TestLongTextsParseInLinearTime: a megabyte of gender-equality (8.1) or sustainability (8.2)
// text costs about what a megabyte of summary does, measured in bytes allocated (a clock would
// fail on a busy machine). Building such a text with += allocates gigabytes.
func TestLongTextsParseInLinearTime(t *testing.T) {
	allocated := func(b []byte) uint64 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := load.Parse("long.txt", b); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	summary := allocated(withSummary(t, 1<<20))
	for _, c := range []struct{ name, after string }{
		{"8.1", data.GenderQuestions[0] + ": Ei\n"},
		{"8.2", "Luonnonvarojen käytön kestävyys 0 0\n"},
	} {
		b := withText(t, c.after, 1<<20)
		if got := allocated(b); got > 3*summary {
			t.Errorf("1 MB of %s text allocates %d MB, 1 MB of summary %d MB: not linear", c.name, got>>20, summary>>20)
		}
	}
}

// FuzzLoad runs the fuzzer's bytes through the loader itself: as several files of one folder,
// between descriptions with long texts, read by one worker into one reused buffer. Every
// project must equal a parse of its own bytes, whatever the files before it left in the buffer.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(seedText(f, seed1)), uint16(100))
	f.Add([]byte(seedText(f, seed0)[:2000]), uint16(7000))
	f.Add([]byte("Hankekoodi: S1\nHankkeen nimi: x"), uint16(0))
	f.Fuzz(func(t *testing.T, in []byte, kb uint16) {
		files := map[string][]byte{
			"a.txt": withSummary(t, int(kb%80)<<10), // up to 80 KB; TestLoadKeepsLongTexts goes to 3 MB
			"b.txt": in,
			"c.txt": []byte(seedText(t, seed1)),
			"d.txt": append(bytes.Clone(in), in...),
			"e.txt": withSummary(t, int(kb%37)<<10),
		}
		fsys := fstest.MapFS{}
		for name, b := range files {
			fsys[name] = &fstest.MapFile{Data: b}
		}
		res, err := load.FS(context.Background(), fsys, "fuzz", load.Options{Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Files) != len(files) {
			t.Fatalf("%d files accounted for, want %d", len(res.Files), len(files))
		}
		for _, fr := range res.Files {
			if fr.Reason.Code == "internal" {
				t.Fatalf("%s: %s", fr.Path, words.Of("en").Problem(fr.Reason))
			}
		}
		sameAsParse(t, res, files)
	})
}

var _ fs.FS = fstest.MapFS{}
