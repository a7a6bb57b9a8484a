package main

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"vertailu/data/synth"
)

// peerScript is the analyst's script that the load's speed is measured against, beside the
// repository (../shared/peers).
const peerScript = "../../../shared/peers/pypeer.py"

// BenchmarkCheckVsPython10k runs, as whole processes on the same 10,000 synthetic descriptions
// in the same run, `vertailu check DIR` (this test binary started as the command, see TestMain)
// and the analyst's script `python3 pypeer.py parse DIR` (standard library only), and reports
// both times, the check's processor time and how many times faster the check is. The target
// is 3×.
func BenchmarkCheckVsPython10k(b *testing.B) {
	script, err := filepath.Abs(peerScript)
	if _, serr := os.Stat(script); err != nil || serr != nil {
		b.Skipf("no %s beside the repository", peerScript)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		b.Skip("no python3:", err)
	}
	dir := b.TempDir()
	if err := writeCorpus(dir, 10000); err != nil {
		b.Fatal(err)
	}
	check := func() *exec.Cmd { return checkCommand(dir) }
	peer := func() *exec.Cmd { return exec.Command(python, script, "parse", dir) }
	timed(b, check()) // warm the page cache and both programs
	timed(b, peer())
	var ours, theirs, oursCPU time.Duration
	for b.Loop() {
		cmd := check()
		ours += timed(b, cmd)
		oursCPU += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		theirs += timed(b, peer())
	}
	n := float64(b.N)
	b.ReportMetric(ours.Seconds()/n, "check-s")
	// The check's processor time, both cores together: what another job on the machine
	// changes least (it takes a core from the check's workers, not from the one-threaded script).
	b.ReportMetric(oursCPU.Seconds()/n, "check-cpu-s")
	b.ReportMetric(theirs.Seconds()/n, "pypeer-s")
	b.ReportMetric(theirs.Seconds()/ours.Seconds(), "times-faster")
}

// timed runs cmd to its end, output discarded, and returns how long it took. check's exit
// status 1 (files with warnings) is no failure here.
func timed(b *testing.B, cmd *exec.Cmd) time.Duration {
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	t0 := time.Now()
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		b.Fatalf("%s: %v", cmd.Path, err)
	}
	return time.Since(t0)
}

// checkCommand is `vertailu check dir` as a process: this test binary started as the command
// (see TestMain).
func checkCommand(dir string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^$", "-test.bench=^$")
	cmd.Env = append(os.Environ(), "VERTAILU_TEST_COMMAND=check\x1f"+dir)
	return cmd
}

// writeCorpus writes n synthetic descriptions into dir.
func writeCorpus(dir string, n int) error { return synth.WriteFolder(dir, n, 7) }

// BenchmarkCheckList2007 runs `vertailu check DIR` as a whole process on a folder holding one
// synthetic list export of the 2007–2013 period's full size (19,940 rows as the service writes
// them: Windows-1252, nothing quoted, commas and some quotes in the values) and reports the
// time of one run. The target is 0.3 s on two cores.
func BenchmarkCheckList2007(b *testing.B) {
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "projektilista-2007-2013.csv"), synth.List(19940, 0, 7), 0o644); err != nil {
		b.Fatal(err)
	}
	check := func() *exec.Cmd { return checkCommand(dir) }
	timed(b, check()) // warm the page cache and the program
	var took time.Duration
	for b.Loop() {
		took += timed(b, check())
	}
	b.ReportMetric(took.Seconds()/float64(b.N), "check-s")
}

// BenchmarkCheckEura2021 runs `vertailu check DIR` as a whole process on a folder holding one
// synthetic EURA 2021 export of the real one's size (8,733 projects with summaries, a workbook
// as the service gives it) and reports the time of one run. The target is 1 s on two cores.
func BenchmarkCheckEura2021(b *testing.B) {
	dir := b.TempDir()
	wb := synth.Eura2021Workbook(synth.Eura2021Rows(8733, 1), time.Date(2026, 9, 25, 0, 0, 0, 0, time.UTC))
	if err := os.WriteFile(filepath.Join(dir, "eura2021.xlsx"), wb, 0o644); err != nil {
		b.Fatal(err)
	}
	check := func() *exec.Cmd { return checkCommand(dir) }
	timed(b, check())
	var took time.Duration
	for b.Loop() {
		took += timed(b, check())
	}
	b.ReportMetric(took.Seconds()/float64(b.N), "check-s")
	b.ReportMetric(float64(len(wb))/1e6, "workbook-MB")
}
