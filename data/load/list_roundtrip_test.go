package load_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"vertailu/data"
	"vertailu/data/synth"
)

// listForm is one way a list reaches an officer: the bytes of rows in it, its file name, and
// the encoding whose missing letters its values hold as "¿" (nil: every letter kept).
type listForm struct {
	name  string
	write func([]synth.ListRow, synth.Period2007) []byte
	enc   *charmap.Charmap
}

var listForms = []listForm{
	{"raw-latin1.csv", func(r []synth.ListRow, p synth.Period2007) []byte { return synth.RawList(r, p, charmap.ISO8859_1) }, charmap.ISO8859_1},
	{"raw-1252.csv", func(r []synth.ListRow, p synth.Period2007) []byte { return synth.RawList(r, p, charmap.Windows1252) }, charmap.Windows1252},
	{"saved-again.csv", synth.SpreadsheetCSV, nil},
	{"split-saved.csv", synth.SplitRawCSV, nil},
	{"typed.xlsx", func(r []synth.ListRow, p synth.Period2007) []byte { return synth.Workbook(r, p, false) }, nil},
	{"split.xlsx", func(r []synth.ListRow, p synth.Period2007) []byte { return synth.Workbook(r, p, true) }, nil},
}

// Random rows of both periods, written as the service publishes them and as spreadsheet
// programs save them again (quoted, split at every comma, typed cells), read back field for
// field: every row a project, every value as written.
func TestListRoundTrip(t *testing.T) {
	const n = 300
	for _, p2007 := range []synth.Period2007{false, true} {
		for seed := range uint64(2) {
			rows := synth.RandomListRows(n, seed, p2007)
			for _, form := range listForms {
				dir := t.TempDir() // a folder each: the forms give the same codes
				writeFile(t, filepath.Join(dir, form.name), form.write(rows, p2007))
				f := loadDir(t, dir).Files[0]
				where := fmt.Sprintf("%s (2007: %v, seed %d)", f.Path, p2007, seed)
				if f.Rows != n || f.RowsRead != n || len(f.Listed) != n {
					t.Errorf("%s: %d of %d rows read, %d listed: %v %v", where, f.RowsRead, f.Rows, len(f.Listed), f.Reason, f.SortedProblems())
					continue
				}
				for i, p := range f.Listed {
					if diff := listRowDiff(p, rows[i].Expected(form.enc)); diff != "" {
						t.Errorf("%s line %d: %s", where, i+2, diff)
					}
				}
			}
		}
	}
}

// listRowDiff names the first field of p that is not as want has it.
func listRowDiff(p *data.Project, want synth.ListRow) string {
	date := func(d data.Date, t interface{ IsZero() bool }) bool { return d.Known() != !t.IsZero() }
	pairs := []struct{ field, got, want string }{
		{"code", p.Code, want.Code},
		{"fund", p.Fund, want.Fund},
		{"name", p.Name, want.Name},
		{"programme part", p.ProgrammePart, want.Programme},
		{"axis", p.PriorityAxis, want.Axis},
		{"authority", p.Authority, want.Authority},
		{"status", p.Status, want.Status},
		{"implementer", p.Applicant.Name, want.Implementer},
	}
	for _, c := range pairs {
		if c.got != c.want {
			return fmt.Sprintf("%s %q, want %q", c.field, c.got, c.want)
		}
	}
	if date(p.Start, want.Start) || (p.Start.Known() && !p.Start.Time.Equal(want.Start)) {
		return fmt.Sprintf("start %v, want %v", p.Start, want.Start)
	}
	if date(p.End, want.End) || (p.End.Known() && !p.End.Time.Equal(want.End)) {
		return fmt.Sprintf("end %v, want %v", p.End, want.End)
	}
	got := []data.Int{p.Funding.GrantedEUState, p.Funding.RealisedEUState, p.Funding.PlannedPublicTotal, p.Funding.RealisedPublicTotal}
	for k, m := range want.Money {
		if got[k].Known != m.Given || (m.Given && got[k].V != m.Euros()) {
			return fmt.Sprintf("figure %d: %+v, want %+v (%d €)", k, got[k], m, m.Euros())
		}
	}
	return ""
}
