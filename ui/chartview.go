package ui

import (
	"image"
	"image/color"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vertailu/charts"
)

// ChartView shows a chart rendered at the widget's real pixel size (its size times the
// canvas scale), so it stays sharp on high-DPI screens. Rendering runs off the UI goroutine
// once the size settles (one timer, pushed back by each resize); the image is applied with
// fyne.Do, and a result for an older chart or size is dropped.
type ChartView struct {
	widget.BaseWidget

	img     *canvas.Image
	bg      *Tasks
	mu      sync.Mutex // guards gen and pending: workers and the settle timer read them
	gen     int
	pending func(do func(func())) // the render waiting for the size to settle
	timer   *time.Timer           // starts pending once no resize came for settle
	chart   charts.Chart
	size    fyne.Size
	settle  time.Duration
	minSize fyne.Size
	paper   color.Color // the theme's background the chart was last drawn on
}

// NewChartView returns a view of c (may be nil) that runs its rendering through tasks.
func NewChartView(c charts.Chart, tasks *Tasks, minSize fyne.Size) *ChartView {
	v := &ChartView{chart: c, bg: tasks, settle: 60 * time.Millisecond, minSize: minSize}
	v.img = &canvas.Image{FillMode: canvas.ImageFillContain, ScaleMode: canvas.ImageScaleSmooth}
	v.ExtendBaseWidget(v)
	return v
}

// CreateRenderer returns the renderer of the chart image.
func (v *ChartView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.img)
}

// Refresh draws the chart again when the theme's background changed (a theme switch).
func (v *ChartView) Refresh() {
	if v.paper != nil && v.paper != theme.Color(theme.ColorNameBackground) {
		v.render()
	}
	v.BaseWidget.Refresh()
}

// MinSize is the size given at creation: a chart has no natural minimum.
func (v *ChartView) MinSize() fyne.Size { return v.minSize }

// SetChart replaces the chart and renders it at the current size.
func (v *ChartView) SetChart(c charts.Chart) {
	v.chart = c
	v.render()
}

// Resize re-renders the chart when the size really changed.
func (v *ChartView) Resize(s fyne.Size) {
	v.BaseWidget.Resize(s)
	if s == v.size {
		return
	}
	v.size = s
	v.render()
}

// render starts a render of the current chart at the current size and scale.
func (v *ChartView) render() {
	v.mu.Lock()
	v.gen++
	gen := v.gen
	v.mu.Unlock()
	c, size := v.chart, v.size
	if c == nil || size.Width < 20 || size.Height < 20 {
		v.img.Image = nil
		v.img.Refresh()
		return
	}
	scale := float64(canvasScale(v))
	// The chart's paper is the theme's background (white squares in a dark theme otherwise);
	// exports and PDFs draw on white.
	paper := theme.Color(theme.ColorNameBackground)
	v.paper = paper
	work := func(do func(func())) {
		if !v.current(gen) {
			return
		}
		img, err := charts.RenderImageOn(c, int(size.Width), int(size.Height), scale, paper)
		if err != nil {
			fyne.LogError("rendering a chart", err)
			return
		}
		do(func() { v.apply(gen, img) })
	}
	if v.bg.deferred { // a test: at once, and Wait sees it
		v.bg.Go(work)
		return
	}
	// A resize drag sends many sizes: one timer, pushed back by each, starts the render of the
	// last once they stop.
	v.mu.Lock()
	v.pending = work
	if v.timer == nil {
		v.timer = time.AfterFunc(v.settle, v.startPending)
	} else {
		v.timer.Reset(v.settle)
	}
	v.mu.Unlock()
}

// startPending starts the render waiting for the size to settle (on the timer's goroutine).
func (v *ChartView) startPending() {
	v.mu.Lock()
	work := v.pending
	v.pending = nil
	v.mu.Unlock()
	if work != nil {
		v.bg.Go(work)
	}
}

func (v *ChartView) current(gen int) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	return gen == v.gen
}

func (v *ChartView) apply(gen int, img image.Image) {
	if !v.current(gen) {
		return
	}
	v.img.Image = img
	v.img.Refresh()
}

// canvasScale is the scale of the canvas showing o (1 before it is shown).
func canvasScale(o fyne.CanvasObject) float32 {
	app := fyne.CurrentApp()
	if app == nil {
		return 1
	}
	if c := app.Driver().CanvasForObject(o); c != nil && c.Scale() > 0 {
		return c.Scale()
	}
	return 1
}
