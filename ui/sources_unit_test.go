package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

// Behind a first source without the figure, the Source tab marks the figure that differs from
// the one the table shows (the first known), not none.
func TestSourceMarksBehindAnUnknownFirst(t *testing.T) {
	src := func(file string, granted data.Int) data.Source {
		return data.Source{Kind: data.SourceList, File: file, Line: 2, Funding: data.Funding{GrantedEUState: granted}}
	}
	p := &data.Project{
		Funding: data.Funding{GrantedEUState: data.KnownInt(100000)},
		Sources: []data.Source{src("a.csv", data.Int{}), src("b.csv", data.KnownInt(100000)), src("c.csv", data.KnownInt(200000))},
	}
	f := newForm()
	for _, s := range p.Sources {
		addSource(f, p, s, nil)
	}
	marked := 0
	for _, o := range f.c.Objects {
		if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, "⚠ "+data.FormatEuro(data.KnownInt(200000), langCode())) { // and its change since the export before
			marked++
		}
		if l, ok := o.(*widget.Label); ok && l.Text == "⚠ "+data.FormatEuro(data.KnownInt(100000), langCode()) {
			t.Error("the figure the table shows is marked")
		}
	}
	if marked != 1 {
		t.Errorf("%d marks for 200 000 €, want 1", marked)
	}
}

// The Source tab names the embedded sample folder in the interface's language.
func TestSourceNamesTheSampleFolderInFinnish(t *testing.T) {
	a := newTestApp(t, "")
	t.Cleanup(func() { SetLanguage(LangEnglish) })
	a.SwitchLanguage(LangFinnish)
	a.ShowView("source")
	settle(a)
	if !labelShown(a, "(esimerkkikansio)") || labelShown(a, "(sample folder)") {
		t.Error("the sample folder is not named in Finnish on the Source tab")
	}
}
