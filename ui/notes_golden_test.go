package ui

import (
	"strconv"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"vertailu/data"
)

// TestGoldenNotes compares the Notes tab, with notes, tags and a selection, in both languages
// at 1280×800 and 1024×700, with the images in testdata. The details are enlarged
// (Ctrl+Shift+D), as an officer writing a note would.
func TestGoldenNotes(t *testing.T) {
	when := time.Date(2026, 12, 2, 9, 5, 0, 0, time.Local)
	for _, lang := range []string{LangEnglish, LangFinnish} {
		for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1024, Height: 700}} {
			nb := data.NewMemoryNotebook()
			nb.Import(data.OwnLayer{
				Notes: []data.Note{
					{
						ID: "1", Code: "S22829", Author: "Maija Meikäläinen", Created: when, Edited: when,
						Text: "Kysy seurantakomiteassa budjetin toteumasta: käyttöaste on 100 %, mutta osallistujia oli vähemmän kuin suunniteltiin.",
					},
					{
						ID: "2", Code: "S22829", Author: "Maija Meikäläinen", Created: when.Add(time.Hour), Edited: when.Add(26 * time.Hour),
						Text: "Käy läpi loppuraportti ennen kokousta.\n\nVertaa Kiteen ja Tohmajärven tuloksia.",
					},
				},
				Tags: []data.Tag{{Code: "S22829", Tag: "riski"}, {Code: "S22829", Tag: "hyvä käytäntö"}, {Code: "S21029", Tag: "seurattava"}},
			})
			a := New(test.NewTempApp(t), data.NewStore(), Options{Lang: lang, deferred: true, Notebook: nb, Author: "Maija Meikäläinen"})
			a.Window().Resize(size)
			settle(a)
			selectCode(t, a, "S22829")
			a.ShowView("notes")
			a.EnlargeDetails()
			settle(a)
			name := "notes_" + lang + "_" + strconv.Itoa(int(size.Width)) + ".png"
			test.AssertImageMatches(t, name, a.Window().Canvas().Capture())
			a.Window().Close()
		}
	}
}

// TestGoldenSelections compares the Selections dialog, with two saved selections, in Finnish
// at 1024×700 and in English at 1280×800.
func TestGoldenSelections(t *testing.T) {
	when := time.Date(2026, 12, 2, 9, 5, 0, 0, time.Local)
	for _, c := range []struct {
		lang string
		size fyne.Size
	}{{LangFinnish, fyne.NewSize(1024, 700)}, {LangEnglish, fyne.NewSize(1280, 800)}} {
		nb := data.NewMemoryNotebook()
		nb.Import(data.OwnLayer{Selections: []data.Selection{
			{Name: "Seurantakomitea 12/2026", Codes: []string{"S22829", "S21029", "S20885"}, Saved: when},
			{Name: "Kotoutuminen", Codes: []string{"S21921"}, Saved: when.Add(-48 * time.Hour)},
		}})
		a := New(test.NewTempApp(t), data.NewStore(), Options{Lang: c.lang, deferred: true, Notebook: nb})
		a.Window().Resize(c.size)
		settle(a)
		a.ui.table.ToggleMark(0)
		a.ui.table.ToggleMark(1)
		a.ShowSelections()
		settle(a)
		test.AssertImageMatches(t, "selections_"+c.lang+".png", a.Window().Canvas().Capture())
		a.Window().Close()
	}
}
