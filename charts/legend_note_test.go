package charts

import (
	"strings"
	"testing"

	chart "github.com/go-analyze/charts/chartdraw"
)

// TestLegendNoteKeptWhole: a legend entry too long for its room is shortened in its name, and
// its note ("(scores missing)") stays whole, so no "(pisteet p…" is printed.
func TestLegendNoteKeptWhole(t *testing.T) {
	c, err := newCanvas(chart.PNG(400, 300), 400, 300)
	if err != nil {
		t.Fatal(err)
	}
	it := legendItem{name: "S21234 Työllisyyttä ja osaamista Etelä-Savoon yhdessä", note: " (pisteet puuttuvat)"}
	size, _, _ := c.legendMetrics()
	got := c.fitItem(it, size, c.textWidth("S21234 Työllisyyttä (pisteet puuttuvat)", size))
	if !strings.HasSuffix(got, " (pisteet puuttuvat)") || !strings.Contains(got, "…") {
		t.Errorf("entry %q: the note is cut or the name is not shortened", got)
	}
}
