//go:build unix

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"vertailu/data/pdftext"
)

// formBomb is a 3 KB PDF whose page draws a form that draws the next ten times, nine deep:
// PDFium reads it for seconds, up to the memory cap.
func formBomb() []byte {
	var objs []string
	objs = append(objs, "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X 5 0 R >> >> /Contents 4 0 R >>")
	stream := func(dict, content string) string {
		return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(content), content)
	}
	objs = append(objs, stream("", "/X Do"))
	for i := range 9 {
		n := len(objs) + 1
		if i == 8 {
			objs = append(objs, stream(fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F %d 0 R >> >>", n+1),
				"BT /F 12 Tf 72 700 Td (Hankekoodi) Tj ET"), "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
			break
		}
		objs = append(objs, stream(fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X %d 0 R >> >>", n+1),
			strings.Repeat("/X Do ", 10)))
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	var offsets []int
	for i, o := range objs {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// Ctrl+C or a polite kill while PDFium reads a slow PDF ends check, table and pack within a
// second, with the interrupted status, leaving no file behind. (The reader had made them wait
// for the PDF, up to 30 seconds.)
func TestSignalEndsAPDFRead(t *testing.T) {
	in := t.TempDir()
	for _, name := range []string{"hidas1.pdf", "hidas2.pdf", "hidas3.pdf", "hidas4.pdf"} { // seconds each
		if err := os.WriteFile(filepath.Join(in, name), formBomb(), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// The reader's start, compiled once into the cache, so that the commands below start from
	// it (a second) and are inside the PDF after two.
	if _, _, err := pdftext.Reader().PageTexts(t.Context(), []byte("%PDF-1.7\n")); err == nil {
		t.Fatal("an empty PDF read")
	}
	out := t.TempDir()
	for _, c := range []struct {
		sig  syscall.Signal
		args []string
	}{
		{syscall.SIGINT, []string{"check", in}},
		{syscall.SIGTERM, []string{"table", "--out", filepath.Join(out, "taulukko.csv"), in}},
		{syscall.SIGINT, []string{"pack", "--out", filepath.Join(out, "kokous.pdf"), in}},
	} {
		cmd := vertailuProcess(t, c.args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(2 * time.Second)
		sent := time.Now()
		cmd.Process.Signal(c.sig)
		cmd.Wait()
		took := time.Since(sent)
		t.Logf("%s: %v: exit %d after %v", c.args[0], c.sig, cmd.ProcessState.ExitCode(), took)
		// Exit 130 says the signal stopped it inside the PDF (whose text takes far longer
		// than the test); how soon is logged, not asserted: a busy machine is only slower.
		if code := cmd.ProcessState.ExitCode(); code != exitInterrupted {
			t.Errorf("%s: %v: exit %d after %v, want %d\n%s", c.args[0], c.sig, code, took, exitInterrupted, stderr.Bytes())
		}
	}
	if left, _ := os.ReadDir(out); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
}
