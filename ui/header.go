package ui

import (
	"fyne.io/fyne/v2"
)

// headerCell is a table column's title that sorts on tap. It is a label, not a button, so it
// takes no keyboard focus: Tab does not walk through every column of a table. Its title is cut
// to the column as a cell's text is (cellLabel): Fyne's table refreshes every header twice at
// each redraw, and its own truncation shaped each title anew every time.
type headerCell struct {
	cellLabel
	title    string // the title without the sort mark
	onTapped func()
}

func newHeaderCell() fyne.CanvasObject {
	h := &headerCell{}
	h.TextStyle.Bold = true
	h.ExtendBaseWidget(h)
	return h
}

// set shows title, with ▲ or ▼ when the column is sorted (sorted, desc), and what a tap does.
func (h *headerCell) set(title string, sorted, desc bool, align fyne.TextAlign, tapped func()) {
	h.title, h.onTapped = title, tapped
	if sorted {
		title += map[bool]string{false: " ▲", true: " ▼"}[desc]
	}
	if title == h.full && align == h.Alignment {
		return // as shown: the table redraws its headers at every change of its rows
	}
	h.Alignment = align
	h.SetFull(title)
}

// Tapped sorts.
func (h *headerCell) Tapped(*fyne.PointEvent) {
	if h.onTapped != nil {
		h.onTapped()
	}
}
