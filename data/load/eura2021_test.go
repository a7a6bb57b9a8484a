package load_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/synth"
)

// The EURA 2021 export as the service gives it (a workbook: number cells with cents, date
// cells, the header's trailing space, empty columns, two footer rows) and saved again as a
// Finnish ";" CSV (summaries of several paragraphs quoted): every row a project of 2021–2027
// with its fields, the footers neither projects nor problems.
func TestEura2021Export(t *testing.T) {
	rows := synth.Eura2021Rows(200, 3)
	for name, b := range map[string][]byte{
		"eura2021.xlsx": synth.Eura2021Workbook(rows, time.Date(2026, 9, 25, 0, 0, 0, 0, time.UTC)),
		"eura2021.csv":  synth.Eura2021CSV(rows),
	} {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, name), b)
		f := loadDir(t, dir).Files[0]
		if f.Rows != len(rows) || f.RowsRead != len(rows) {
			t.Fatalf("%s: %d of %d rows read: %v %v", name, f.RowsRead, f.Rows, f.Reason, f.SortedProblems())
		}
		for i, p := range f.Listed {
			if diff := euraDiff(p, rows[i]); diff != "" {
				t.Errorf("%s line %d: %s", name, i+2, diff)
			}
		}
		b, _ := json.Marshal(f.Listed[0])
		for _, want := range []string{`"period":"2021-2027"`, `"links":{"card":"https://www.eura2021.fi/hakutulokset/projektikortti?id=` + rows[0].Code + `","home":""}`, `"planned_total":`, `"realised_eu":`} {
			if !strings.Contains(string(b), want) {
				t.Errorf("%s: JSON lacks %s: %s", name, want, b)
			}
		}
	}
}

// euraDiff names the first field of p that is not as the export's row has it.
func euraDiff(p *data.Project, r synth.Eura2021Row) string {
	euros := func(c int64) int64 { return (c + 50) / 100 }
	got := []data.Int{
		p.Funding.GrantedEUState, p.Funding.PlannedPublicTotal, p.Funding.PlannedTotal,
		p.Funding.RealisedEUState, p.Funding.RealisedPublicTotal, p.Funding.RealisedTotal, p.Funding.RealisedEU,
	}
	for k, c := range r.Cents {
		if got[k] != data.KnownInt(euros(c)) {
			return fmt.Sprintf("amount %d: %+v, want %d", k, got[k], euros(c))
		}
	}
	group := ""
	if p.GroupCode != nil {
		group = *p.GroupCode
	}
	region := ""
	if len(p.Regions) > 0 {
		region = p.Regions[0]
	}
	wantRegion := map[string]string{"FI193 Keski-Suomi": "Keski-Suomi", "FI1B1 Helsinki-Uusimaa": "Uusimaa", "FI1D1 Etelä-Savo": "Etelä-Savo", "FI1D7 Lappi": "Lappi"}[r.Location]
	checks := [][3]string{
		{"code", p.Code, r.Code},
		{"group", group, r.Group},
		{"fund", p.Fund, r.Fund},
		{"axis", p.PriorityAxis, r.Axis},
		{"objective", p.SpecificObjective, r.Objective},
		{"name", p.Name, synth.Trimmed(r.Name)},
		{"implementer", p.Applicant.Name, synth.Trimmed(r.Implementer)},
		{"business id", p.Applicant.BusinessID, r.BusinessID},
		{"authority", p.Authority, r.Authority},
		{"status", p.Status, r.Status},
		{"period", p.Period, data.Period2021},
		{"summary", p.Summary, strings.TrimSpace(r.Summary)},
		{"region", region, wantRegion},
		{"start", fmt.Sprint(p.Start), fmt.Sprint(data.NewDate(r.Start.Year(), r.Start.Month(), r.Start.Day()))},
	}
	for _, c := range checks {
		if c[1] != c[2] {
			return c[0] + " " + strings.ReplaceAll(c[1], "\n", "⏎") + ", want " + strings.ReplaceAll(c[2], "\n", "⏎")
		}
	}
	return ""
}

// A row of the export with figures but a code no project has is a row not read, said; only a
// row of one or two cells without a code (a footer) is passed over.
func TestEura2021RowWithoutCodeIsNoFooter(t *testing.T) {
	rows := synth.Eura2021Rows(3, 5)
	rows[1].Code = "ei koodia"
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "eura.xlsx"), synth.Eura2021Workbook(rows, time.Date(2026, 9, 25, 0, 0, 0, 0, time.UTC)))
	f := loadDir(t, dir).Files[0]
	if f.Rows != 3 || f.RowsRead != 2 || f.Kinds()[0].Example.Code != "list_row_no_code" {
		t.Errorf("%d of %d rows read: %v", f.RowsRead, f.Rows, f.SortedProblems())
	}
}

// The export opened and saved again by LibreOffice Calc in a Finnish locale, as XLSX and as a
// ";" CSV (every text quoted, summaries' paragraphs in quotes, decimal commas, dates as
// 01.04.26, the footers padded with empty cells): every row read as the export has it.
func TestEura2021SavedByLibreOffice(t *testing.T) {
	rows := synth.Eura2021Rows(30, 9)
	for _, name := range []string{"eura2021-libreoffice-fi.csv", "eura2021-libreoffice-fi.xlsx"} {
		f := loadOne(t, name)
		if f.Rows != len(rows) || f.RowsRead != len(rows) {
			t.Fatalf("%s: %d of %d rows read: %v", name, f.RowsRead, f.Rows, f.SortedProblems())
		}
		for i, p := range f.Listed {
			if diff := euraDiff(p, rows[i]); diff != "" {
				t.Errorf("%s line %d: %s", name, i+2, diff)
			}
		}
	}
}

// A 2021–2027 project's classification and group code are columns of the table (empty for the
// other periods' projects).
func TestEura2021Columns(t *testing.T) {
	rows := synth.Eura2021Rows(3, 7)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "e.xlsx"), synth.Eura2021Workbook(rows, time.Date(2026, 9, 25, 0, 0, 0, 0, time.UTC)))
	p := loadDir(t, dir).Files[0].Listed[0]
	for key, want := range map[string]string{"intervention_field": "Tukitoimen ala 016", "form_of_support": "Avustus", "location": rows[0].Location, "group_code": rows[0].Group} {
		c, ok := data.ColumnByKey(key)
		if !ok || words.Of("en").Cell(c, p) != want {
			t.Errorf("%s: %q, want %q", key, words.Of("en").Cell(c, p), want)
		}
	}
	if c, _ := data.ColumnByKey("intervention_field"); words.Of("en").Cell(c, &data.Project{}) != "" {
		t.Error("a project of another period has a classification")
	}
}
