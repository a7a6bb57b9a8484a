package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"vertailu/data"
)

func groupsFixture() data.Grouping {
	p := func(regions []string, granted, realised int64) *data.Project {
		q := &data.Project{Regions: regions}
		q.Funding.GrantedEUState, q.Funding.RealisedEUState = data.KnownInt(granted), data.KnownInt(realised)
		q.Derived = data.Derive(q)
		return q
	}
	return data.GroupBy([]*data.Project{p([]string{"Lappi", "Kainuu"}, 300, 200), p([]string{"Lappi"}, 100, 100)}, data.FieldRegion)
}

func TestGroupsCSV(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGroupsCSV(&b, groupsFixture(), CSVOptions{Keys: true}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "value,count,granted_eu_state,granted_eu_state_unknown,") {
		t.Fatalf("CSV:\n%s", b.String())
	}
	if lines[2] != "Lappi,2,400,0,300,0,,2,,2,0.7500,0.8333" || !strings.HasPrefix(lines[3], "total,2,400,0,300,0,") {
		t.Errorf("rows:\n%s", b.String())
	}
	b.Reset()
	if err := WriteGroupsCSV(&b, groupsFixture(), CSVOptions{Separator: ';', BOM: true, Lang: "fi"}); err != nil {
		t.Fatal(err)
	}
	// For Excel the ratios are percentages, their columns titled so.
	if s := b.String(); !strings.HasPrefix(s, "\uFEFFMaakunta;Hankkeet;") || !strings.Contains(s, ";75,00;83,33\r\n") || !strings.Contains(s, "\r\nYhteensä;2;") ||
		!strings.Contains(s, ";Käyttöaste EU+valtio (summista), %;") {
		t.Errorf("Excel CSV:\n%s", s)
	}
}

func TestGroupsXLSX(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGroupsXLSX(&b, groupsFixture(), "en"); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Groups")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 5 || rows[0][0] != "Region" || rows[3][0] != "Total" || rows[3][1] != "2" ||
		!strings.Contains(rows[len(rows)-1][0], "counts in each") {
		t.Errorf("rows %q", rows)
	}
}
