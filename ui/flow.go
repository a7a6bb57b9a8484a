package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowGrid lays its objects out like words in a paragraph: as many on a row as their
// natural widths allow, each full row stretched to the width (the last one as much as the
// row above), so the filter row becomes two rows on a narrow window instead of cutting labels. It spans the window's width (MinSize).
type flowGrid struct {
	box     *fyne.Container
	cell    float32 // the least width of a cell (0: its own minimum)
	squeeze float32 // a row may be narrowed to this share of its natural width before it wraps (0: not at all)
}

// newFlowGrid returns a container of objs laid out by a flowGrid.
func newFlowGrid(objs ...fyne.CanvasObject) *fyne.Container { return newCellGrid(0, objs...) }

// newCellGrid is newFlowGrid with cells at least cell wide: charts side by side while they
// stay readable, fewer on a row on a narrow window.
func newCellGrid(cell float32, objs ...fyne.CanvasObject) *fyne.Container {
	g := &flowGrid{cell: cell}
	g.box = container.New(g, objs...)
	return g.box
}

// natural is the width o needs to show its text whole: a select's chosen value (its minimum
// size is only that of its placeholder), any other object's minimum.
func (g *flowGrid) natural(o fyne.CanvasObject) float32 { return max(g.cell, natural(o)) }

func natural(o fyne.CanvasObject) float32 {
	if m, ok := o.(*multiSelect); ok {
		o = &m.Select
	}
	s, ok := o.(*widget.Select)
	if !ok {
		return o.MinSize().Width
	}
	text := s.Selected
	if text == "" {
		text = s.PlaceHolder
	}
	pad := theme.InnerPadding()
	return max(s.MinSize().Width, fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width+pad*6+theme.IconInlineSize())
}

// rows packs objs into rows no wider than width (width/squeeze: Layout narrows them).
func (g *flowGrid) rows(objs []fyne.CanvasObject, width float32) [][]fyne.CanvasObject {
	var rows [][]fyne.CanvasObject
	var row []fyne.CanvasObject
	used, limit := float32(0), width
	if g.squeeze > 0 && g.squeeze < 1 {
		limit = width / g.squeeze
	}
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		w := g.natural(o)
		if len(row) > 0 && used+theme.Padding()+w > limit {
			rows, row, used = append(rows, row), nil, 0
		}
		if len(row) > 0 {
			used += theme.Padding()
		}
		row, used = append(row, o), used+w
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

func (g *flowGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	h := rowHeight(objs)
	rows := g.rows(objs, size.Width)
	scale := float32(1)
	for r, row := range rows {
		total := float32(0)
		for _, o := range row {
			total += g.natural(o)
		}
		if r < len(rows)-1 || len(rows) == 1 { // full rows stretch to the width
			scale = (size.Width - pad*float32(len(row)-1)) / total
		} // the last of several rows keeps the scale of the row above, left-aligned
		x := float32(0)
		for _, o := range row {
			w := g.natural(o) * scale
			o.Move(fyne.NewPos(x, float32(r)*(h+pad)))
			o.Resize(fyne.NewSize(w, h))
			x += w + pad
		}
	}
}

func rowHeight(objs []fyne.CanvasObject) float32 {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return h
}

// MinSize is as high as the rows take at the width the grid will get: the window's, as the
// grid spans it (a layout asks for the height before it gives the width).
func (g *flowGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	width := float32(0)
	for _, o := range objs {
		width = max(width, g.natural(o))
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(g.box); c != nil && c.Size().Width > 0 {
		width = max(width, c.Size().Width-2*theme.Padding())
	}
	n := max(1, len(g.rows(objs, width)))
	return fyne.NewSize(0, float32(n)*rowHeight(objs)+float32(n-1)*theme.Padding())
}

// shrinkable lets an object be laid out narrower than its own minimum (a search field whose
// placeholder is long): its minimum width is minWidth, its height its own.
type shrinkable struct{ minWidth float32 }

func (s shrinkable) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (s shrinkable) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(s.minWidth, rowHeight(objs))
}
