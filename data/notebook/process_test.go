//go:build unix

package notebook

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"vertailu/data"
)

// TestMain lets a test start this binary as a process that writes to a notebook
// (NOTEBOOK_CHILD=writer: NOTEBOOK_COUNT notes, each with a draft first, printing "draft N"
// and "saved ID" once each is on disk), for the tests of two processes and of kill -9.
func TestMain(m *testing.M) {
	switch os.Getenv("NOTEBOOK_CHILD") {
	case "writer":
		os.Exit(writer(os.Getenv("NOTEBOOK_PATH"), os.Getenv("NOTEBOOK_NAME"), os.Getenv("NOTEBOOK_COUNT")))
	case "open":
		os.Exit(openAndSay(os.Getenv("NOTEBOOK_PATH")))
	}
	os.Exit(m.Run())
}

func writer(path, name, count string) int {
	n, _ := strconv.Atoi(count)
	s, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	defer s.Close()
	out := bufio.NewWriter(os.Stdout)
	for i := 0; n == 0 || i < n; i++ {
		text := fmt.Sprintf("%s note %d", name, i)
		if err := s.SaveDraft(data.Draft{Code: name, Text: text}); err != nil {
			fmt.Println("error", err)
			return 1
		}
		fmt.Fprintln(out, "draft", i)
		out.Flush()
		note, err := s.SaveNote(data.Note{Code: name, Text: text, Author: name})
		if err != nil {
			fmt.Println("error", err)
			return 1
		}
		if _, err := s.Notes(name); err != nil {
			fmt.Println("error", err)
			return 1
		}
		if err := s.AddTag(name, "t"+strconv.Itoa(i%5)); err != nil {
			fmt.Println("error", err)
			return 1
		}
		fmt.Fprintln(out, "saved", note.ID)
		out.Flush()
	}
	return 0
}

func writerProcess(t *testing.T, path, name string, count int) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "NOTEBOOK_CHILD=writer", "NOTEBOOK_PATH="+path, "NOTEBOOK_NAME="+name, "NOTEBOOK_COUNT="+strconv.Itoa(count))
	return cmd
}

// TestTwoProcesses: two processes writing to one notebook at once both succeed, and every
// note of each is there.
func TestTwoProcesses(t *testing.T) {
	p := Path(t.TempDir())
	const each = 150
	a, b := writerProcess(t, p, "A", each), writerProcess(t, p, "B", each)
	var outA, outB strings.Builder
	a.Stdout, b.Stdout = &outA, &outB
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	if err := b.Start(); err != nil {
		t.Fatal(err)
	}
	errA, errB := a.Wait(), b.Wait()
	if errA != nil || errB != nil {
		t.Fatalf("writers failed: %v %v\nA: %s\nB: %s", errA, errB, tail(outA.String()), tail(outB.String()))
	}
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, name := range []string{"A", "B"} {
		notes, _ := s.Notes(name)
		if len(notes) != each {
			t.Errorf("%s: %d notes, want %d", name, len(notes), each)
		}
		tags, _ := s.Tags(name)
		if len(tags) != 5 {
			t.Errorf("%s: %d tags, want 5", name, len(tags))
		}
	}
}

func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-3):], "\n")
}

// TestKill9 kills a writing process at a moment of its work: every note it said was saved is
// there, and the note it was typing is kept as a draft.
func TestKill9(t *testing.T) {
	for _, after := range []int{1, 17, 60} {
		t.Run(strconv.Itoa(after), func(t *testing.T) {
			p := Path(t.TempDir())
			cmd := writerProcess(t, p, "K", 0)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(out)
			var saved []string
			for sc.Scan() {
				f := strings.Fields(sc.Text())
				switch f[0] {
				case "saved":
					saved = append(saved, f[1])
				case "draft":
				default:
					t.Fatal(sc.Text())
				}
				if len(saved) == after {
					break
				}
			}
			// the child goes on writing until the signal lands, mid-transaction or not
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()
			s, err := Open(p)
			if err != nil {
				t.Fatalf("after kill -9: %v", err)
			}
			defer s.Close()
			notes, _ := s.Notes("K")
			have := map[string]bool{}
			for _, n := range notes {
				have[n.ID] = true
			}
			for _, id := range saved {
				if !have[id] {
					t.Errorf("note %s was reported saved and is gone", id)
				}
			}
			if len(notes) < after {
				t.Errorf("%d notes, want at least %d", len(notes), after)
			}
			// The note being typed when the process died is a draft, unless it was saved after the
			// last line was read.
			drafts, _ := s.Drafts()
			if len(drafts) > 1 {
				t.Errorf("drafts %+v", drafts)
			}
			if len(drafts) == 1 && !strings.HasPrefix(drafts[0].Text, "K note ") {
				t.Errorf("draft %+v", drafts[0])
			}
			for _, d := range drafts {
				for _, n := range notes {
					if n.Text == d.Text {
						t.Errorf("a draft of a note that was saved: %q", d.Text)
					}
				}
			}
		})
	}
}

// openAndSay opens the notebook at path, as OpenOrRecover does, and prints the kind of the
// problem (or "ok"), where the old file went, and whether a note could be saved after.
func openAndSay(path string) int {
	s, moved, why := OpenOrRecover(path)
	kind := "ok"
	var oe *OpenError
	if errors.As(why, &oe) {
		kind = string(oe.Kind)
	}
	saved := false
	if s != nil {
		_, err := s.SaveNote(data.Note{Code: "A", Text: "after"})
		saved = err == nil
		s.Close()
	}
	fmt.Println(kind, moved != "", saved)
	return 0
}

// TestReadOnlyFileAsAUser: a notebook file the user cannot write (root writes any file, so
// the test runs a copy of itself as the user nobody) is moved aside and a new one started.
func TestReadOnlyFileAsAUser(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root, to run a process as another user")
	}
	nobody, err := user.Lookup("nobody")
	if err != nil {
		t.Skip("no user nobody")
	}
	uid, _ := strconv.Atoi(nobody.Uid)
	gid, _ := strconv.Atoi(nobody.Gid)
	dir, err := os.MkdirTemp("", "notebook-ro-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o777)
	bin := filepath.Join(dir, "notebook.test")
	b, err := os.ReadFile(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, b, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "nb", FileName)
	s, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	s.SaveNote(data.Note{Code: "A", Text: "kept"})
	s.Close()
	os.Chmod(filepath.Dir(p), 0o777)
	os.Chmod(p, 0o444)
	cmd := exec.Command(bin, "-test.run=^$")
	cmd.Env = append(os.Environ(), "NOTEBOOK_CHILD=open", "NOTEBOOK_PATH="+p)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got := strings.TrimSpace(string(out)); got != "read-only true true" {
		t.Errorf("as nobody: %q, want read-only, moved aside, saved", got)
	}
	moved, _ := filepath.Glob(p + ".unusable-*")
	if len(moved) == 0 {
		t.Fatal("nothing moved aside")
	}
	r, err := OpenReadOnly(moved[0])
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if n, _ := r.Notes(""); len(n) != 1 || n[0].Text != "kept" {
		t.Errorf("the old notebook: %+v", n)
	}
}
