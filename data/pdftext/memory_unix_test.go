//go:build unix

package pdftext_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"

	"vertailu/data/pdftext"
)

// A load of the crafted PDFs (each took 3.6 to 6.3 GB) and the real description stays within
// the memory cap and a few hundred megabytes more, as the peak of the whole process: each
// bomb is skipped as needing too much memory, the description is read. Under the race
// detector, which makes it slow, the forms alone.
func TestWholeLoadStaysInMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads three PDFs up to the memory cap")
	}
	real := sharedPDF(t)
	if _, _, err := pdftext.Reader().PageTexts(t.Context(), real); err != nil { // the cache filled
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string][]byte{"a.pdf": formBomb(), "b.pdf": textBomb(), "c.pdf": inflateBomb(), "S22829.pdf": real}
	want := "S22829.pdf \na.pdf pdf_memory\nb.pdf pdf_memory\nc.pdf pdf_memory\n"
	if pdftext.RaceEnabled {
		delete(files, "b.pdf")
		delete(files, "c.pdf")
		want = "S22829.pdf \na.pdf pdf_memory\n"
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "VERTAILU_TEST_LOAD="+dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != want {
		t.Errorf("read\n%s\nwant\n%s", out, want)
	}
	peak := int64(cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss)
	if runtime.GOOS != "darwin" { // kilobytes elsewhere
		peak <<= 10
	}
	t.Logf("peak RSS %d MB", peak>>20)
	limit := int64(pdftext.MemoryLimit + 512<<20) // measured: 570 MB
	if pdftext.RaceEnabled {
		limit += 512 << 20 // the race detector's shadow memory: 630 MB, once 1,132 MB
	}
	if peak > limit {
		t.Errorf("peak RSS %d MB, over %d MB", peak>>20, limit>>20)
	}
}
