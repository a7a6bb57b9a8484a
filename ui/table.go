package ui

import (
	"cmp"
	"image/color"
	"slices"
	"strings"
	"unicode/utf8"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/ui/session"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ProjectTable is the project list: one line per project, a check box to mark it, a header per
// column that sorts on tap (again to reverse) and shows the direction, numbers right-aligned,
// the whole selected row highlighted. Up and Down move the selection, Space toggles its mark;
// Ctrl-click toggles a mark, Shift-click marks a range. It holds rows; the owner
// decides what they are (OnSort asks it to re-query).
type ProjectTable struct {
	widget.Table

	// OnSort is called when a header is tapped, with the column key and direction wanted.
	OnSort func(key string, desc bool)
	// OnSelect is called when a row is selected (by tap or an arrow key).
	OnSelect func(p *data.Project)
	// OnMark is called after the marks changed.
	OnMark func()
	// OnClearMarks, when set, is asked to clear the marks when the ✓ header is tapped (the app
	// asks first and can undo); unset, the tap clears them at once.
	OnClearMarks func()
	// OnKey, when set, sees keys first; returning true consumes the key (F5 reload).
	OnKey func(ev *fyne.KeyEvent) bool

	cols     []data.Column
	lang     string
	rows     []*data.Project
	sortKey  string
	desc     bool
	selected *data.Project
	marks    *session.Marks
	mods     fyne.KeyModifier // modifiers held at the last mouse press
	own      *data.OwnIndex   // the officer's notes and tags: a mark on the code, a tags column
}

// markColumn is the table column of check boxes, before the data columns.
const markColumn = 0

// noteMark is put before the code of a project with notes of the officer's own.
const noteMark = "✎"

// SetOwn shows the officer's notes and tags: a mark before the code of a project with notes,
// and a column of tags after the others when any project has tags.
func (t *ProjectTable) SetOwn(own *data.OwnIndex) {
	t.own = own
	t.SetColumnWidths() // the code column makes room for the mark, the tags get theirs
}

// hasNotes reports whether any of ps has notes of the officer's own.
func (t *ProjectTable) hasNotes(ps []*data.Project) bool {
	for _, p := range ps {
		if t.own.NoteCount(p.Code) > 0 {
			return true
		}
	}
	return false
}

// tagColumns is 1 when the table shows a column of the officer's tags, else 0.
func (t *ProjectTable) tagColumns() int {
	if len(t.own.AllTags()) > 0 {
		return 1
	}
	return 0
}

// NewProjectTable returns an empty table over cols with titles in lang ("fi" or "en").
func NewProjectTable(cols []data.Column, lang string, marks *session.Marks) *ProjectTable {
	t := &ProjectTable{cols: cols, lang: lang, marks: marks}
	t.Length = func() (int, int) { return len(t.rows), len(t.cols) + 1 + t.tagColumns() }
	t.CreateCell = newTableCell
	t.UpdateCell = t.updateCell
	t.ShowHeaderRow = true
	t.CreateHeader = newHeaderCell
	t.UpdateHeader = t.updateHeader
	t.OnSelected = t.cellSelected
	t.ExtendBaseWidget(t)
	t.SetColumnWidth(markColumn, theme.IconInlineSize()+4*theme.Padding())
	return t
}

// SetRows replaces the rows shown, keeping the selection highlighted if it is still there.
func (t *ProjectTable) SetRows(rows []*data.Project) {
	t.rows = rows
	t.Refresh()
}

// Rows returns the rows shown, in order.
func (t *ProjectTable) Rows() []*data.Project { return t.rows }

// SetSort records the sort shown in the headers (it does not sort).
func (t *ProjectTable) SetSort(key string, desc bool) {
	t.sortKey, t.desc = key, desc
	t.Refresh()
}

// Selected returns the selected project, or nil.
func (t *ProjectTable) Selected() *data.Project { return t.selected }

// SelectProject selects p (nil clears) without scrolling, and tells OnSelect.
func (t *ProjectTable) SelectProject(p *data.Project) {
	t.selected = p
	t.Refresh()
	if t.OnSelect != nil {
		t.OnSelect(p)
	}
}

// TapHeader sorts by the data column col the way a tap on its header does: a new column
// sorts ascending, the same column again reverses.
func (t *ProjectTable) TapHeader(col int) {
	if col < 0 || col >= len(t.cols) {
		return
	}
	key := t.cols[col].Key
	desc := false
	if key == t.sortKey {
		desc = !t.desc
	}
	t.sortKey, t.desc = key, desc
	if t.OnSort != nil {
		t.OnSort(key, desc)
	}
}

// MouseDown remembers Ctrl and Shift for the tap that follows.
func (t *ProjectTable) MouseDown(e *desktop.MouseEvent) {
	t.mods = e.Modifier
	t.Table.MouseDown(e)
}

// cellSelected selects the row; with Ctrl (Cmd on macOS) held it also toggles the row's
// mark, with Shift it marks every row from the selected one to this one.
func (t *ProjectTable) cellSelected(id widget.TableCellID) {
	mods := t.mods
	t.mods = 0
	switch {
	case id.Col == markColumn, mods&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0:
		t.ToggleMark(id.Row)
	case mods&fyne.KeyModifierShift != 0:
		t.markRange(t.indexOf(t.selected), id.Row)
	}
	t.selectRow(id.Row)
}

// markRange marks rows from..to (either order); from < 0 marks only to.
func (t *ProjectTable) markRange(from, to int) {
	if to < 0 || to >= len(t.rows) {
		return
	}
	if from < 0 {
		from = to
	}
	for i := min(from, to); i <= max(from, to); i++ {
		t.marks.Set(t.rows[i], true)
	}
	t.Refresh()
	if t.OnMark != nil {
		t.OnMark()
	}
}

// TypedKey moves the selection with Up and Down, marks with Space and passes other keys to the
// table.
func (t *ProjectTable) TypedKey(ev *fyne.KeyEvent) {
	if t.OnKey != nil && t.OnKey(ev) {
		return
	}
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown:
		t.Table.TypedKey(ev)
		t.moveSelection(ev.Name == fyne.KeyDown)
		return
	case fyne.KeySpace: // the selection already follows the arrows: Space marks, as in a file list
		t.ToggleMark(t.indexOf(t.selected))
		return
	}
	t.Table.TypedKey(ev)
}

func (t *ProjectTable) moveSelection(down bool) {
	if len(t.rows) == 0 {
		return
	}
	i := t.indexOf(t.selected)
	switch {
	case i < 0:
		i = 0
	case down && i < len(t.rows)-1:
		i++
	case !down && i > 0:
		i--
	}
	t.ScrollTo(widget.TableCellID{Row: i, Col: 1})
	t.selectRow(i)
}

// ScrollToProject scrolls p's row into view (nothing when it is not shown).
func (t *ProjectTable) ScrollToProject(p *data.Project) {
	if i := t.indexOf(p); i >= 0 {
		t.ScrollTo(widget.TableCellID{Row: i, Col: 1})
	}
}

func (t *ProjectTable) indexOf(p *data.Project) int {
	if p == nil {
		return -1
	}
	for i, q := range t.rows {
		if q == p {
			return i
		}
	}
	return -1
}

func (t *ProjectTable) selectRow(row int) {
	if row < 0 || row >= len(t.rows) {
		return
	}
	t.SelectProject(t.rows[row])
}

// ToggleMark marks or unmarks the project in row, as its check box does.
func (t *ProjectTable) ToggleMark(row int) {
	if row < 0 || row >= len(t.rows) {
		return
	}
	p := t.rows[row]
	t.setMark(p, !t.marks.Has(p))
}

func (t *ProjectTable) setMark(p *data.Project, on bool) {
	t.marks.Set(p, on)
	t.Refresh()
	if t.OnMark != nil {
		t.OnMark()
	}
}

// tableCell is one cell's template: a row background, a check mark (mark column) or a label.
// The mark is an icon, not a check box: a check box per row would take the keyboard focus
// and Tab would walk through every row. A tap on it (or Space, or Ctrl-click) marks.
type tableCell struct {
	bg    *canvas.Rectangle
	check *widget.Icon
	label *cellLabel
}

func newTableCell() fyne.CanvasObject {
	bg := canvas.NewRectangle(color.Transparent)
	check := widget.NewIcon(theme.CheckButtonIcon())
	label := newCellLabel()
	c := container.NewStack(bg, container.NewCenter(check), label)
	return c
}

func cellParts(o fyne.CanvasObject) tableCell {
	c := o.(*fyne.Container)
	check := c.Objects[1].(*fyne.Container).Objects[0].(*widget.Icon)
	return tableCell{bg: c.Objects[0].(*canvas.Rectangle), check: check, label: c.Objects[2].(*cellLabel)}
}

func (t *ProjectTable) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Row < 0 || id.Row >= len(t.rows) {
		return
	}
	p := t.rows[id.Row]
	cell := cellParts(o)
	cell.bg.FillColor = t.rowColour(p)
	cell.bg.Refresh()
	if id.Col == markColumn {
		cell.label.Hide()
		cell.check.Show()
		if t.marks.Has(p) {
			cell.check.SetResource(theme.NewPrimaryThemedResource(theme.CheckButtonCheckedIcon()))
		} else {
			cell.check.SetResource(theme.CheckButtonIcon())
		}
		return
	}
	cell.check.Hide()
	cell.label.Show()
	if id.Col-1 >= len(t.cols) { // the officer's tags
		cell.label.Alignment = fyne.TextAlignLeading
		cell.label.Importance = widget.MediumImportance
		cell.label.SetText(strings.Join(t.own.Tags(p.Code), ", "))
		return
	}
	col := t.cols[id.Col-1]
	cell.label.Alignment = fyne.TextAlignLeading
	if col.Kind.Numeric() {
		cell.label.Alignment = fyne.TextAlignTrailing
	}
	text, importance := cellText(col, p, t.lang)
	if col.Key == "code" && t.own.NoteCount(p.Code) > 0 {
		text = noteMark + " " + text
	}
	cell.label.Importance = importance
	cell.label.SetFull(text)
}

// cellText is what a cell shows and how strongly: a utilisation over 100 % is flagged with ⚠
// in the warning colour, an unknown figure is muted, and the code of a project loaded with
// warnings or incomplete carries ⚠ too, and so does a negative figure (a list's correction).
func cellText(col data.Column, p *data.Project, lang string) (string, widget.Importance) {
	text := oneLine(words.Of(lang).Cell(col, p))
	empty := strings.TrimSpace(text) == "" // not given (a list gives no objective, places, …)
	if empty {
		text = "–"
	}
	switch {
	case col.Key == "code" && data.NeedsALook(p):
		return "⚠ " + text, widget.WarningImportance
	case col.Kind.Numeric() && !col.Number(p).Known:
		return text, widget.LowImportance
	case col.Kind.Numeric() && col.Number(p).V < 0: // a list's correction, kept as published
		return "⚠ " + text, widget.WarningImportance
	case col.Kind == data.KindPercent && strings.HasPrefix(col.Key, "utilisation") && data.UtilisationFlagged(col.Number(p)):
		return "⚠ " + text, widget.WarningImportance
	case empty:
		return text, widget.LowImportance
	}
	return text, widget.MediumImportance
}

// rowColour highlights the selected row and tints marked ones.
func (t *ProjectTable) rowColour(p *data.Project) color.Color {
	switch {
	case p == t.selected:
		return theme.Color(theme.ColorNameSelection)
	case t.marks.Has(p): // a hue of its own, so a mark never looks like the selection
		return withAlpha(theme.Color(theme.ColorNameSuccess), 0x40)
	}
	return color.Transparent
}

func withAlpha(c color.Color, a uint8) color.Color {
	r, g, b, _ := c.RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: a}
}

func (t *ProjectTable) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h, ok := o.(*headerCell)
	if !ok || id.Col < 0 {
		return
	}
	if id.Col == markColumn {
		h.set("✓", false, false, fyne.TextAlignCenter, t.tapMarkHeader) // a tap clears the marks
		return
	}
	if id.Col-1 >= len(t.cols) {
		h.set(T("Tags"), false, false, fyne.TextAlignLeading, func() {})
		return
	}
	col := t.cols[id.Col-1]
	align := fyne.TextAlignLeading
	if col.Kind.Numeric() {
		align = fyne.TextAlignTrailing
	}
	c := id.Col - 1
	h.set(words.Of(t.lang).Column(col), col.Key == t.sortKey, t.desc, align, func() { t.TapHeader(c) })
}

// tapMarkHeader clears the marks, through OnClearMarks when it is set.
func (t *ProjectTable) tapMarkHeader() {
	if t.marks.Len() == 0 {
		return
	}
	if t.OnClearMarks != nil {
		t.OnClearMarks()
		return
	}
	t.ClearMarks()
}

// ClearMarks unmarks every project.
func (t *ProjectTable) ClearMarks() {
	if t.marks.Len() == 0 {
		return
	}
	t.marks.Clear()
	t.Refresh()
	if t.OnMark != nil {
		t.OnMark()
	}
}

// MarkAll marks ps (those not yet marked, in their order).
func (t *ProjectTable) MarkAll(ps []*data.Project) {
	for _, p := range ps {
		t.marks.Set(p, true)
	}
	t.Refresh()
	if t.OnMark != nil {
		t.OnMark()
	}
}

// SetColumnWidths sizes each data column to its title and the widest of the first rows'
// values, within sensible bounds, so every column is readable without wrapping.
func (t *ProjectTable) SetColumnWidths() {
	size := theme.TextSize()
	pad := 2*theme.InnerPadding() + 2*theme.Padding()     // the header label's padding
	cellPad := 2*theme.InnerPadding() + 2*theme.Padding() // a label's padding, and a little air
	sample := t.rows
	if len(sample) > 300 {
		sample = sample[:300]
	}
	widths := make([]float32, len(t.cols))
	for i, col := range t.cols {
		w := fyne.MeasureText(words.Of(t.lang).Column(col)+" ▲", size, fyne.TextStyle{Bold: true}).Width + pad
		for _, v := range longestValues(col, sample, t.lang, 5) {
			if col.Key == "code" && t.hasNotes(sample) {
				v = noteMark + " " + v
			}
			extra := float32(0)
			if strings.Contains(v, "⚠") { // drawn from a fallback font, wider than measured
				extra = size
			}
			w = max(w, fyne.MeasureText(v, size, fyne.TextStyle{}).Width+cellPad+extra)
		}
		widths[i] = min(max(w, 60), maxColumnWidth(col))
	}
	// Each SetColumnWidth refreshes the whole table: with the rows held back, that refresh
	// has no cells to fill, and one refresh at the end fills them.
	rows := t.rows
	t.rows = nil
	for i, w := range widths {
		t.SetColumnWidth(i+1, w)
	}
	if t.tagColumns() > 0 {
		t.SetColumnWidth(len(t.cols)+1, 180)
	}
	t.rows = rows
	t.Refresh()
}

// longestValues returns the n values of col with the most letters among ps: measuring those
// is as good as measuring all (the UI goroutine measured 8,400 texts after each load).
func longestValues(col data.Column, ps []*data.Project, lang string, n int) []string {
	vs := make([]string, len(ps))
	for i, p := range ps {
		vs[i], _ = cellText(col, p, lang)
	}
	slices.SortFunc(vs, func(a, b string) int {
		return cmp.Compare(utf8.RuneCountInString(b), utf8.RuneCountInString(a))
	})
	return vs[:min(n, len(vs))]
}

// maxColumnWidth bounds the long text columns; the full value is in the details.
func maxColumnWidth(c data.Column) float32 {
	switch c.Key {
	case "name", "applicant":
		return 280
	case "code", "status", "fund":
		return 180
	}
	if c.Kind.Numeric() {
		return 210 // "Myönnetty EU+valtio €" in bold, and the sort mark
	}
	return 220
}
