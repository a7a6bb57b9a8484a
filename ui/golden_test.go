package ui

import (
	"image"
	"image/draw"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestGoldenImages compares the details, on each tab, for the samples with the images in
// testdata (a missing or different one is written to testdata/failed/). Each image is of the
// area that tab draws (the details below the table, and the status bar), not of the whole
// window (the details enlarged, as Ctrl+Shift+D does): the table above is tested by its behaviour, and its scroll bars come and go with the
// timing of the layout, which a golden image must not depend on.
func TestGoldenImages(t *testing.T) {
	a := newTestApp(t, "")
	a.EnlargeDetails() // Ctrl+Shift+D: the details take most of the height
	settle(a)
	for _, view := range []string{"overview", "funding", "sustainability", "texts", "source", "warnings", "similar"} {
		a.ShowView(view)
		settle(a)
		test.AssertImageMatches(t, "main_"+view+".png", capture(a, a.ui.pane))
	}
	a.ui.table.ToggleMark(0)
	a.ui.table.ToggleMark(1)
	a.ui.table.ToggleMark(2)
	a.ShowView("compare")
	settle(a)
	test.AssertImageMatches(t, "main_compare.png", capture(a, a.ui.pane))
	a.ShowView("groups")
	settle(a)
	test.AssertImageMatches(t, "main_groups.png", capture(a, a.ui.pane))
}

// capture is the part of the window o covers, down to the window's bottom edge (the status
// bar), as drawn.
func capture(a *App, o fyne.CanvasObject) image.Image {
	c := a.Window().Canvas()
	img := c.Capture()
	scale := float32(img.Bounds().Dx()) / c.Size().Width
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	r := image.Rect(int(pos.X*scale), int(pos.Y*scale), img.Bounds().Dx(), img.Bounds().Dy())
	out := image.NewNRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	draw.Draw(out, out.Bounds(), img, r.Min, draw.Src)
	return out
}
