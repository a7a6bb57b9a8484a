package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"vertailu/data"
)

// tableProjects is the seeds plus a project with nothing known.
func tableProjects(t *testing.T) []*data.Project {
	empty := &data.Project{Code: "S00001", Name: "Tyhjä; \"lainattu\"\nrivi"}
	empty.Derived = data.Derive(empty)
	return append(seeds(t), empty)
}

func TestWriteCSVExcelFinnish(t *testing.T) {
	ps := tableProjects(t)
	cols := data.Columns()
	var b bytes.Buffer
	if err := WriteCSV(&b, ps, cols, CSVOptions{Separator: ';', BOM: true, Lang: "fi"}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	if !strings.HasPrefix(s, "\uFEFF") || !strings.Contains(s, "\r\n") {
		t.Fatal("Excel CSV lacks the byte-order mark or CRLF line ends")
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(s, "\uFEFF")))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(ps)+1 || rows[0][0] != "Koodi" {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	col := func(key string) int {
		for i, c := range cols {
			if c.Key == key {
				return i
			}
		}
		t.Fatalf("no column %s", key)
		return -1
	}
	seed := rows[1]
	if v := seed[col("granted_eu_state")]; v != "95084" {
		t.Errorf("granted = %q, want plain digits 95084", v)
	}
	if v := seed[col("utilisation_eu_state")]; v != "100,00" { // 95 083 of 95 084 €
		t.Errorf("utilisation = %q, want a percentage with a decimal comma, 100,00", v)
	}
	if h := rows[0][col("utilisation_eu_state")]; h != "Käyttöaste EU+valtio, %" {
		t.Errorf("utilisation titled %q, want it to say %%", h)
	}
	last := rows[len(rows)-1]
	if last[1] != "Tyhjä; \"lainattu\"\nrivi" {
		t.Errorf("quoted name came back as %q", last[1])
	}
	if v := last[col("granted_eu_state")]; v != "" {
		t.Errorf("unknown granted = %q, want empty", v)
	}
}

// TestWriteCSVNoFormulas: a project's name or applicant that begins like a formula reaches
// Excel as text, with the usual apostrophe; figures stay numbers; plain CSV keeps the text as it
// is, and XLSX keeps it a typed string.
func TestWriteCSVNoFormulas(t *testing.T) {
	evil := []string{"=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3+4", "@SUM(1,2)", "\t=1", "\r=1"}
	var ps []*data.Project
	for i, name := range evil {
		p := &data.Project{Code: "S0000" + string(rune('1'+i)), Name: name, Applicant: data.Applicant{Name: name}}
		p.Funding.GrantedEUState = data.KnownInt(100)
		p.Derived = data.Derive(p)
		ps = append(ps, p)
	}
	cols := []data.Column{col(t, "code"), col(t, "name"), col(t, "applicant"), col(t, "granted_eu_state")}
	for _, sep := range []rune{';', ','} {
		var b bytes.Buffer
		if err := WriteCSV(&b, ps, cols, CSVOptions{Separator: sep, BOM: true}); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\uFEFF")))
		r.Comma = sep
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		for i, row := range rows[1:] {
			want := "'" + strings.ReplaceAll(evil[i], "\r", "") // encoding/csv reads a lone CR as nothing
			if row[1] != want || row[2] != want || row[3] != "100" {
				t.Errorf("sep %q: row %q", sep, row)
			}
		}
	}
	var plain bytes.Buffer
	WriteCSV(&plain, ps, cols, CSVOptions{Separator: ','})
	if !strings.Contains(plain.String(), "+1+2") || strings.Contains(plain.String(), "'+1+2") {
		t.Errorf("plain CSV changed the text: %q", plain.String())
	}
}

func col(t *testing.T, key string) data.Column {
	c, ok := data.ColumnByKey(key)
	if !ok {
		t.Fatalf("no column %s", key)
	}
	return c
}

// TestWriteCSVRatios: every ratio column is a percentage with two decimals for Excel (in
// English with a decimal point) and a fraction for programs (column keys, no byte-order mark).
func TestWriteCSVRatios(t *testing.T) {
	ps := tableProjects(t)
	cols := data.Columns()
	read := func(opts CSVOptions) [][]string {
		var b bytes.Buffer
		if err := WriteCSV(&b, ps, cols, opts); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\uFEFF")))
		r.Comma = opts.Separator
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	excel := read(CSVOptions{Separator: ',', BOM: true, Lang: "en"})
	plain := read(CSVOptions{Separator: ',', Keys: true})
	ratios := 0
	for i, c := range cols {
		if c.Kind != data.KindPercent {
			continue
		}
		ratios++
		if !strings.HasSuffix(excel[0][i], ", %") || plain[0][i] != c.Key {
			t.Errorf("%s titled %q for Excel, %q for programs", c.Key, excel[0][i], plain[0][i])
		}
		for r, p := range ps {
			v := c.Number(p)
			want, wantPlain := "", ""
			if v.Known {
				want, wantPlain = strconv.FormatFloat(v.V*100, 'f', 2, 64), c.Raw(p)
			}
			if got := excel[r+1][i]; got != want {
				t.Errorf("%s of %s for Excel = %q, want %q", c.Key, p.Code, got, want)
			}
			if got := plain[r+1][i]; got != wantPlain || (v.Known && v.V < 10 && strings.Contains(got, "%")) {
				t.Errorf("%s of %s for programs = %q, want the fraction %q", c.Key, p.Code, got, wantPlain)
			}
		}
	}
	if ratios == 0 {
		t.Fatal("no ratio column")
	}
}

func TestWriteCSVPlain(t *testing.T) {
	var b bytes.Buffer
	if err := WriteCSV(&b, tableProjects(t), data.Columns(), CSVOptions{Separator: ',', Lang: "en"}); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	if strings.HasPrefix(s, "\uFEFF") || !strings.HasPrefix(s, "Code,Name,") {
		t.Fatalf("plain CSV starts %q", s[:20])
	}
	rows, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil || len(rows) != 7 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	if err := WriteCSV(&b, nil, data.Columns(), CSVOptions{Separator: '"'}); err == nil {
		t.Error("a quote as separator gave no error")
	}
}

func TestWriteXLSX(t *testing.T) {
	ps := tableProjects(t)
	cols := data.Columns()
	var b bytes.Buffer
	if err := WriteXLSX(&b, ps, cols, "fi"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	if sheet != "Hankkeet" {
		t.Errorf("sheet %q", sheet)
	}
	if v, _ := f.GetCellValue(sheet, "A1"); v != "Koodi" {
		t.Errorf("A1 = %q", v)
	}
	for i, c := range cols {
		cell, _ := excelize.CoordinatesToCellName(i+1, 2)
		typ, _ := f.GetCellType(sheet, cell)
		raw, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
		switch {
		case c.Kind == data.KindText:
			if typ == excelize.CellTypeNumber {
				t.Errorf("%s: text column %s holds a number", cell, c.Key)
			}
		case c.Known(ps[0]):
			if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
				t.Errorf("%s (%s): type %v, want a number", cell, c.Key, typ)
			}
			if raw == "" {
				t.Errorf("%s (%s): empty", cell, c.Key)
			}
		}
		empty, _ := excelize.CoordinatesToCellName(i+1, len(ps)+1)
		if v, _ := f.GetCellValue(sheet, empty); c.Kind != data.KindText && v != "" {
			t.Errorf("%s (%s): unknown value written as %q", empty, c.Key, v)
		}
	}
	at := slices.IndexFunc(cols, func(c data.Column) bool { return c.Key == "granted_eu_state" })
	cell, _ := excelize.CoordinatesToCellName(at+1, 2)
	granted, _ := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if granted != "95084" {
		t.Errorf("%s (granted) = %q, want 95084", cell, granted)
	}
	panes, err := f.GetPanes(sheet)
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header not frozen: %+v %v", panes, err)
	}
	xml := sheetXML(t, f, sheet)
	last, _ := excelize.ColumnNumberToName(len(cols))
	if !strings.Contains(xml, `<autoFilter ref="$A$1:$`+last+`$7"`) && !strings.Contains(xml, `<autoFilter ref="A1:`+last+`7"`) {
		t.Errorf("no autofilter: %.600s", xml[len(xml)-600:])
	}
	w, _ := f.GetColWidth(sheet, "B")
	if w < 20 || w > 60 {
		t.Errorf("name column width %v", w)
	}
}

// sheetXML returns the worksheet's XML as saved.
func sheetXML(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	g, err := excelize.OpenReader(&b, excelize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	v, ok := g.Pkg.Load("xl/worksheets/sheet1.xml")
	if !ok {
		t.Fatal("no sheet1.xml")
	}
	return string(v.([]byte))
}
