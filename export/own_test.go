package export

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"vertailu/data"
)

func TestSummaryPrintsOwnNotes(t *testing.T) {
	ps := seeds(t)
	p := ps[0]
	when := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	long := strings.Repeat("A long note that goes on and on about the budget and the risks. ", 60)
	l := data.OwnLayer{
		Notes: []data.Note{
			{ID: "1", Code: strings.ToLower(p.Code), Text: "Ask about the budget.\n\nSecond paragraph.", Created: when, Author: "Maija"},
			{ID: "2", Code: p.Code, Text: long, Created: when, Author: "Maija"},
		},
		Tags: []data.Tag{{Code: p.Code, Tag: "riski"}, {Code: p.Code, Tag: "seurattava"}},
	}
	for _, lang := range []string{"fi", "en"} {
		var b bytes.Buffer
		if err := WriteSummary(&b, p, SummaryOptions{Lang: lang, Now: testNow, Own: OwnFromLayer(l)}); err != nil {
			t.Fatal(err)
		}
		if n := pageCount(b.Bytes()); n != 1 {
			t.Fatalf("%s: %d pages", lang, n)
		}
		text := normSpace(pdfText(t, writeTemp(t, "own-"+lang+".pdf", b.Bytes())))
		heading, tags, more := "Omat muistiinpanot", "Tunnisteet: riski, seurattava", "Lisää muistiinpanoja Vertailussa"
		if lang == "en" {
			heading, tags, more = "My notes", "Tags: riski, seurattava", "More notes in Vertailu"
		}
		for _, want := range []string{heading, tags, "Maija: Ask about the budget.", "Second paragraph.", more} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: no %q in\n%s", lang, want, text)
			}
		}
	}
	// without Own, or with nothing on the project, no heading
	var b bytes.Buffer
	if err := WriteSummary(&b, ps[1], SummaryOptions{Lang: "en", Now: testNow, Own: OwnFromLayer(l)}); err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, writeTemp(t, "none.pdf", b.Bytes())); strings.Contains(text, "My notes") {
		t.Error("a heading for no notes")
	}
}

func TestPackPrintsOwnNotes(t *testing.T) {
	ps := seeds(t)[:2]
	l := data.OwnLayer{Notes: []data.Note{{ID: "1", Code: ps[1].Code, Text: "Kysy budjetista.", Created: testNow, Author: "Maija"}}}
	var b bytes.Buffer
	if err := WritePack(t.Context(), &b, ps, PackOptions{Lang: "fi", Now: testNow, Own: OwnFromLayer(l)}); err != nil {
		t.Fatal(err)
	}
	pages := pageTexts(t, b.Bytes())
	last := pages[len(pages)-1]
	if !strings.Contains(last, "Omat muistiinpanot") || !strings.Contains(last, "Kysy budjetista.") {
		t.Errorf("the last page:\n%s", last)
	}
	if strings.Contains(pages[len(pages)-2], "Omat muistiinpanot") {
		t.Error("notes on the page of a project without notes")
	}
}
