package export

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"vertailu/data"
)

// appearAt makes the hook put theirs at the target just before a whole file takes its name,
// as another run finishing first would.
func appearAt(t *testing.T, theirs string) {
	t.Helper()
	beforeNaming = func(target string) { os.WriteFile(target, []byte(theirs), 0o644) }
	t.Cleanup(func() { beforeNaming = nil })
}

// TestNoWriterReplacesAFileThatAppeared: a file made under the name between the start and the
// final step is kept, and the writer that does not replace says so with ErrAppeared; the
// batch export reports it as a failure, not as a file kept on purpose; with replace it is
// replaced. Both ways of placing (unnamed, named) are tried.
func TestNoWriterReplacesAFileThatAppeared(t *testing.T) {
	dir := t.TempDir()
	appearAt(t, "theirs")
	check := func(what, path string, err error) {
		t.Helper()
		if !errors.Is(err, ErrAppeared) || !errors.Is(err, os.ErrExist) {
			t.Errorf("%s: %v, want ErrAppeared", what, err)
		}
		if b, _ := os.ReadFile(path); string(b) != "theirs" {
			t.Errorf("%s: the file that appeared was replaced", what)
		}
	}
	p := filepath.Join(dir, "table.csv")
	check("a file", p, WriteNewFileContext(context.Background(), p, []byte("mine")))
	p = filepath.Join(dir, "named.csv")
	check("a named temporary", p, appeared(p, placeNamedContent(context.Background(), p, bytesContent([]byte("mine")), false)))
	ps := []*data.Project{synthProject(1), synthProject(2)}
	p = filepath.Join(dir, "pack.pdf")
	check("a pack", p, WritePackFile(context.Background(), p, ps, PackOptions{}))

	out := filepath.Join(dir, "summaries")
	os.Mkdir(out, 0o755)
	res, err := ExportSummaries(context.Background(), ps[:1], out, BatchOptions{})
	if err != nil || len(res.Skipped) != 1 || res.Skipped[0].Reason != ReasonAppeared {
		t.Errorf("a summary: %+v %v", res, err)
	}

	p = filepath.Join(dir, "replaced.pdf")
	if err := WritePackFile(context.Background(), p, ps, PackOptions{Replace: true}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) == "theirs" {
		t.Error("with Replace the pack did not replace the file")
	}
}
