package load_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/synth"

	"golang.org/x/text/encoding/charmap"
)

// moneyKeys are the list's four figures' keys, in its order.
var moneyKeys = [4]string{"granted_eu_state", "realised_eu_state", "planned_public_total", "realised_public_total"}

var statusesInTurn = map[string]string{"Toiminnassa": "Toiminta päättynyt", "Toiminta päättynyt": "Keskeytynyt", "Keskeytynyt": "Toiminnassa"}

// editList makes a later export of rows: some rows gone, some new, some statuses, figures,
// names and end dates changed, and the rows in another order. It returns the rows and, by
// code, the change expected ("added", "removed" or the changed fields' keys).
func editList(rows []synth.ListRow, seed uint64, p2007 synth.Period2007) ([]synth.ListRow, map[string]string) {
	want := map[string]string{}
	var out []synth.ListRow
	for i, r := range rows {
		if i%17 == 3 {
			want[r.Code] = "removed"
			continue
		}
		var fields []string
		if i%5 == 1 {
			r.Status = statusesInTurn[r.Status]
			fields = append(fields, "status")
		}
		if i%13 == 2 {
			r.Name += " uusi"
			fields = append(fields, "name")
		}
		if i%19 == 4 {
			if r.End.IsZero() {
				r.End = time.Date(2023, 5, 31, 0, 0, 0, 0, time.UTC)
			} else {
				r.End = r.End.AddDate(0, 1, 0)
			}
			fields = append(fields, "end")
		}
		if i%7 == 0 {
			k := i % 4
			if r.Money[k].Given {
				r.Money[k].Cents += 1234500
			} else {
				r.Money[k] = synth.Amount{Cents: 500000, Given: true}
			}
			fields = append(fields, moneyKeys[k])
		}
		if len(fields) > 0 {
			want[r.Code] = strings.Join(fields, ",")
		}
		out = append(out, r)
	}
	for i, r := range synth.RandomListRows(7, seed+100, p2007) {
		r.Code = fmt.Sprintf("S%05d", 90000+i)
		want[r.Code] = "added"
		out = append(out, r.Expected(charmap.ISO8859_1))
	}
	slices.Reverse(out) // every row on another line
	return out, want
}

// got words what Compare found by code as editList does.
func gotChanges(ch *data.Changes) map[string]string {
	got := map[string]string{}
	for _, pc := range ch.Projects {
		if pc.Kind != data.Changed {
			got[pc.Code] = string(pc.Kind)
			continue
		}
		var fields []string
		for _, c := range pc.Changes {
			fields = append(fields, c.Field)
		}
		got[pc.Code] = strings.Join(fields, ",")
	}
	return got
}

func sameChanges(t *testing.T, where string, got, want map[string]string) {
	t.Helper()
	for code, w := range want {
		if got[code] != w {
			t.Errorf("%s: %s %q, want %q", where, code, got[code], w)
		}
	}
	for code, g := range got {
		if _, ok := want[code]; !ok {
			t.Errorf("%s: %s changed (%q), though it did not", where, code, g)
		}
	}
}

// loadPair loads two exports in one folder, as an officer keeps them, and compares them.
func loadPair(t *testing.T, from, to string, a, b []byte) (*data.LoadResult, *data.Changes) {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, from), a)
	writeFile(t, filepath.Join(dir, to), b)
	res := loadDir(t, dir)
	exps := data.Exports(res)
	x, y, ok := data.LatestPair(exps)
	if !ok || x.File != from || y.File != to {
		t.Fatalf("the pair %s → %s, ok %v, of %+v", x.File, y.File, ok, exps)
	}
	return res, data.Compare(x, y)
}

// Pairs of exports made from one another, in both list formats and every form a list reaches
// an officer (raw in either encoding, saved again by a spreadsheet, split at every comma, a
// workbook): the same rows give no change at all, whatever the forms; the edited rows give
// exactly the changes made, however the rows moved.
func TestChangesBetweenListExports(t *testing.T) {
	const n = 150
	for _, p2007 := range []synth.Period2007{false, true} {
		rows := synth.RandomListRows(n, 4, p2007)
		for i := range rows {
			rows[i] = rows[i].Expected(charmap.ISO8859_1) // letters every form keeps
		}
		edited, want := editList(rows, 4, p2007)
		for i, fa := range listForms {
			fb := listForms[(i+1)%len(listForms)]
			from, to := "lista_2016-01-31"+filepath.Ext(fa.name), "lista_2016-08-23"+filepath.Ext(fb.name)
			where := fmt.Sprintf("%s → %s (2007: %v)", fa.name, fb.name, p2007)
			_, ch := loadPair(t, from, to, fa.write(rows, p2007), fb.write(rows, p2007))
			sameChanges(t, where+", saved again", gotChanges(ch), map[string]string{})
			res, ch := loadPair(t, from, to, fa.write(rows, p2007), fb.write(edited, p2007))
			sameChanges(t, where, gotChanges(ch), want)
			checkSeries(t, where, res, edited)
		}
	}
}

// checkSeries checks that the table shows the newer export's figures and that the two exports
// raise no warning against each other.
func checkSeries(t *testing.T, where string, res *data.LoadResult, newer []synth.ListRow) {
	t.Helper()
	byCode := map[string]*data.Project{}
	for _, p := range res.Projects {
		byCode[p.Code] = p
	}
	for _, r := range newer {
		p := byCode[r.Code]
		if p == nil || p.Status != r.Status || p.Funding.GrantedEUState.Known != r.Money[0].Given ||
			(r.Money[0].Given && p.Funding.GrantedEUState.V != r.Money[0].Euros()) {
			t.Errorf("%s: %s shows %+v, want the newer export's %+v", where, r.Code, p, r)
			return
		}
	}
	for _, f := range res.Files {
		for _, pr := range f.Problems {
			if strings.HasPrefix(pr.Code, "disagree_") || pr.Code == "names_differ" {
				t.Errorf("%s: %s warns %s", where, f.Path, words.Of("en").Problem(pr))
				return
			}
		}
	}
}

// What a change says: the values as the table's JSON writes them, the difference and the
// ratio of a figure, the move of a status, the totals; and which aspects it has.
func TestChangeValues(t *testing.T) {
	head := synth.ListHeader2014 + "\n"
	a := head + "S1,ESR,Nimi,3,ELY,Toiminnassa,1.1.2015,31.12.2017,Oy,1000,100,,2000\n" +
		"S2,ESR,Toinen,3,ELY,Toiminnassa,1.1.2015,31.12.2017,Oy,1000,100,3000,2000\n"
	b := head + "S1,ESR,Nimi,3,ELY,Toiminta päättynyt,1.1.2015,31.1.2018,Oy,1000,350,10,2000\n" +
		"S3,ESR,Kolmas,3,ELY,Toiminnassa,1.1.2016,31.12.2017,Oy,500,0,3000,2000\n"
	_, ch := loadPair(t, "a_2026-07-25.csv", "b_2026-09-25.csv", []byte(a), []byte(b))
	if len(ch.Projects) != 3 || ch.Projects[0].Code != "S1" || ch.Projects[1].Kind != data.Removed || ch.Projects[2].Kind != data.Added {
		t.Fatalf("%+v", ch.Projects)
	}
	s1 := ch.Projects[0]
	if s1.Status() != data.Ended || s1.Largest() != 250 || s1.Name != "Nimi" || s1.Project == nil || s1.Project.Status != "Toiminta päättynyt" {
		t.Errorf("S1: %v %d %+v", s1.Status(), s1.Largest(), s1)
	}
	var fields []string
	for _, c := range s1.Changes {
		fields = append(fields, c.Field+":"+c.From.Raw()+"→"+c.To.Raw())
	}
	if strings.Join(fields, " ") != "status:Toiminnassa→Toiminta päättynyt end:2017-12-31→2018-01-31 realised_eu_state:100→350 planned_public_total:→10" {
		t.Errorf("S1's changes %v", fields)
	}
	if r := s1.Changes[2].Ratio(); !r.Known || r.V != 2.5 || s1.Changes[2].Difference() != data.KnownInt(250) || s1.Changes[3].Difference().Known {
		t.Errorf("ratio %v", r)
	}
	js := jsonOf(ch.Projects)
	if !strings.Contains(js, `{"code":"S1","kind":"changed","changes":[{"field":"status","from":"Toiminnassa","to":"Toiminta päättynyt"},{"field":"end","from":"2017-12-31","to":"2018-01-31"},{"field":"realised_eu_state","from":100,"to":350},{"field":"planned_public_total","from":null,"to":10}]}`) ||
		!strings.Contains(js, `{"code":"S2","kind":"removed"}`) {
		t.Errorf("JSON %s", js)
	}
	var show [data.Aspects]bool
	show[data.AspectFunding] = true
	if !s1.Shown(show, 200) || s1.Shown(show, 251) || !s1.Has(data.AspectFunding, 10) || !s1.Has(data.AspectDates, 0) || s1.Has(data.AspectName, 0) {
		t.Error("aspects")
	}
	if got := fmt.Sprint(ch.Totals); got != "[{granted_eu_state {2000 true} {1500 true}} {realised_eu_state {200 true} {350 true}} {planned_public_total {3000 true} {3010 true}} {realised_public_total {4000 true} {4000 true}}]" {
		t.Errorf("totals %s", got)
	}
	if added, removed, changed := ch.Count(); added != 1 || removed != 1 || changed != 1 {
		t.Errorf("count %d %d %d", added, removed, changed)
	}
	if ch.To.Date.Date != data.NewDate(2026, 9, 25) || ch.From.Date.From != data.DateName {
		t.Errorf("dates %+v %+v", ch.From.Date, ch.To.Date)
	}
}

// The EURA 2021 export: its workbook and the same rows saved again as CSV give no change;
// an edited export gives exactly the changes made (each of its seven figures keyed as the
// table's JSON keys it).
func TestChangesBetweenEura2021Exports(t *testing.T) {
	rows := synth.Eura2021Rows(120, 8)
	for i := range rows {
		rows[i].Name = strings.TrimSpace(rows[i].Name)
	}
	keys := [7]string{"granted_eu_state", "planned_public_total", "planned_total", "realised_eu_state", "realised_public_total", "realised_total", "realised_eu"}
	edited := slices.Clone(rows)
	want := map[string]string{}
	for i := range edited {
		r := &edited[i]
		var fields []string
		if i%6 == 1 {
			r.Status = statusesInTurn[r.Status]
			fields = append(fields, "status")
		}
		if i%9 == 5 && r.Authority != "Lapin ELY-keskus" {
			r.Authority = "Lapin ELY-keskus"
			fields = append(fields, "authority")
		}
		if i%4 == 0 {
			r.Cents[i%7] += 100000000
			fields = append(fields, keys[i%7])
		}
		if len(fields) > 0 {
			want[r.Code] = strings.Join(fields, ",")
		}
	}
	want[edited[10].Code] = "removed"
	edited = slices.Delete(edited, 10, 11)
	slices.Reverse(edited)
	extract := time.Date(2026, 7, 25, 0, 0, 0, 0, time.UTC)
	_, ch := loadPair(t, "eura.xlsx", "eura_resaved.csv", synth.Eura2021Workbook(rows, extract), synth.Eura2021CSV(rows))
	sameChanges(t, "saved again", gotChanges(ch), map[string]string{})
	_, ch = loadPair(t, "eura-heinäkuu.xlsx", "eura-syyskuu.csv", synth.Eura2021Workbook(rows, extract), synth.Eura2021CSV(edited))
	sameChanges(t, "edited", gotChanges(ch), want)
	if ch.From.Date.Date != data.NewDate(2026, 7, 25) || ch.To.Date.Date != data.NewDate(2026, 9, 25) || ch.From.Date.From != data.DateFooter {
		t.Errorf("dates %+v %+v", ch.From.Date, ch.To.Date)
	}
}

// Texts alike but for their spaces, or for what a spreadsheet's resave changes (spaces next to
// a comma, double quotes), are one.
func TestSpacedTexts(t *testing.T) {
	d := func(a, b string) *data.Changes {
		head := synth.ListHeader2014 + "\n"
		_, ch := loadPairBytes(t, []byte(head+"S1,ESR,"+a+",3,ELY,Toiminnassa,1.1.2015,31.12.2017,Oy,1,1,1,1\n"),
			[]byte(head+"S1,ESR,"+b+",3,ELY,Toiminnassa,1.1.2015,31.12.2017,Oy,1,1,1,1\n"))
		return ch
	}
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Nimi uusi", "Nimi  uusi", true},
		{"Nimi uusi", "Nimi\u00a0uusi", true},
		{"Nimi uusi", "Nimi\tuusi", true},
		{"Nimi uusi", "Nimi uusii", false},
		{"Nimi", "nimi", false},
		{"Åland; Työ, 2", "Åland; Työ,2", true},      // a spreadsheet read " 2" as a number
		{`Hanke "X"; jatko`, `Hanke X; jatko`, true}, // and a quote as quoting
		{"Kokeilu, pilotti", "Kokeilu; pilotti", false},
	} {
		if got := len(d(tc.a, tc.b).Projects) == 0; got != tc.same {
			t.Errorf("%q, %q: same %v", tc.a, tc.b, got)
		}
	}
}

func loadPairBytes(t *testing.T, a, b []byte) (*data.LoadResult, *data.Changes) {
	t.Helper()
	return loadPair(t, "a_2026-01-01.csv", "a_2026-02-01.csv", a, b)
}

// Exports saved again by a real spreadsheet program (LibreOffice Calc in a Finnish locale,
// testdata/lists/README.md), each against the file it was made from: the synthetic lists of
// both periods, the real excerpts, the EURA 2021 export. Nothing moved, so nothing is reported
// but what Calc itself changed: a quote that opens a comma-separated piece of a raw row, which
// Calc takes as quoting and drops (see TestListsSavedByLibreOffice).
func TestChangesAfterLibreOffice(t *testing.T) {
	excerpt := func(name string) []byte { return sharedList(t, name) }
	pairs := []struct {
		from     string
		fromData func() []byte
		to       []string
	}{
		{"raw-2014.csv", func() []byte { return readTestdata(t, "lists/raw-2014.csv") }, []string{"libreoffice-fi-2014.xlsx", "libreoffice-fi-2014.csv"}},
		{"raw-2007.csv", func() []byte { return readTestdata(t, "lists/raw-2007.csv") }, []string{"libreoffice-fi-2007.xlsx", "libreoffice-fi-2007.csv"}},
		{"excerpt-2014.csv", func() []byte { return excerpt(list2014) }, []string{"excerpt-libreoffice-fi-2014.xlsx", "excerpt-libreoffice-fi-2014.csv"}},
		{"excerpt-2007.csv", func() []byte { return excerpt(list2007) }, []string{"excerpt-libreoffice-fi-2007.xlsx", "excerpt-libreoffice-fi-2007.csv"}},
		{"eura.xlsx", func() []byte {
			return synth.Eura2021Workbook(synth.Eura2021Rows(30, 9), time.Date(2026, 9, 25, 0, 0, 0, 0, time.UTC))
		}, []string{"eura2021-libreoffice-fi.xlsx", "eura2021-libreoffice-fi.csv"}},
	}
	for _, pair := range pairs {
		for _, to := range pair.to {
			ext := filepath.Ext(to)
			_, ch := loadPair(t, "a_2026-01-01"+filepath.Ext(pair.from), "b_2026-02-01"+ext, pair.fromData(), readTestdata(t, "lists/"+to))
			if added, removed, _ := ch.Count(); added+removed > 0 || ch.From.Rows == 0 || ch.To.Rows != ch.From.Rows {
				t.Errorf("%s → %s: %d added, %d removed", pair.from, to, added, removed)
			}
			for _, pc := range ch.Projects {
				for _, c := range pc.Changes {
					if c.From.Kind != data.KindText || !strings.Contains(c.From.Text+c.To.Text, `"`) {
						t.Errorf("%s → %s: %s %s changed from %q to %q", pair.from, to, pc.Code, c.Field, c.From.Raw(), c.To.Raw())
					}
				}
			}
		}
	}
}
