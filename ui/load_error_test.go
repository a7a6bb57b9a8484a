package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"vertailu/data"
)

// TestMissingFolderSaidInFinnish: a folder that cannot be opened is said in the interface's
// language, its cause too (the system's English never reaches a Finnish screen).
func TestMissingFolderSaidInFinnish(t *testing.T) {
	a := New(test.NewTempApp(t), data.NewStore(), Options{Lang: LangFinnish, deferred: true})
	t.Cleanup(func() { a.Window().Close() })
	a.Window().Resize(fyne.NewSize(1280, 800))
	settle(a)
	missing := filepath.Join(t.TempDir(), "Hankkeet")
	a.Open(missing)
	settle(a)
	var said []string
	for _, o := range objects(a) {
		switch w := o.(type) {
		case *widget.Label:
			said = append(said, w.Text)
		case *widget.RichText:
			said = append(said, w.String())
		}
	}
	all := strings.Join(said, "\n")
	if !strings.Contains(all, "Kansiota "+missing+" ei voi avata: tiedostoa tai kansiota ei ole") || strings.Contains(all, "no such file") {
		t.Errorf("the dialog says:\n%s", all)
	}
}
