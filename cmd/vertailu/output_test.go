package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// forging is a name that would forge an "ok" line of check, clear the screen, ring the bell and
// start a C1 escape sequence if printed raw.
const forging = "x\nok    forged\x1b[2J\x07\u009b\r\u202e"

// rawControls returns the control characters of s other than the line end and the tab.
func rawControls(s string) string {
	var raw []rune
	for _, r := range s {
		if r != '\n' && r != '\t' && isTermControl(r) {
			raw = append(raw, r)
		}
	}
	return string(raw)
}

// TestNoPathIsPrintedRaw: every command, on its success and on its error paths, prints an
// output or folder name holding line ends and escapes without a raw control character and
// without a forged line.
func TestNoPathIsPrintedRaw(t *testing.T) {
	tmp := t.TempDir()
	bad := filepath.Join(tmp, forging)
	missing := filepath.Join(tmp, forging+"-missing", "x")
	for _, args := range [][]string{
		{"table", "--format", "csv", "--out", bad + ".csv"},
		{"table", "--group-by", "status", "--format", "csv", "--out", bad + "-groups.csv"},
		{"table", "--format", "csv", "--out", missing + ".csv"},
		{"table", bad},
		{"check", bad},
		{"pack", "--out", bad},
		{"pack", "--codes", "S22829", "--out", bad + ".pdf"},
		{"pack", "--codes", "S22829", "--out", bad + ".pdf"}, // it exists now
		{"pack", "--codes", "S22829", "--out", missing + ".pdf"},
		{"report", "--out", bad},
		{"report", "--codes", "S22829", "--out", missing + ".pdf"},
		{"export", "--codes", "S22829", "--out", bad},
		{"export", "--codes", "S22829", "--out", bad}, // kept as it is
		{"chart", "--kind", "funding", "--out", bad},
		{"chart", "--kind", "funding", "--out", missing + ".png"},
		{"chart", "--kind", "funding", "--out", bad + ".svg"},
		{"-" + forging},
	} {
		out, errs, _ := runCLI(t, args...)
		for _, s := range []string{out, errs} {
			if raw := rawControls(s); raw != "" {
				t.Errorf("%q: raw %q reach the terminal:\n%s", args, raw, s)
			}
			for _, line := range strings.Split(s, "\n") {
				if strings.HasPrefix(line, "ok    forged") {
					t.Errorf("%q: a name forged a line:\n%s", args, s)
				}
			}
		}
	}
}

// TestProgressIsNoRunningLineInAFile: a check of 150 files with stderr to a pipe (a log, a
// file) writes no carriage return and at most a start and an end line.
func TestProgressIsNoRunningLineInAFile(t *testing.T) {
	in := projectFolder(t, 150)
	var stderr bytes.Buffer
	cmd := vertailuProcess(t, "check", in)
	cmd.Stderr = &stderr
	cmd.Run()
	if strings.Contains(stderr.String(), "\r") || strings.Count(stderr.String(), "reading") > 2 {
		t.Errorf("stderr %q", stderr.String())
	}
	if !strings.Contains(stderr.String(), "reading 150/150\n") {
		t.Errorf("no end line: %q", stderr.String())
	}
}

// TestAFileThatAppearsIsKept: a file made at the output after a command has started (another
// run's) is neither replaced nor lost: the command says so and exits 1.
func TestAFileThatAppearsIsKept(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"pack", "--codes", "S22829", "--out", filepath.Join(dir, "pack.pdf")},
		{"report", "--codes", "S22829", "--out", filepath.Join(dir, "report.pdf")},
		{"table", "--format", "csv", "--out", filepath.Join(dir, "table.csv")},
		{"table", "--group-by", "status", "--format", "csv", "--out", filepath.Join(dir, "groups.csv")},
		{"chart", "--kind", "funding", "--out", filepath.Join(dir, "chart.svg")},
	} {
		cmd := vertailuProcess(t, args...)
		cmd.Env = append(cmd.Env, "VERTAILU_TEST_APPEAR=theirs")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		out := args[len(args)-1]
		if b, _ := os.ReadFile(out); string(b) != "theirs" {
			t.Errorf("%s: the file that appeared was replaced", args[0])
		}
		if cmd.ProcessState.ExitCode() != 1 || !strings.Contains(stderr.String(), "appeared") {
			t.Errorf("%q: %v, stderr %q", args, err, stderr.String())
		}
	}
}

// TestTwoPacksToOneFile: two packs started together to one file without --force: one writes
// it, the other says it did not and exits non-zero, and the file is a whole pack.
func TestTwoPacksToOneFile(t *testing.T) {
	in := projectFolder(t, 20)
	out := filepath.Join(t.TempDir(), "pack.pdf")
	cmds := make([]*exec.Cmd, 2)
	errs := make([]bytes.Buffer, 2)
	for i := range cmds {
		cmds[i] = vertailuProcess(t, "pack", "--out", out, in)
		cmds[i].Stderr = &errs[i]
		if err := cmds[i].Start(); err != nil {
			t.Fatal(err)
		}
	}
	ok := 0
	for i, c := range cmds {
		if c.Wait() == nil {
			ok++
		} else if !strings.Contains(errs[i].String(), "appeared") && !strings.Contains(errs[i].String(), "exists") {
			t.Errorf("the failed run does not say why: %q", errs[i].String())
		}
	}
	if ok != 1 || !wholePDF(out) {
		t.Errorf("%d of 2 runs succeeded; stderr %q %q", ok, errs[0].String(), errs[1].String())
	}
}
