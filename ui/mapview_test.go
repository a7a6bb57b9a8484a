package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"vertailu/charts/geo"
	"vertailu/data"
)

// pointAt is the position of area name on the map widget.
func pointAt(t *testing.T, v *mapView, name string) fyne.Position {
	t.Helper()
	i, ok := geo.Of(v.choice.level).Find(name)
	if !ok {
		t.Fatalf("no area %q", name)
	}
	s := v.chart.Size()
	x, y := v.current.AreaPoint(int(s.Width), int(s.Height), i)
	return fyne.NewPos(float32(x), float32(y))
}

// TestMapTab: the officer points at a region and sees its figures, clicks it to filter the
// table, clicks again to clear; switches to municipalities, where a municipality merged into
// Kuopio since 2013 still brings its project; and the choice outlives a language switch.
func TestMapTab(t *testing.T) {
	dir := seedFolder(t)
	old := filepath.Join(dir, "juankoski.txt")
	b, _ := os.ReadFile(filepath.Join(dir, firstSample(t, dir)))
	text := strings.Replace(string(b), "Hankekoodi: S22829", "Hankekoodi: S99998", 1)
	text = strings.Replace(text, "Maakunnat: Pohjois-Karjala", "Maakunnat: Pohjois-savo", 1)
	text = strings.Replace(text, "Kunnat: Rääkkylä, Tohmajärvi, Kitee", "Kunnat: Juankoski, Atlantis", 1)
	os.WriteFile(old, []byte(text), 0o644)
	a := newTestApp(t, dir)
	a.ShowView("map")
	settle(a)
	v := a.ui.mapv
	if v.current == nil {
		t.Fatal("the map tab drew no map")
	}

	p := pointAt(t, v, "Keski-Suomi")
	v.input.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
	if got := v.info.Text; !strings.Contains(got, "Keski-Suomi") || !strings.Contains(got, "1 project") {
		t.Errorf("pointing at Keski-Suomi shows %q", got)
	}
	v.input.MouseOut() // the pointer leaves the map: the figures go, and the outline
	settle(a)
	if got := v.info.Text; strings.Contains(got, "Keski-Suomi") || v.current.Options().Pointed != "" {
		t.Errorf("after the pointer left the map it shows %q, outlines %q", got, v.current.Options().Pointed)
	}
	v.input.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
	test.TapAt(v.input, p)
	settle(a)
	if rows := a.ui.table.Rows(); len(rows) != 1 || rows[0].Code != "S20885" {
		t.Fatalf("a click on Keski-Suomi shows %d rows", len(rows))
	}
	if s := a.ui.filters[data.FieldRegion].Selected; s != "Keski-Suomi" {
		t.Errorf("the region filter shows %q", s)
	}
	if !strings.Contains(v.info.Text, "Keski-Suomi") {
		t.Errorf("after the click the figures are gone: %q", v.info.Text)
	}
	test.TapAt(v.input, pointAt(t, v, "Keski-Suomi"))
	settle(a)
	if n := len(a.ui.table.Rows()); n != 6 {
		t.Fatalf("a second click leaves %d rows, want all 6", n)
	}

	v.level.SetSelected("Municipalities")
	settle(a)
	v = a.ui.mapv
	p = pointAt(t, v, "Kuopio")
	v.input.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: p}})
	if got := v.info.Text; !strings.Contains(got, "Kuopio (Pohjois-Savo)") || !strings.Contains(got, "also as Juankoski") {
		t.Errorf("pointing at Kuopio shows %q", got)
	}
	test.TapAt(v.input, p)
	settle(a)
	if rows := a.ui.table.Rows(); len(rows) != 1 || rows[0].Code != "S99998" {
		t.Fatalf("a click on Kuopio shows %d rows", len(rows))
	}
	a.ClearFilters()
	settle(a)
	if !strings.Contains(v.notes.Text, "several municipalities") || !strings.Contains(v.notes.Text, "Names not on the map: Atlantis") {
		t.Errorf("notes %q", v.notes.Text)
	}

	a.SwitchLanguage(LangFinnish)
	a.ShowView("map")
	settle(a)
	if s := a.ui.mapv.level.Selected; s != "Kunnat" {
		t.Errorf("after the language switch the map shows %q", s)
	}
}

// TestGoldenMap compares the Map tab, the details enlarged, with testdata/main_map.png.
func TestGoldenMap(t *testing.T) {
	a := newTestApp(t, "")
	a.EnlargeDetails()
	a.ShowView("map")
	settle(a)
	test.AssertImageMatches(t, "main_map.png", capture(a, a.ui.pane))
}
