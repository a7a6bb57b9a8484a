package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The meeting pack of the marked projects: in the table's order, titled as asked, and
// offered to open; a second pack over it asks first.
func TestExportPackOfMarkedProjects(t *testing.T) {
	a := newTestApp(t, "")
	a.sortBy("granted_eu_state", true)
	settle(a)
	rows := a.ui.table.Rows()
	a.ui.table.ToggleMark(3)
	a.ui.table.ToggleMark(0)
	path := filepath.Join(t.TempDir(), "pack.pdf")
	a.ExportPackWith(path, ScopeMarked, "Ohjausryhmä", nil, false)
	settle(a)
	if !strings.Contains(a.lastDone, "A meeting pack of 2 projects saved") || !labelShownIn(a, "Open the PDF") {
		t.Fatalf("done = %q", a.lastDone)
	}
	text := strings.Join(strings.Fields(pdfText(t, path)), " ")
	first, second := strings.Index(text, rows[0].Code+" "), strings.Index(text, rows[3].Code+" ")
	if !strings.Contains(text, "Ohjausryhmä") || !strings.Contains(text, "the projects marked in the table") || first < 0 || second < first {
		t.Errorf("the pack is not the marked projects in the table's order: %d %d\n%.600s", first, second, text)
	}
	before, _ := os.Stat(path)
	a.lastDone = ""
	a.ExportPackWith(path, ScopeVisible, "", nil, false)
	tapButton(t, a, "Cancel")
	settle(a)
	if after, _ := os.Stat(path); !after.ModTime().Equal(before.ModTime()) || a.lastDone != "" {
		t.Error("the pack was replaced without asking")
	}
	a.ExportPackWith(path, ScopeVisible, "", nil, false)
	tapButton(t, a, "Overwrite")
	settle(a)
	if !strings.Contains(a.lastDone, "A meeting pack of 5 projects saved") {
		t.Errorf("done after overwriting = %q", a.lastDone)
	}
}
