package ui

import (
	"math"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// cellLabel is a table cell's label: its text cut to the cell's width with an ellipsis, as
// Fyne's truncating label cuts it, but each text and width measured once (fits): Fyne's own
// truncation shapes the text again at every redraw, which made a redraw of the project table
// take 20–28 ms at 1280×800 (BenchmarkUISteps22k), more than a frame.
type cellLabel struct {
	widget.Label
	full string
}

func newCellLabel() *cellLabel {
	l := &cellLabel{}
	l.ExtendBaseWidget(l)
	return l
}

// SetFull shows text, cut to the label's width.
func (l *cellLabel) SetFull(text string) {
	l.full = text
	l.Label.SetText(fits.fit(text, l.room(l.Size().Width), l.TextStyle))
}

// Resize cuts the text again for the new width (a column dragged wider or narrower).
func (l *cellLabel) Resize(s fyne.Size) {
	if s == l.Size() {
		return
	}
	l.BaseWidget.Resize(s)
	if cut := fits.fit(l.full, l.room(s.Width), l.TextStyle); cut != l.Text {
		l.Label.SetText(cut)
	}
}

// room is the width the text has in a label of width w: less the label's padding.
func (l *cellLabel) room(w float32) float32 { return w - 2*theme.InnerPadding() }

// fitCache remembers texts cut to a width: a table redrawn at each keystroke shows the same
// texts at the same widths again and again.
type fitCache struct {
	mu sync.Mutex
	m  map[fitKey]string
}

type fitKey struct {
	text  string
	width int     // in whole pixels
	size  float32 // the text size: a theme's change measures anew
	style fyne.TextStyle
}

// fits is the cut texts of every table (one process has one theme at a time).
var fits = &fitCache{}

// maxFits bounds the cache: it is emptied when full (a table shows some hundreds of texts).
const maxFits = 20_000

// fit is text cut to width, with "…" when cut; the whole text when it fits or the width is not
// known yet.
func (c *fitCache) fit(text string, width float32, style fyne.TextStyle) string {
	if width <= 0 || text == "" {
		return text
	}
	size := theme.TextSize()
	k := fitKey{text, int(math.Floor(float64(width))), size, style}
	c.mu.Lock()
	cut, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return cut
	}
	cut = cutToWidth(text, float32(k.width), size, style)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxFits {
		c.m = map[fitKey]string{}
	}
	c.m[k] = cut
	c.mu.Unlock()
	return cut
}

// cutToWidth is the longest beginning of text that, with "…", is no wider than width (a binary
// search over its letters); the text itself when it fits.
func cutToWidth(text string, width, size float32, style fyne.TextStyle) string {
	measure := func(s string) float32 { return fyne.MeasureText(s, size, style).Width }
	if measure(text) <= width {
		return text
	}
	r := []rune(text)
	lo, hi := 0, len(r) // the longest prefix that fits is in [lo, hi)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if measure(string(r[:mid])+"…") <= width {
			lo = mid
		} else {
			hi = mid
		}
	}
	return string(r[:lo]) + "…"
}
