package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestGoldenImages compares the main window, on each detail tab, for the samples with the
// images in testdata (a missing or different one is written to testdata/failed/).
func TestGoldenImages(t *testing.T) {
	a := newTestApp(t, "")
	for _, view := range []string{"overview", "funding", "sustainability", "texts", "source", "warnings", "similar"} {
		a.ShowView(view)
		settle(a)
		test.AssertImageMatches(t, "main_"+view+".png", a.Window().Canvas().Capture())
	}
	a.ui.table.ToggleMark(0)
	a.ui.table.ToggleMark(1)
	a.ui.table.ToggleMark(2)
	a.ShowView("compare")
	settle(a)
	test.AssertImageMatches(t, "main_compare.png", a.Window().Canvas().Capture())
	a.ShowView("groups")
	settle(a)
	test.AssertImageMatches(t, "main_groups.png", a.Window().Canvas().Capture())
}
