package load_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"vertailu/data"
	"vertailu/data/load"
	"vertailu/data/synth"
)

func TestDateInName(t *testing.T) {
	for _, tc := range []struct {
		name, want string
	}{
		{"projektilista-2014-2020_2016-08-23.csv", "2016-08-23"},
		{"lista 2016-8-3.xlsx", "2016-08-03"},
		{"lista_2016_08_23.csv", "2016-08-23"},
		{"export.2026.09.25.xlsx", "2026-09-25"},
		{"eura2021 23.8.2016.xlsx", "2016-08-23"},
		{"hankkeet-23.08.2016.csv", "2016-08-23"},
		{"hankkeet_23-08-2016.csv", "2016-08-23"},
		{"lista20160823.csv", "2016-08-23"},
		{"a/2015-01-01/lista-2016-08-23.csv", "2016-08-23"}, // the name's, not the folder's
		{"2015-01-01 lista 2016-08-23.csv", "2016-08-23"},   // the last
		{"projektilista-2014-2020_excerpt.csv", ""},         // a period is no date
		{"projektilista-2007-2013.csv", ""},
		{"lista-2016-02-30.csv", ""}, // no such day
		{"lista-2016-13-01.csv", ""},
		{"lista-123.8.2016.csv", ""}, // 123 is no day
		{"S20634.txt", ""},
		{"", ""},
	} {
		d, ok := data.DateInName(tc.name)
		if d.ISO() != tc.want || ok != (tc.want != "") {
			t.Errorf("%q: %q %v, want %q", tc.name, d.ISO(), ok, tc.want)
		}
	}
}

// An export's date comes from its footer (EURA 2021, as a workbook and saved again as CSV),
// else from its name, else from the file's modification time; an officer's date comes first.
func TestExportDates(t *testing.T) {
	dir := t.TempDir()
	rows := synth.Eura2021Rows(5, 1)
	writeFile(t, filepath.Join(dir, "eura.xlsx"), synth.Eura2021Workbook(rows, time.Date(2026, 7, 25, 0, 0, 0, 0, time.UTC)))
	writeFile(t, filepath.Join(dir, "eura_2026-01-01.csv"), synth.Eura2021CSV(rows)) // its footer says 25.9.2026
	list := synth.RandomListRows(5, 1, false)
	writeFile(t, filepath.Join(dir, "lista_2016-08-23.csv"), synth.SpreadsheetCSV(list, false))
	writeFile(t, filepath.Join(dir, "lista.csv"), synth.SpreadsheetCSV(list, false))
	mod := time.Date(2019, 3, 4, 12, 0, 0, 0, time.Local)
	if err := os.Chtimes(filepath.Join(dir, "lista.csv"), mod, mod); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "S20634.txt"), []byte(seedText(t, "003_587063373ccfa107.txt")))
	want := map[string]data.ExportDate{
		"eura.xlsx":            {Date: data.NewDate(2026, 7, 25), From: data.DateFooter},
		"eura_2026-01-01.csv":  {Date: data.NewDate(2026, 9, 25), From: data.DateFooter},
		"lista_2016-08-23.csv": {Date: data.NewDate(2016, 8, 23), From: data.DateName},
		"lista.csv":            {Date: data.NewDate(2019, 3, 4), From: data.DateModified},
		"S20634.txt":           {},
	}
	check := func(res *data.LoadResult, want map[string]data.ExportDate) {
		t.Helper()
		for _, f := range res.Files {
			if f.Exported != want[f.Path] {
				t.Errorf("%s: %+v, want %+v", f.Path, f.Exported, want[f.Path])
			}
			for _, p := range f.Listed {
				for _, s := range p.Sources {
					if s.File == f.Path && (s.Exported != f.Exported.Date || s.From != f.Exported.From || s.Row == nil) {
						t.Errorf("%s: a row's source %+v", f.Path, s)
					}
				}
			}
		}
	}
	check(loadDir(t, dir), want)
	set := data.NewDate(2020, 1, 2)
	res, err := load.Folder(context.Background(), dir, load.Options{ExportDates: map[string]data.Date{"eura.xlsx": set, "S20634.txt": set}})
	if err != nil {
		t.Fatal(err)
	}
	want["eura.xlsx"] = data.ExportDate{Date: set, From: data.DateSet}
	check(res, want)
}

// A file name never makes DateInName panic, and a date it finds is a day of 1990–2100 whose
// digits the name holds.
func FuzzDateInName(f *testing.F) {
	for _, s := range []string{"lista_2016-08-23.csv", "23.8.2016", "20160823", "2014-2020", "31.2.2016", "9999-99-99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		d, ok := data.DateInName(name)
		if !ok {
			return
		}
		if y := d.Year(); y < 1990 || y > 2100 {
			t.Fatalf("%q: %v", name, d)
		}
		if !strings.Contains(name, strconv.Itoa(d.Year())) {
			t.Fatalf("%q: %v not in the name", name, d)
		}
	})
}
