package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
)

// TestExportKeepsAFileThatAppeared: an export to a name that was free when chosen never
// replaces a file made there while it was being written (another export, another program):
// that file is kept and the app says so.
func TestExportKeepsAFileThatAppeared(t *testing.T) {
	a := newTestApp(t, "")
	path := filepath.Join(t.TempDir(), "table.csv")
	a.confirmWrite(path, func(replace bool) {
		a.writeInBackground(path, replace, notTable, func(b *bytes.Buffer) error {
			os.WriteFile(path, []byte("theirs"), 0o644) // appears while the export is made
			b.WriteString("mine")
			return nil
		})
	})
	settle(a)
	if b, _ := os.ReadFile(path); string(b) != "theirs" {
		t.Errorf("the file that appeared was replaced: %q", b)
	}
	said := false
	for _, o := range objects(a) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "appeared while the export was being written") {
			said = true
		}
	}
	if !said || strings.Contains(a.lastDone, "Saved") {
		t.Errorf("the app does not say the file was kept (done %q)", a.lastDone)
	}
}
