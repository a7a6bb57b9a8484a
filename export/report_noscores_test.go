package export

import (
	"strings"
	"testing"

	"vertailu/data"
)

// TestReportWithoutScores: projects with no sustainability scores (list projects) get no
// empty radar pages: one page, saying in words that there are no scores.
func TestReportWithoutScores(t *testing.T) {
	ps := seeds(t)
	for i, p := range ps {
		q := *p
		q.Sustainability = [15]data.Criterion{}
		ps[i] = &q
	}
	b := reportBytes(t, ps, "fi")
	if n := pageCount(b); n != 1 {
		t.Errorf("five projects without scores: %d pages, want 1 (no radar pages)", n)
	}
	text := normSpace(pdfText(t, writeTemp(t, "r.pdf", b)))
	for _, w := range []string{"Välitön: näille hankkeille ei ole kestävyyspisteitä", "Välillinen: näille hankkeille ei ole kestävyyspisteitä"} {
		if !strings.Contains(text, w) {
			t.Errorf("report text lacks %q:\n%s", w, text)
		}
	}
}
