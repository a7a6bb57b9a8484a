package export

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	"vertailu/data"
)

func TestFileNames(t *testing.T) {
	long := strings.Repeat("Pitkä nimi ", 30)[:300]
	ps := []*data.Project{
		{Code: "S1", Name: "a/b\\c"},
		{Code: "..", Name: ".."},
		{Code: "CON"},
		{Code: "nul", Name: ""},
		{Code: "S2", Name: "Hyvä 😀 hanke 🇫🇮"},
		{Code: "S3", Name: long},
		{Code: "S4", Name: "Sama"},
		{Code: "S4", Name: "Sama"},
		{Code: "s4", Name: "SAMA"},
		{Code: "S5", Name: `x<>:"|?*` + "\x00\t\n y. "},
		{Code: "", Name: ""},
		nil,
		{Code: "COM1", Name: ""},
		{Code: "S6", Name: "../../../etc/passwd"},
	}
	names := FileNames(ps)
	seen := map[string]bool{}
	for i, n := range names {
		stem := strings.TrimSuffix(n, ".pdf")
		switch {
		case !strings.HasSuffix(n, ".pdf"):
			t.Errorf("%d: %q does not end in .pdf", i, n)
		case strings.ContainsAny(n, `/\<>:"|?*`) || strings.Contains(n, ".."):
			t.Errorf("%d: %q has a separator, a refused character or ..", i, n)
		case strings.HasPrefix(n, "."):
			t.Errorf("%d: %q is hidden", i, n)
		case reservedName(stem):
			t.Errorf("%d: %q is a reserved device name", i, n)
		case len(n) > maxStem+len(".pdf") || !utf8.ValidString(n):
			t.Errorf("%d: %q is %d bytes or invalid UTF-8", i, n, len(n))
		case strings.IndexFunc(n, func(r rune) bool { return r > 0xFFFF || r < 0x20 }) >= 0:
			t.Errorf("%d: %q has an emoji or a control character", i, n)
		case seen[strings.ToLower(n)]:
			t.Errorf("%d: %q repeats an earlier name", i, n)
		}
		seen[strings.ToLower(n)] = true
	}
	want := map[int]string{
		0: "S1_a_b_c.pdf", 2: "CON_.pdf", 3: "nul_.pdf", 4: "S2_Hyvä_hanke.pdf",
		6: "S4_Sama.pdf", 7: "S4_Sama_2.pdf", 8: "s4_SAMA_3.pdf", 12: "COM1_.pdf", 13: "S6_etc_passwd.pdf",
	}
	for i, w := range want {
		if names[i] != w {
			t.Errorf("name %d = %q, want %q", i, names[i], w)
		}
	}
	if !strings.HasPrefix(names[5], "S3_Pitkä_nimi_Pitkä") {
		t.Errorf("a long name became %q", names[5])
	}
}

// dirFiles lists dir's entries.
func dirFiles(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

func TestExportSummaries(t *testing.T) {
	ps := seeds(t)
	ps = append(ps, ps[0]) // a duplicate code
	dir := t.TempDir()
	var calls, last atomic.Int64
	res, err := ExportSummaries(context.Background(), ps, dir, BatchOptions{
		Now: testNow, Workers: 3,
		Progress: func(done, total int) { calls.Add(1); last.Store(int64(done*100 + total)) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Written) != 6 || len(res.Skipped) != 0 {
		t.Fatalf("wrote %d, skipped %v", len(res.Written), res.Skipped)
	}
	if calls.Load() != 6 || last.Load() != 606 {
		t.Errorf("progress called %d times, last %d", calls.Load(), last.Load())
	}
	names := FileNames(ps)
	for i, f := range res.Written {
		if filepath.Dir(f) != dir || filepath.Base(f) != names[i] {
			t.Errorf("wrote %s, want %s in %s", f, names[i], dir)
		}
		b, err := os.ReadFile(f)
		if err != nil || pageCount(b) != 1 {
			t.Errorf("%s: %v, %d pages", f, err, pageCount(b))
		}
	}
	if got := dirFiles(t, dir); len(got) != 6 {
		t.Errorf("the folder holds %v", got)
	}
}

func TestExportNoOverwrite(t *testing.T) {
	ps := seeds(t)[:2]
	dir := t.TempDir()
	names := FileNames(ps)
	mine := filepath.Join(dir, names[0])
	if err := os.WriteFile(mine, []byte("an officer's own notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := ExportSummaries(context.Background(), ps, dir, BatchOptions{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Written) != 1 || len(res.Skipped) != 1 || res.Skipped[0].Reason != ReasonExists ||
		res.Skipped[0].Path != mine || res.Skipped[0].Code != ps[0].Code {
		t.Fatalf("without force: %+v", res)
	}
	if b, _ := os.ReadFile(mine); string(b) != "an officer's own notes" {
		t.Fatal("an existing file was overwritten without force")
	}
	res, err = ExportSummaries(context.Background(), ps, dir, BatchOptions{Now: testNow, Force: true})
	if err != nil || len(res.Written) != 2 || len(res.Skipped) != 0 {
		t.Fatalf("with force: %+v %v", res, err)
	}
	if b, _ := os.ReadFile(mine); pageCount(b) != 1 {
		t.Fatal("force did not replace the file with the summary")
	}
}

func TestExportInterrupted(t *testing.T) {
	ps := make([]*data.Project, 40)
	for i := range ps {
		ps[i] = synthProject(i)
	}
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	res, err := ExportSummaries(ctx, ps, dir, BatchOptions{
		Now: testNow, Workers: 2,
		Progress: func(done, total int) {
			if done == 5 {
				cancel()
			}
		},
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	files := dirFiles(t, dir)
	if len(files) == 0 || len(files) >= len(ps) || len(files) != len(res.Written) {
		t.Fatalf("after cancelling at 5 of 40 the folder holds %d files, result says %d", len(files), len(res.Written))
	}
	for _, f := range files {
		if strings.HasSuffix(f, ".tmp") || strings.HasPrefix(f, ".") {
			t.Errorf("a temporary file was left: %s", f)
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil || pageCount(b) != 1 || !strings.HasSuffix(strings.TrimSpace(string(b)), "%%EOF") {
			t.Errorf("%s is not a whole PDF", f)
		}
	}
}

func TestExportBadFolder(t *testing.T) {
	file := writeTemp(t, "plain.txt", []byte("x"))
	if _, err := ExportSummaries(context.Background(), seeds(t), file, BatchOptions{}); err == nil {
		t.Error("exporting into a file gave no error")
	}
	if _, err := ExportSummaries(context.Background(), seeds(t), filepath.Join(file, "no"), BatchOptions{}); err == nil {
		t.Error("exporting into a missing folder gave no error")
	}
}

func TestExportUnwritableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write anywhere")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	res, err := ExportSummaries(context.Background(), seeds(t)[:1], dir, BatchOptions{})
	if err != nil || len(res.Skipped) != 1 || !strings.Contains(res.Skipped[0].Reason, "permission") {
		t.Errorf("read-only folder: %+v %v", res, err)
	}
}
