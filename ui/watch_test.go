package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"
)

func TestFolderWatcherDebounces(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	calls := make(chan struct{}, 10)
	fw, err := newFolderWatcher(dir, func() { calls <- struct{}{} })
	if err != nil {
		t.Fatal(err)
	}
	defer fw.close()
	for i := range 5 { // a burst of changes, one in a subfolder
		os.WriteFile(filepath.Join(dir, "f"+string(rune('a'+i))+".txt"), []byte("x"), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "sub", "g.txt"), []byte("x"), 0o644)
	select {
	case <-calls:
	case <-time.After(5 * time.Second):
		t.Fatal("no reload after files changed")
	}
	// More reloads may follow when a busy machine spread the burst over more than the
	// debounce; one for each of the six changes would mean no debounce at all.
	n := 1
	for {
		select {
		case <-calls:
			n++
			continue
		case <-time.After(2 * debounce):
		}
		break
	}
	if n >= 6 {
		t.Errorf("a burst of 6 changes asked for %d reloads", n)
	}
}

func TestSearchFocusAndFinnishFolderDialog(t *testing.T) {
	a := newTestApp(t, "")
	c := a.Window().Canvas()
	a.FocusSearch() // Ctrl+F (the test canvas cannot type shortcuts)
	if c.Focused() != a.ui.search {
		t.Errorf("FocusSearch did not focus the search field")
	}
	a.SwitchLanguage(LangFinnish)
	t.Cleanup(func() { SetLanguage(LangEnglish) })
	a.ShowOpenFolder()                                 // Ctrl+O
	for _, want := range []string{"Avaa", "Peruuta"} { // Fyne's own dialog strings, in Finnish
		if !labelShownIn(a, want) {
			t.Errorf("the folder dialog has no %q button", want)
		}
	}
}

// labelShownIn reports whether any overlay holds a button or label reading text.
func labelShownIn(a *App, text string) bool {
	for _, o := range a.Window().Canvas().Overlays().List() {
		for _, c := range walk(o) {
			if b, ok := c.(*widget.Button); ok && b.Text == text {
				return true
			}
		}
	}
	return false
}
