package ui

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

// TestGroupsSortByAColumnInView opens the Groups tab: the groups are sorted by a column in
// view at 1280 px, the largest first, and its header shows ▼.
func TestGroupsSortByAColumnInView(t *testing.T) {
	a := newTestApp(t, "")
	a.ShowView("groups")
	settle(a)
	v := a.ui.groups
	sorted := ""
	var x float32
	for _, o := range walk(v.table) {
		if h, ok := o.(*headerCell); ok && h.Visible() && strings.HasSuffix(h.Text, "▼") {
			sorted, x = h.title, h.Position().X+h.Size().Width
		}
	}
	if sorted == "" {
		t.Fatal("no header of the groups table shows ▲ or ▼")
	}
	if x > v.table.Size().Width {
		t.Errorf("sorted by %q, which ends at %.0f of a table %.0f wide", sorted, x, v.table.Size().Width)
	}
	for i := 1; i < len(v.groups); i++ {
		if compareGroups(v.groups[i-1], v.groups[i], a.groupBy.sort) < 0 {
			t.Errorf("groups not largest first by %q: %v", sorted, v.groups)
		}
	}
}

// TestGroupNamesWhole groups by the specific objective (long names): each name fits its
// column on one line or its row is high enough for the lines it wraps onto; nothing is cut.
func TestGroupNamesWhole(t *testing.T) {
	a := newTestApp(t, "")
	a.ShowView("groups")
	a.ui.groups.pick.SetSelected(fieldTitle(data.FieldSpecificObjective))
	settle(a)
	v := a.ui.groups
	l := widget.NewLabel("")
	one := l.MinSize().Height
	wrapped := 0
	for i, g := range v.groups {
		name := v.groupName(g)
		need := fyne.MeasureText(name, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
		if need <= v.nameWidth {
			continue
		}
		wrapped++
		lines := float32(math.Ceil(float64(need / v.nameWidth)))
		line := fyne.MeasureText(name, theme.TextSize(), fyne.TextStyle{}).Height
		if h := v.heights[i]; h < one+(lines-1)*line {
			t.Errorf("%q needs about %.0f lines; its row is %.0f high (one line %.0f)", name, lines, h, one)
		}
	}
	for _, o := range walk(v.table) {
		if l, ok := o.(*widget.Label); ok && l.Truncation != fyne.TextTruncateOff {
			t.Errorf("a cell %q cuts its text", l.Text)
		}
	}
	t.Logf("%d groups, %d wrapped, name column %.0f wide", len(v.groups), wrapped, v.nameWidth)
}

// TestGroupWithoutValueNamedAsTheChart: the table names a group without a value as the
// chart does ("(no value)", "(ei arvoa)"), not "n/a".
func TestGroupWithoutValueNamedAsTheChart(t *testing.T) {
	a := newTestApp(t, "")
	v := a.ui.groups
	v.grouping = data.Grouping{Field: data.FieldRegion, Groups: []data.Group{{Field: data.FieldRegion}}}
	v.groups = v.grouping.Groups
	l := widget.NewLabel("")
	v.updateCell(widget.TableCellID{Row: 0, Col: 0}, l)
	if l.Text != T("(no value)") || l.Text == data.Unknown(langCode()) {
		t.Errorf("a group without a value reads %q, want %q", l.Text, T("(no value)"))
	}
}

// The groups' export writes them in the order the Groups tab shows them.
func TestGroupsExportInTheTabsOrder(t *testing.T) {
	a := newTestApp(t, "")
	a.ShowView("groups")
	settle(a)
	path := filepath.Join(t.TempDir(), "groups.csv")
	a.ExportGroups(path, csvEnglish)
	settle(a)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")[1:] // the header first
	if len(lines) < len(a.ui.groups.groups) {
		t.Fatalf("%d lines for %d groups", len(lines), len(a.ui.groups.groups))
	}
	for i, g := range a.ui.groups.groups {
		if !strings.Contains(lines[i], g.Value) {
			t.Errorf("line %d is %q, the tab's group %d is %q", i+2, lines[i], i, g.Value)
		}
	}
}
