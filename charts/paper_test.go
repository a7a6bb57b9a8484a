package charts

import (
	"image/color"
	"testing"
)

// TestRenderOnDarkPaper: a chart drawn for a dark screen is on its paper, with no white left
// (label boxes follow the paper) and light ink for its text; the print rendering stays white.
func TestRenderOnDarkPaper(t *testing.T) {
	paper := color.NRGBA{R: 40, G: 40, B: 40, A: 255}
	white := color.NRGBA{R: 255, G: 255, B: 255, A: 255}
	for name, c := range goldenCharts(t) {
		dark, err := RenderImageOn(c, 640, 320, 1, paper)
		if err != nil {
			t.Fatal(err)
		}
		light, err := RenderImage(c, 640, 320, 1)
		if err != nil {
			t.Fatal(err)
		}
		if got := color.NRGBAModel.Convert(dark.At(1, 1)); got != paper {
			t.Errorf("%s: the dark rendering's corner is %v, want the paper %v", name, got, paper)
		}
		if got := color.NRGBAModel.Convert(light.At(1, 1)); got != white {
			t.Errorf("%s: the print rendering's corner is %v, want white", name, got)
		}
		whites, inks := 0, 0
		b := dark.Bounds()
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				p := color.NRGBAModel.Convert(dark.At(x, y)).(color.NRGBA)
				if p == white {
					whites++
				}
				if p.R == 230 && p.G == 230 && p.B == 230 { // the light ink, at full coverage
					inks++
				}
			}
		}
		if whites > 0 {
			t.Errorf("%s: %d white pixels on dark paper", name, whites)
		}
		if inks == 0 {
			t.Errorf("%s: no text in light ink on dark paper", name)
		}
	}
}
