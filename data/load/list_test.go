package load_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/load"
	"vertailu/data/synth"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// sharedList reads a shared list excerpt's bytes, as published.
func sharedList(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "lists", name))
	if err != nil {
		t.Skip("the shared fixtures are not beside the repository")
	}
	return b
}

const (
	list2014 = "projektilista-2014-2020_excerpt.csv"
	list2007 = "projektilista-2007-2013_excerpt.csv"
)

func loadDir(t testing.TB, dir string) *data.LoadResult {
	t.Helper()
	res, err := load.Folder(context.Background(), dir, load.Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// Every row of both real excerpts becomes a project with its source line and every field; two
// rows are checked value by value (the row reader's own test checks that nothing is lost).
func TestListExcerptsLoadRowByRow(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{list2014, list2007} {
		writeFile(t, filepath.Join(dir, name), sharedList(t, name))
	}
	res := loadDir(t, dir)
	if len(res.Files) != 2 {
		t.Fatalf("%d files", len(res.Files))
	}
	for _, f := range res.Files {
		if f.Status != data.Loaded {
			t.Errorf("%s: %v %v %v", f.Path, f.Status, f.Reason, f.Problems)
		}
		rows := strings.Count(strings.TrimSpace(string(sharedList(t, f.Path))), "\n")
		if len(f.Listed) != rows {
			t.Errorf("%s: %d projects of %d rows", f.Path, len(f.Listed), rows)
		}
		for i, p := range f.Listed {
			src := p.Sources[0]
			if src.Kind != data.SourceList || src.File != f.Path || src.Line != i+2 || p.File != f.Path {
				t.Errorf("%s row %d: source %+v", f.Path, i+2, src)
			}
			if p.Code == "" || p.Name == "" || p.Authority == "" || p.Applicant.Name == "" || len(p.PriorityAxis) != 1 ||
				!p.Start.Known() || !p.End.Known() || !p.Funding.GrantedEUState.Known || p.Described() || len(p.Warnings) > 0 {
				t.Errorf("%s row %d: %+v", f.Path, i+2, p)
			}
		}
	}
	if len(res.Projects) != len(res.Files[0].Listed)+len(res.Files[1].Listed) {
		t.Errorf("%d projects", len(res.Projects))
	}
	// What a list does not give is unknown, and lists are [] (as in a description's JSON).
	b, _ := json.Marshal(res.Projects[0])
	for _, want := range []string{`"regions":[]`, `"warnings":[]`, `"missing_sections":[]`, `"co_implementers":[]`, `"summary":""`, `"persons_planned":null`, `"criterion":"Luonnonvarojen käytön kestävyys"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s: %s", want, b)
		}
	}
	// Two rows read field by field, commas inside values and all.
	byCode := map[string]*data.Project{}
	for _, p := range res.Projects {
		byCode[p.Code] = p
	}
	s := byCode["S10324"]
	if s == nil || s.Fund != "ESR" || s.Name != "HoivaRekry" || s.PriorityAxis != "1" ||
		s.Authority != "Hämeen elinkeino-, liikenne- ja ympäristökeskus" || s.Status != "Toiminta päättynyt" ||
		s.Start != data.NewDate(2008, 4, 1) || s.End != data.NewDate(2010, 12, 31) ||
		s.Applicant.Name != "Helsingin yliopiston Koulutus- ja kehittämiskeskus Palmenia" ||
		s.Funding != (data.Funding{GrantedEUState: data.KnownInt(308999), RealisedEUState: data.KnownInt(308999), PlannedPublicTotal: data.KnownInt(368999), RealisedPublicTotal: data.KnownInt(366699)}) {
		t.Errorf("S10324: %+v", s)
	}
	a := byCode["A70301"]
	if a == nil || a.Name != "Reaktoritekniikkaan perustuvat uudet prosessit,prosessikemikaalit ja (rainattavat)biotuotteet  - Reaktek" ||
		a.Status != "Toiminnassa" || a.Funding.RealisedPublicTotal != data.KnownInt(54941) || !a.Derived.UtilisationEUState.Known {
		t.Errorf("A70301: %+v", a)
	}
}

// A list saved again from a spreadsheet (UTF-8 with a byte-order mark, semicolons, quotes
// around values with commas) and as a workbook of two sheets gives the same projects as the
// service's own file.
func TestListResavedAsSpreadsheets(t *testing.T) {
	src := sharedList(t, list2007)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "orig", list2007), src)
	orig := loadDir(t, filepath.Join(dir, "orig")).Projects

	var rows [][]string
	text, _ := charmap.Windows1252.NewDecoder().Bytes(src)
	for i, l := range strings.Split(strings.TrimSpace(strings.ReplaceAll(string(text), "\r\n", "\n")), "\n") {
		if i == 0 {
			rows = append(rows, strings.Split(l, ","))
			continue
		}
		p, f := orig[i-1], orig[i-1].Funding
		rows = append(rows, []string{
			p.Code, p.Fund, p.Name, "osio", p.PriorityAxis, p.Authority, p.Status, p.Start.Finnish(), p.End.Finnish(), p.Applicant.Name,
			raw(f.GrantedEUState), raw(f.RealisedEUState), raw(f.PlannedPublicTotal), raw(f.RealisedPublicTotal),
		})
	}
	var b strings.Builder
	b.WriteString("\ufeff")
	w := csv.NewWriter(&b)
	w.Comma = ';'
	w.UseCRLF = true
	w.WriteAll(rows)
	writeFile(t, filepath.Join(dir, "csv", "lista.csv"), []byte(b.String()))

	wb := excelize.NewFile()
	half := len(rows) / 2
	for s, part := range [][][]string{rows[:half], append([][]string{rows[0]}, rows[half:]...)} {
		sheet := []string{"Etelä-Suomi", "Pohjois-Suomi"}[s]
		if s == 0 {
			wb.SetSheetName("Sheet1", sheet)
		} else {
			wb.NewSheet(sheet)
		}
		for r, row := range part {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+2) // a blank first row
				switch {
				case r > 0 && (c == 7 || c == 8):
					d, _ := time.Parse("2.1.2006", v)
					wb.SetCellValue(sheet, cell, d) // a real date cell
				case r > 0 && c >= 10 && v != "":
					n, _ := strconv.Atoi(v)
					wb.SetCellValue(sheet, cell, n)
				default:
					wb.SetCellValue(sheet, cell, v)
				}
			}
		}
	}
	os.MkdirAll(filepath.Join(dir, "xlsx"), 0o755)
	if err := wb.SaveAs(filepath.Join(dir, "xlsx", "lista.xlsx")); err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"csv", "xlsx"} {
		res := loadDir(t, filepath.Join(dir, sub))
		if res.Files[0].Status != data.Loaded {
			t.Fatalf("%s: %v %v %v", sub, res.Files[0].Status, res.Files[0].Reason, res.Files[0].Problems)
		}
		got := res.Projects
		if len(got) != len(orig) {
			t.Fatalf("%s: %d projects, want %d", sub, len(got), len(orig))
		}
		for i := range got {
			g, o := *got[i], *orig[i]
			g.File, g.Sources, o.File, o.Sources = "", nil, "", nil
			if g.Code != o.Code || g.Name != o.Name || g.Authority != o.Authority || g.Start != o.Start || g.End != o.End ||
				g.Funding != o.Funding || g.Applicant.Name != o.Applicant.Name || g.Status != o.Status || g.PriorityAxis != o.PriorityAxis {
				t.Errorf("%s %d:\n%+v\n%+v", sub, i, g, o)
			}
		}
	}
}

func raw(i data.Int) string {
	if !i.Known {
		return ""
	}
	return strconv.FormatInt(i.V, 10)
}

// A code that a description and two lists give is one project: the description's fields
// first, what it lacks from the lists, every source kept, and a warning for each figure a
// list gives otherwise. A code only two lists give is one project too.
func TestOneProjectSeveralSources(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "S20634.txt"), []byte(seedText(t, "003_587063373ccfa107.txt")))
	head := "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä\n"
	writeFile(t, filepath.Join(dir, "lista-2016.csv"), []byte(head+
		"S20634,ESR,Listan nimi, pilkulla,3,Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus,Toiminnassa,1.1.2015,31.12.2017,Toteuttaja Oy,85262,1000,,2000\n"+
		"A70303,EAKR,INKA - SmartResearch,2,Innovaatiorahoituskeskus Tekes,Toiminnassa,1.1.2015,31.12.2016,Oulun Yliopisto,81000,7155,85500,7950\n"))
	writeFile(t, filepath.Join(dir, "lista-2018.csv"), []byte(head+
		"A70303,EAKR,INKA - SmartResearch,2,Innovaatiorahoituskeskus Tekes,Toiminta päättynyt,1.1.2015,31.12.2016,Oulun Yliopisto,81000,80000,85500,84000\n"))
	res := loadDir(t, dir)
	if len(res.Projects) != 2 {
		t.Fatalf("%d projects: %+v", len(res.Projects), res.Projects)
	}
	desc, list := res.Projects[0], res.Projects[1]
	want := seed(t, "S20634")
	if desc.Code != "S20634" || desc.Name != want.Name || desc.Authority != want.Authority || desc.Funding.GrantedEUState != want.Funding.GrantedEUState {
		t.Errorf("the description's fields come first: %+v", desc)
	}
	if len(desc.Sources) != 2 || desc.Sources[0].Kind != data.SourceDescription || desc.Sources[1].Kind != data.SourceList ||
		desc.Sources[1].File != "lista-2016.csv" || desc.Sources[1].Line != 2 || desc.Sources[1].Funding != (data.Funding{
		GrantedEUState: data.KnownInt(85262), RealisedEUState: data.KnownInt(1000), RealisedPublicTotal: data.KnownInt(2000),
	}) || desc.Sources[1].From != data.DateModified || !desc.Sources[1].Exported.Known() || desc.Sources[0].Exported.Known() {
		t.Errorf("sources %+v", desc.Sources)
	}
	// The two lists are exports of one period (their dates the same, the later name the
	// newer): a time series, not a disagreement; the description against a list still is.
	if !desc.SourcesDisagree() || list.SourcesDisagree() || !list.Series() || !desc.Described() || list.Described() {
		t.Errorf("disagree %v %v, series %v, described %v %v", desc.SourcesDisagree(), list.SourcesDisagree(), list.Series(), desc.Described(), list.Described())
	}
	var msgs []string
	for _, w := range desc.Warnings {
		msgs = append(msgs, words.Of("en").Problem(w))
	}
	if len(msgs) < 1 || !strings.Contains(strings.Join(msgs, "\n"), "granted EU and state funding: 248,583\u00a0€ here, 85,262\u00a0€ in lista-2016.csv (line 2)") {
		t.Errorf("warnings %q", msgs)
	}
	s := data.NewStore()
	s.Set(res)
	if got := s.Query(data.Query{Subset: data.SubsetDisagree}); len(got) != 1 || got[0] != desc {
		t.Errorf("sources disagree: %d projects", len(got))
	}
	if got := s.Query(data.Query{Subset: data.SubsetListOnly}); len(got) != 1 || got[0] != list {
		t.Errorf("known only from a list: %v", got)
	}
	if res.Files[0].Path != "S20634.txt" || res.Files[0].Status != data.LoadedWithWarnings || len(res.Files[0].Problems) != len(desc.Warnings) {
		t.Errorf("the description's file: %+v", res.Files[0])
	}
	if list.Code != "A70303" || list.Status != "Toiminta päättynyt" || list.Funding.RealisedEUState != data.KnownInt(80000) ||
		len(list.Sources) != 2 || list.Sources[0].File != "lista-2018.csv" || list.Key() != "lista-2018.csv::2" ||
		len(list.History()) != 2 || list.History()[0].File != "lista-2016.csv" || !list.Superseded(list.Sources[1]) {
		t.Errorf("the list-only project: %+v", list)
	}
	if f := res.Files[1]; f.Path != "lista-2016.csv" || len(f.Listed) != 2 || f.Listed[0] != desc || f.Listed[1] != list {
		t.Errorf("the first list: %+v", f)
	}
	if f := res.Files[2]; len(f.Listed) != 1 || f.Listed[0] != list {
		t.Errorf("the second list: %+v", f)
	}
}

// Rows that cannot be read are warnings with their lines, never silent drops; a list of no
// rows, or of no readable row, is skipped with its reason.
func TestListBadRows(t *testing.T) {
	dir := t.TempDir()
	head := "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä\r\n"
	writeFile(t, filepath.Join(dir, "a.csv"), []byte(head+
		"A1,EAKR,Hyvä,2,Tekes,Toiminnassa,1.1.2015,31.12.2016,Yo,1,2,3,4\r\n"+
		"A2,EAKR,Ei, tilaa,2,Tekes,Tuntematon,1.1.2015,31.12.2016,Yo,1,2,3,4\r\n"+
		"\r\n"+
		"A3,EAKR,Huono päivä,2,Tekes,Toiminnassa,31.2.2015,31.12.2016,Yo,1,2,3,4\r\n"+
		",EAKR,Ei koodia,2,Tekes,Toiminnassa,1.1.2015,31.12.2016,Yo,1,2,3,4\r\n"+
		"A4,EAKR,Lyhyt\r\n"+
		"A5,EAKR,Ei loppua, pilkku,2,Tekes,Toiminnassa,1.1.2015,,Yo,-5,2,3,4\r\n"+
		"A6,EAKR,Ohjaus\x1b[31m,2,Tekes,Toiminnassa,1.1.2015,1.1.2016,Yo,1,2,3,4\r\n"))
	writeFile(t, filepath.Join(dir, "b.csv"), []byte(head))
	writeFile(t, filepath.Join(dir, "c.csv"), []byte(head+"x,y\n"))
	writeFile(t, filepath.Join(dir, "d.csv"), []byte(head+"A1,\x00\x01\x02\n"))
	res := loadDir(t, dir)
	a := res.Files[0]
	if a.Status != data.LoadedWithWarnings || len(a.Listed) != 4 || a.Listed[2].End.Known() || a.Listed[2].Name != "Ei loppua, pilkku" || a.Listed[3].Name != "Ohjaus[31m" ||
		a.Listed[2].Funding.GrantedEUState != data.KnownInt(-5) {
		t.Fatalf("a.csv: %+v", a)
	}
	var got []string
	for _, p := range a.Problems {
		got = append(got, strconv.Itoa(p.Line)+" "+p.Code)
	}
	if strings.Join(got, ", ") != "9 control_chars, 3 list_row_no_status, 6 list_row_no_code, 7 list_row_short, 5 date_unreadable, 8 figure_negative_kept" {
		t.Errorf("a.csv problems: %s", strings.Join(got, ", "))
	}
	if b := res.Files[1]; b.Status != data.Skipped || b.Reason.Code != "list_empty" {
		t.Errorf("b.csv: %+v", b)
	}
	if c := res.Files[2]; c.Status != data.Skipped || c.Reason.Code != "list_no_rows" || len(c.Problems) != 1 {
		t.Errorf("c.csv: %+v", c)
	}
	if d := res.Files[3]; d.Status != data.Skipped || d.Reason.Code != "binary" {
		t.Errorf("d.csv: %+v", d)
	}
}

// A synthetic list of the real one's shape (unquoted commas in names, authorities and
// implementers) loads every row, and a description of a code it gives becomes one project.
func TestSyntheticListWithDescriptions(t *testing.T) {
	dir := t.TempDir()
	if err := synth.WriteFolder(dir, 50, 7); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "lista.csv"), synth.List(2000, 20, 7))
	res := loadDir(t, dir)
	var list data.FileResult
	for _, f := range res.Files {
		if f.Path == "lista.csv" {
			list = f
		}
	}
	if list.Status != data.Loaded || len(list.Listed) != 2000 {
		t.Fatalf("lista.csv: %v, %d rows, %v", list.Status, len(list.Listed), list.Problems)
	}
	if len(res.Projects) != 2000+50-20 {
		t.Errorf("%d projects", len(res.Projects))
	}
	both := 0
	for _, p := range res.Projects {
		if len(p.Sources) == 2 && p.Described() {
			both++
		}
	}
	if both != 20 {
		t.Errorf("%d projects with two sources, want 20", both)
	}
}

// Sources disagree when any two give a figure differently, also when the first gives none.
func TestSourcesDisagreeAnyPair(t *testing.T) {
	src := func(granted data.Int) data.Source {
		return data.Source{Kind: data.SourceList, Funding: data.Funding{GrantedEUState: granted}}
	}
	p := &data.Project{Sources: []data.Source{src(data.Int{}), src(data.KnownInt(1)), src(data.KnownInt(1))}}
	if p.SourcesDisagree() {
		t.Error("agreeing sources disagree")
	}
	p.Sources = append(p.Sources, src(data.KnownInt(2)))
	if !p.SourcesDisagree() {
		t.Error("the third and fourth source disagree, unseen")
	}
}

// A quote that opens a value and never closes it (or closes it only lines later) never takes
// the following lines into one value: in a raw list every row is its own, and in a quoted CSV
// a record that would span lines without fitting the header is read as its first line alone.
func TestListQuoteNeverSwallowsRows(t *testing.T) {
	head := "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä\r\n"
	rows := "A1,EAKR,\"Auto2020 - jatko, osa 2,2,Etelä-Savon maakuntaliitto,Toiminnassa,1.1.2015,31.12.2016,Miset Oy,708578,1,2,3\r\n" +
		"A2,EAKR,Hanke \"X\", vaihe,3,Lapin liitto,Toiminnassa,1.1.2015,31.12.2016,Rovaniemen koulutuskuntayhtymä,1600000,1,2,3\r\n" +
		"A3,EAKR,Toinen,3,Lapin liitto,Keskeytynyt,1.1.2015,31.12.2016,\"Oy\", Ab,238000,1,2,3\r\n"
	for name, text := range map[string]string{
		"raw.csv":    head + rows,
		"quoted.csv": head + "A0,EAKR,\"a, b\",2,x,Toiminnassa,1.1.2015,31.12.2016,y,1,2,3,4\r\n" + rows, // "a, b": a spreadsheet's quoting
	} {
		dir := t.TempDir()
		writeFile(t, filepath.Join(dir, name), []byte(text))
		f := loadDir(t, dir).Files[0]
		got := map[string]string{}
		for _, p := range f.Listed {
			got[p.Code] = p.Name + " | " + p.Authority + " | " + p.Applicant.Name + " | " + strconv.FormatInt(p.Funding.GrantedEUState.V, 10)
		}
		want := map[string]string{
			"A1": "\"Auto2020 - jatko, osa 2 | Etelä-Savon maakuntaliitto | Miset Oy | 708578",
			"A2": "Hanke \"X\", vaihe | Lapin liitto | Rovaniemen koulutuskuntayhtymä | 1600000",
			"A3": "Toinen | Lapin liitto | \"Oy\", Ab | 238000",
		}
		for code, w := range want {
			if got[code] != w {
				t.Errorf("%s %s: %q, want %q", name, code, got[code], w)
			}
		}
		if f.RowsNotRead() != 0 {
			t.Errorf("%s: %v", name, f.Problems)
		}
	}
}

// A file over the 32 MB bound (a list of a whole period is a few) is skipped, said as too large
// to read, never as "too large to be a project description".
func TestTooLargeFileSaysSo(t *testing.T) {
	dir := t.TempDir()
	big := []byte("Koodi,Hankkeen nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus\n" + strings.Repeat("S1,x,1,2\n", (32<<20+100<<10)/9))
	writeFile(t, filepath.Join(dir, "lista.csv"), big)
	f := loadDir(t, dir).Files[0]
	if f.Status != data.Skipped || f.Reason.Code != "too_large" || !strings.HasPrefix(words.Of("en").Problem(f.Reason), "too large to read: over 32 MB (33 MB)") {
		t.Errorf("%v %q", f.Status, words.Of("en").Problem(f.Reason))
	}
}
