package charts

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"

	chart "github.com/go-analyze/charts/chartdraw"
)

// maxPixels bounds one raster chart (about 64 megapixels) so a wrong size cannot exhaust memory.
const maxPixels = 1 << 26

// RenderPNG draws c on a width×height canvas and encodes it as PNG of width*scale ×
// height*scale pixels: scale 2 gives a sharp chart on a high-DPI screen with the same layout.
func RenderPNG(c Chart, width, height int, scale float64) ([]byte, error) {
	img, err := RenderImage(c, width, height, scale)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// RenderImage draws c like RenderPNG and returns the image itself (an *image.RGBA).
func RenderImage(c Chart, width, height int, scale float64) (img image.Image, err error) {
	return renderImage(c, width, height, scale, printLook)
}

// RenderImageOn draws c like RenderImage on paper of the given colour, for a screen: on dark
// paper (a dark theme's background) the text, axes and grid are drawn in light ink. Exports
// and PDFs stay black on white.
func RenderImageOn(c Chart, width, height int, scale float64, paper color.Color) (image.Image, error) {
	return renderImage(c, width, height, scale, lookOn(paper))
}

func renderImage(c Chart, width, height int, scale float64, lk look) (img image.Image, err error) {
	if c == nil {
		return nil, errors.New("charts: no chart to draw")
	}
	if math.IsNaN(scale) || scale <= 0 || scale > 8 {
		return nil, fmt.Errorf("charts: scale %g is outside (0, 8]", scale)
	}
	pw, ph := int(math.Round(float64(width)*scale)), int(math.Round(float64(height)*scale))
	if width <= 0 || height <= 0 || pw <= 0 || ph <= 0 || pw*ph > maxPixels {
		return nil, fmt.Errorf("charts: cannot draw a %d×%d chart at scale %g", width, height, scale)
	}
	r := chart.PNG(pw, ph)
	var target chart.Renderer = raster{Renderer: r, look: lk}
	if scale != 1 {
		target = &scaled{Renderer: target, s: scale}
	}
	if err := safeDraw(c, target, width, height); err != nil {
		return nil, err
	}
	var col collector
	if err := r.Save(&col); err != nil {
		return nil, err
	}
	if col.img == nil {
		return nil, errors.New("charts: the raster renderer returned no image")
	}
	return col.img, nil
}

// RenderSVG draws c as an SVG document with a width×height view box (chartdraw's SVG writer
// XML-escapes the text and writes fractional stroke widths).
func RenderSVG(c Chart, width, height int) ([]byte, error) {
	if c == nil {
		return nil, errors.New("charts: no chart to draw")
	}
	if width <= 0 || height <= 0 || width*height > maxPixels {
		return nil, fmt.Errorf("charts: cannot draw a %d×%d chart", width, height)
	}
	r := chart.SVG(width, height)
	if err := safeDraw(c, r, width, height); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := r.Save(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// safeDraw runs c.Draw and turns a panic deep in a renderer into an error: a chart of odd data
// must never take the app down.
func safeDraw(c Chart, r chart.Renderer, width, height int) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("charts: drawing failed: %v", p)
		}
	}()
	return c.Draw(r, width, height)
}

// raster is chartdraw's raster renderer with the look asked for. Its glyphs are
// points×DPI/72 pixels, like the SVG and PDF text and the layout's measure, so the canvas's
// 72 DPI passes through unchanged. (go-chart, the library before it, sized them points×DPI/64,
// and this type used to set DPI×64/72 to make up for it; on chartdraw that shrank every word by
// 11 % inside the place measured for it, which is what widened the gaps between words.)
type raster struct {
	chart.Renderer
	look look // the paper and ink asked for
}

// chartLook is the look the canvas draws in.
func (r raster) chartLook() look { return r.look }

// wordwise asks charts to send raster text a word at a time (see canvas.text).
func (raster) wordwise() bool { return true }

type collector struct{ img *image.RGBA }

func (c *collector) SetRGBA(i *image.RGBA)       { c.img = i }
func (c *collector) Write(b []byte) (int, error) { return len(b), nil }

// scaled draws a chart laid out in logical units onto a renderer s times larger: coordinates,
// widths and font sizes are multiplied, measurements divided.
type scaled struct {
	chart.Renderer
	s float64
}

func (r *scaled) chartLook() look {
	if l, ok := r.Renderer.(interface{ chartLook() look }); ok {
		return l.chartLook()
	}
	return printLook
}

func (r *scaled) wordwise() bool {
	ww, ok := r.Renderer.(interface{ wordwise() bool })
	return ok && ww.wordwise()
}

func (r *scaled) n(v int) int { return int(math.Round(float64(v) * r.s)) }

func (r *scaled) SetStrokeWidth(w float64) { r.Renderer.SetStrokeWidth(w * r.s) }
func (r *scaled) SetFontSize(size float64) { r.Renderer.SetFontSize(size * r.s) }
func (r *scaled) MoveTo(x, y int)          { r.Renderer.MoveTo(r.n(x), r.n(y)) }
func (r *scaled) LineTo(x, y int)          { r.Renderer.LineTo(r.n(x), r.n(y)) }
func (r *scaled) Text(body string, x, y int) {
	r.Renderer.Text(body, r.n(x), r.n(y))
}
func (r *scaled) Circle(radius float64, x, y int) { r.Renderer.Circle(radius*r.s, r.n(x), r.n(y)) }
func (r *scaled) QuadCurveTo(cx, cy, x, y int) {
	r.Renderer.QuadCurveTo(r.n(cx), r.n(cy), r.n(x), r.n(y))
}

func (r *scaled) ArcTo(cx, cy int, rx, ry, start, delta float64) {
	r.Renderer.ArcTo(r.n(cx), r.n(cy), rx*r.s, ry*r.s, start, delta)
}

func (r *scaled) SetStrokeDashArray(d []float64) {
	if d == nil {
		r.Renderer.SetStrokeDashArray(nil)
		return
	}
	out := make([]float64, len(d))
	for i, v := range d {
		out[i] = v * r.s
	}
	r.Renderer.SetStrokeDashArray(out)
}

func (r *scaled) MeasureText(body string) chart.Box {
	b := r.Renderer.MeasureText(body)
	f := func(v int) int { return int(math.Round(float64(v) / r.s)) }
	return chart.Box{Top: f(b.Top), Left: f(b.Left), Right: f(b.Right), Bottom: f(b.Bottom)}
}

var (
	_ chart.Renderer = (*scaled)(nil)
	_ chart.Renderer = raster{}
)
