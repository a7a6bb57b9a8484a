package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A folder with a description and a project list that gives its code with other figures,
// and a list row that cannot be read: one project with both sources, flagged, its Source tab
// showing both figures; the list's warning opens the list row's project.
func TestListAndDescriptionInTheApp(t *testing.T) {
	dir := seedFolder(t)
	head := "Koodi,Rahasto,Hankkeen nimi,Tl,Viranomainen,Tila,Aloituspvm,Päättymispvm,Toteuttajan nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus,Suunniteltu julkinen rahoitus yhteensä,Toteutunut julkinen rahoitus yhteensä\n"
	os.WriteFile(filepath.Join(dir, "lista.csv"), []byte(head+
		"S20634,ESR,Osana,5,Keski-Pohjanmaan ELY-keskus,Toiminnassa,1.1.2015,31.12.2017,Koulutuskuntayhtymä,85262,,,\n"+
		"A70303,EAKR,INKA - SmartResearch,2,Tekes,Toiminnassa,31.2.2015,31.12.2016,Oulun Yliopisto,81000,7155,85500,7950\n"), 0o644)
	a := newTestApp(t, dir)
	if n := len(a.ui.table.Rows()); n != 6 {
		t.Fatalf("%d rows, want 5 descriptions and 1 list-only project", n)
	}
	if !strings.Contains(a.ui.status.Text, "6 projects loaded · 2 with warnings") {
		t.Errorf("status %q", a.ui.status.Text)
	}
	var osana, inka int = -1, -1
	for i, p := range a.ui.table.Rows() {
		switch p.Code {
		case "S20634":
			osana = i
		case "A70303":
			inka = i
		}
	}
	if osana < 0 || inka < 0 {
		t.Fatal("a project is missing")
	}
	code, _ := cellText(a.ui.table.cols[0], a.ui.table.Rows()[osana], "en")
	if !strings.HasPrefix(code, "⚠") {
		t.Errorf("the disagreeing project's code: %q", code)
	}
	a.ui.table.SelectProject(a.ui.table.Rows()[osana])
	a.ShowView("overview")
	settle(a)
	if !labelShown(a, "⚠ The sources give different funding figures: the Source tab shows each.") {
		t.Error("the overview does not say that the sources disagree")
	}
	a.ShowView("source")
	settle(a)
	for _, want := range []string{"Description", "Project list", "lista.csv, line 2", "⚠ 85,262\u00a0€", "248,583\u00a0€"} {
		if !labelShown(a, want) {
			t.Errorf("the Source tab lacks %q", want)
		}
	}
	var found bool
	for _, r := range a.ui.warnings.Rows() {
		if r.File == "lista.csv" && r.Line == 3 {
			found = true
			a.ui.warnings.choose(r)
			if a.ui.table.Selected() == nil || a.ui.table.Selected().Code != "A70303" {
				t.Errorf("the list row's warning opened %v", a.ui.table.Selected())
			}
		}
	}
	if !found {
		t.Errorf("no warning for the list's bad date: %+v", a.ui.warnings.Rows())
	}
	a.ui.table.SelectProject(a.ui.table.Rows()[inka])
	a.ShowView("source")
	settle(a)
	if !labelShown(a, "No description: known only from a project list") {
		t.Error("the list-only project's Source tab does not say it has no description")
	}
}
