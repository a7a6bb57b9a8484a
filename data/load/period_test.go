package load_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vertailu/assets/words"
	"vertailu/data"
)

// Every project has its period from its source; a list's bare axis number takes the name its
// period's descriptions give it, and one period's axis 3 never meets another's.
func TestPeriodsAndAxes(t *testing.T) {
	dir := t.TempDir()
	seedBytes, err := os.ReadFile(filepath.Join("..", "..", "assets", "samples", "003_587063373ccfa107.txt"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "S20634.txt"), seedBytes)
	head14 := "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä\n"
	writeFile(t, filepath.Join(dir, "lista-2014.csv"), []byte(head14+"A1,ESR,Yksi,5,Tekes,Toiminnassa,1.1.2015,31.12.2016,Yo,1,2,3,4\nA2,ESR,Kaksi,3,Tekes,Toiminnassa,1.1.2015,31.12.2016,Yo,1,2,3,4\n"))
	head07 := "Koodi,Rahasto,Projektin nimi,Ohjelma / osio,Tl,Viranomainen,Toiminnan tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä\n"
	writeFile(t, filepath.Join(dir, "lista-2007.csv"), []byte(head07+"S1,ESR,Vanha,Valtakunnallinen osio,3,Tekes,Toiminta päättynyt,1.1.2008,31.12.2010,Yo,1,2,3,4\n"))
	res := loadDir(t, dir)
	byCode := map[string]*data.Project{}
	for _, p := range res.Projects {
		byCode[p.Code] = p
	}
	for code, want := range map[string][2]string{
		"S20634": {data.Period2014, "5. Sosiaalinen osallisuus ja köyhyyden torjunta"},
		"A1":     {data.Period2014, "5. Sosiaalinen osallisuus ja köyhyyden torjunta"}, // named by the description
		"A2":     {data.Period2014, "3 (2014–2020)"},
		"S1":     {data.Period2007, "3 (2007–2013)"},
	} {
		p := byCode[code]
		if p == nil || p.Period != want[0] || data.FieldPriorityAxis.Values(p)[0] != want[1] {
			t.Errorf("%s: %+v", code, p)
			continue
		}
		if got := data.FieldPeriod.Values(p)[0]; got != data.PeriodText(want[0]) {
			t.Errorf("%s: period %q", code, got)
		}
	}
}

// Comparing projects of 2021–2027 with older ones says what the granted figure means for
// each; projects of one period need no note.
func TestPeriodsNote(t *testing.T) {
	old, cur := &data.Project{Period: data.Period2014}, &data.Project{Period: data.Period2021}
	if words.Of("en").PeriodsNote([]*data.Project{old, old}) != "" || words.Of("en").PeriodsNote([]*data.Project{cur}) != "" {
		t.Error("a note for one period")
	}
	if n := words.Of("fi").PeriodsNote([]*data.Project{old, cur}); n == "" || !strings.Contains(n, "2021–2027") {
		t.Errorf("note %q", n)
	}
}
