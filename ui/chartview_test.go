package ui

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2/theme"
)

// TestChartsOnTheThemesBackground: the charts on screen are drawn on the theme's background,
// not on white squares (the test theme is dark).
func TestChartsOnTheThemesBackground(t *testing.T) {
	a := newTestApp(t, "")
	bg := color.NRGBAModel.Convert(theme.Color(theme.ColorNameBackground)).(color.NRGBA)
	if int(bg.R)+int(bg.G)+int(bg.B) > 3*128 {
		t.Fatalf("the test theme's background %v is not dark", bg)
	}
	a.ShowView("funding")
	settle(a)
	seen := 0
	for _, o := range objects(a) {
		v, ok := o.(*ChartView)
		if !ok || v.img.Image == nil {
			continue
		}
		seen++
		b := v.img.Image.Bounds()
		corner := color.NRGBAModel.Convert(v.img.Image.At(b.Min.X+1, b.Min.Y+1)).(color.NRGBA)
		if corner != bg {
			t.Errorf("a chart's paper is %v, the theme's background %v", corner, bg)
		}
	}
	if seen == 0 {
		t.Fatal("no chart drawn on screen")
	}
}
