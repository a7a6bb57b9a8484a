package load_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"vertailu/data"
	"vertailu/data/synth"
)

// Lists saved again by a real spreadsheet program: LibreOffice Calc in a Finnish locale opened
// the raw files (which it splits at every comma) and saved them as XLSX and as CSV (";", every
// text quoted, rows padded to the widest, dates as 01.04.08). testdata/lists/README.md says how
// they were made. Every row reads back as the raw file has it, but for quotes: Calc takes a
// quote that opens a comma-separated piece ("Kasvu", "Auto2020" - jatko) as quoting, drops it
// and its partner and joins the pieces between; what it saved is what there is to read.
func TestListsSavedByLibreOffice(t *testing.T) {
	for _, c := range []struct {
		period synth.Period2007
		seed   uint64
		enc    *charmap.Charmap
		files  []string
	}{
		{false, 11, charmap.ISO8859_1, []string{"raw-2014.csv", "libreoffice-fi-2014.xlsx", "libreoffice-fi-2014.csv"}},
		{true, 12, charmap.Windows1252, []string{"raw-2007.csv", "libreoffice-fi-2007.xlsx", "libreoffice-fi-2007.csv"}},
	} {
		rows := synth.RandomListRows(60, c.seed, c.period)
		for _, name := range c.files {
			f := loadOne(t, name)
			if f.Rows != len(rows) || f.RowsRead != len(rows) {
				t.Errorf("%s: %d of %d rows read: %v", name, f.RowsRead, f.Rows, f.SortedProblems())
				continue
			}
			for i, p := range f.Listed {
				want := rows[i].Expected(c.enc)
				if name != c.files[0] { // the spreadsheet took some quotes as quoting (see above)
					p, want = looseList(p), looseRow(want)
				}
				if diff := listRowDiff(p, want); diff != "" {
					t.Errorf("%s line %d: %s", name, i+2, diff)
				}
			}
		}
	}
}

// looseText drops what a spreadsheet changes of a raw list's text as it opens it: it takes a
// quote that opens a comma-separated piece as quoting (dropping it, its partner, and spaces
// before it), so those quotes and the spaces after commas are not compared.
func looseText(s string) string {
	s = strings.ReplaceAll(s, `"`, "")
	for strings.Contains(s, ", ") {
		s = strings.ReplaceAll(s, ", ", ",")
	}
	return s
}

func looseList(p *data.Project) *data.Project {
	q := *p
	q.Name, q.Authority, q.Applicant.Name = looseText(p.Name), looseText(p.Authority), looseText(p.Applicant.Name)
	return &q
}

func looseRow(r synth.ListRow) synth.ListRow {
	r.Name, r.Authority, r.Implementer = looseText(r.Name), looseText(r.Authority), looseText(r.Implementer)
	return r
}

// The real excerpts saved again by LibreOffice read as the excerpts themselves do.
func TestExcerptsSavedByLibreOffice(t *testing.T) {
	for _, c := range []struct{ excerpt, saved string }{
		{list2014, "excerpt-libreoffice-fi-2014.xlsx"},
		{list2014, "excerpt-libreoffice-fi-2014.csv"},
		{list2007, "excerpt-libreoffice-fi-2007.xlsx"},
		{list2007, "excerpt-libreoffice-fi-2007.csv"},
	} {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, c.excerpt), sharedList(t, c.excerpt))
		want := loadDir(t, dir).Files[0]
		got := loadOne(t, c.saved)
		if got.RowsRead != want.RowsRead || got.Rows != want.Rows || len(got.Problems) > 0 {
			t.Errorf("%s: %d of %d rows read (%d of %d in the excerpt): %v", c.saved, got.RowsRead, got.Rows, want.RowsRead, want.Rows, got.Problems)
			continue
		}
		for i, p := range got.Listed {
			w := want.Listed[i]
			if fmt.Sprint(p.Code, p.Name, p.ProgrammePart, p.PriorityAxis, p.Authority, p.Status, p.Start, p.End, p.Applicant.Name, p.Funding) !=
				fmt.Sprint(w.Code, w.Name, w.ProgrammePart, w.PriorityAxis, w.Authority, w.Status, w.Start, w.End, w.Applicant.Name, w.Funding) {
				t.Errorf("%s line %d:\n%+v\nwant\n%+v", c.saved, i+2, p, w)
			}
		}
	}
}

// loadOne loads testdata/lists/name alone and returns its file's result.
func loadOne(t *testing.T, name string) data.FileResult {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, name), readTestdata(t, filepath.Join("lists", name)))
	return loadDir(t, dir).Files[0]
}

// readTestdata reads a file of testdata.
func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
