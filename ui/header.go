package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// headerCell is a table column's title that sorts on tap. It is a label, not a button, so it
// takes no keyboard focus: Tab does not walk through every column of a table.
type headerCell struct {
	widget.Label
	title    string // the title without the sort mark
	onTapped func()
}

func newHeaderCell() fyne.CanvasObject {
	h := &headerCell{}
	h.TextStyle.Bold = true
	h.Truncation = fyne.TextTruncateEllipsis
	h.ExtendBaseWidget(h)
	return h
}

// set shows title, with ▲ or ▼ when the column is sorted (sorted, desc), and what a tap does.
func (h *headerCell) set(title string, sorted, desc bool, align fyne.TextAlign, tapped func()) {
	h.title, h.onTapped, h.Alignment = title, tapped, align
	if sorted {
		title += map[bool]string{false: " ▲", true: " ▼"}[desc]
	}
	h.SetText(title)
}

// Tapped sorts.
func (h *headerCell) Tapped(*fyne.PointEvent) {
	if h.onTapped != nil {
		h.onTapped()
	}
}
