package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"vertailu/assets/words"
	"vertailu/data/synth"
)

// TestMain lets a test start this binary as the vertailu command (see vertailuProcess), to stop it with
// a signal as a user would.
func TestMain(m *testing.M) {
	if os.Getenv("VERTAILU_TEST_LOST_QUIT") != "" { // an app whose quit is lost: it never ends by itself
		quitGrace = 200 * time.Millisecond
		endOnSignal(voice{lang: words.EN, w: os.Stderr})
		os.Stderr.WriteString("running\n")
		select {}
	}
	if theirs := os.Getenv("VERTAILU_TEST_APPEAR"); theirs != "" { // another run's file appears at the output
		beforeWriting = func(out string) { os.WriteFile(out, []byte(theirs), 0o644) }
	}
	if args, ok := os.LookupEnv("VERTAILU_TEST_COMMAND"); ok {
		os.Exit(run(strings.Split(args, "\x1f"), os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// vertailuProcess returns the vertailu command with args, run by this test binary.
func vertailuProcess(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "VERTAILU_TEST_COMMAND="+strings.Join(args, "\x1f"))
	return cmd
}

// projectFolder writes n synthetic descriptions into a new folder.
func projectFolder(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	if err := synth.WriteFolder(dir, n, 1); err != nil {
		t.Fatal(err)
	}
	return dir
}

// startedAndStopped starts cmd, waits until it has printed progress to stderr, sends sig and
// returns its exit status and how long it took to stop.
func startedAndStopped(t *testing.T, cmd *exec.Cmd, sig os.Signal, progress string) (int, time.Duration) {
	t.Helper()
	return startedAndStoppedAfter(t, cmd, sig, progress, 0)
}

// startedAndStoppedAfter is startedAndStopped sending sig wait after the progress.
func startedAndStoppedAfter(t *testing.T, cmd *exec.Cmd, sig os.Signal, progress string, wait time.Duration) (int, time.Duration) {
	t.Helper()
	var stderr bytes.Buffer
	pr, pw, _ := os.Pipe()
	cmd.Stderr = pw
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	seen := make(chan struct{})
	go func() {
		buf := make([]byte, 4096)
		once := false
		for {
			n, err := pr.Read(buf)
			stderr.Write(buf[:n])
			if !once && strings.Contains(stderr.String(), progress) {
				once = true
				close(seen)
			}
			if err != nil {
				if !once {
					close(seen)
				}
				return
			}
		}
	}()
	select {
	case <-seen:
	case <-time.After(2 * time.Minute):
		t.Fatal("no progress in two minutes")
	}
	time.Sleep(wait)
	sent := time.Now()
	cmd.Process.Signal(sig)
	err := cmd.Wait()
	took := time.Since(sent)
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, took
	case errors.As(err, &exit):
		if st, ok := exit.Sys().(syscall.WaitStatus); ok && st.Signaled() {
			return -int(st.Signal()), took
		}
		return exit.ExitCode(), took
	}
	t.Fatal(err)
	return 0, 0
}

// temporaries lists what in dir is not a finished PDF.
func temporaries(t *testing.T, dir string) (tmp []string, pdfs []string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".pdf") && !strings.HasPrefix(e.Name(), ".") {
			pdfs = append(pdfs, filepath.Join(dir, e.Name()))
		} else {
			tmp = append(tmp, e.Name())
		}
	}
	return tmp, pdfs
}

// wholePDF reports whether the file at path is a PDF written to its end.
func wholePDF(path string) bool {
	b, err := os.ReadFile(path)
	return err == nil && bytes.HasPrefix(b, []byte("%PDF-")) && bytes.Contains(b[max(0, len(b)-64):], []byte("%%EOF"))
}

// TestKilledExportsLeaveNoTemporaryFile: eight exports of 2,000 projects killed (kill -9) at
// different moments (0 to 700 ms after the export's start line; stderr is no terminal, so
// there is no running count to wait for), then one more export into the folder: no temporary file remains and every
// PDF is whole. Ctrl+C stops an export with exit status 130 (an export that ran to its end exits 0). Under the race
// detector (make test), which makes each page ten times slower, the folder has 240 projects.
func TestKilledExportsLeaveNoTemporaryFile(t *testing.T) {
	n := 2000
	if raceEnabled || testing.Short() {
		n = 240
	}
	in := projectFolder(t, n)
	out := t.TempDir()
	for i := range 8 {
		cmd := vertailuProcess(t, "export", "--out", out, in)
		status, _ := startedAndStoppedAfter(t, cmd, syscall.SIGKILL, "exporting ", time.Duration(i)*100*time.Millisecond)
		if status != -int(syscall.SIGKILL) {
			t.Fatalf("kill %d: exit %d", i, status)
		}
	}
	cmd := vertailuProcess(t, "export", "--out", out, in)
	status, took := startedAndStopped(t, cmd, os.Interrupt, "exporting ")
	t.Logf("Ctrl+C: exit %d after %v", status, took) // how soon is logged: a busy machine is slower
	if status != exitInterrupted {
		t.Errorf("Ctrl+C: exit %d after %v, want %d", status, took, exitInterrupted)
	}
	if b, err := vertailuProcess(t, "export", "--out", out, in).CombinedOutput(); err != nil {
		t.Fatalf("the last export: %v\n%s", err, b)
	}
	tmp, pdfs := temporaries(t, out)
	if len(tmp) > 0 || len(pdfs) != n {
		t.Fatalf("%d PDFs of %d; left behind: %v", len(pdfs), n, tmp)
	}
	for _, p := range pdfs {
		if !wholePDF(p) {
			t.Fatalf("%s is not a whole PDF", p)
		}
	}
}

// An app whose quit is lost (Fyne's main loop not answering a termination signal) still ends,
// with the interrupted status, soon after the signal.
func TestAppEndsEvenWhenItsQuitIsLost(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "VERTAILU_TEST_LOST_QUIT=1")
	status, took := startedAndStopped(t, cmd, syscall.SIGTERM, "running")
	if status != exitInterrupted || took > 20*time.Second {
		t.Errorf("status %d after %s, want %d", status, took, exitInterrupted)
	}
}
