package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// xvfb starts an X server of 1280×800 for the test and returns its display.
func xvfb(t *testing.T) string {
	t.Helper()
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip(tool, "is not installed (scripts/setup.sh)")
		}
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	var xlog bytes.Buffer
	x.Stderr = &xlog
	if err := x.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { x.Process.Kill(); x.Wait() })
	t.Cleanup(func() { r.Close() }) // Xvfb ends when it cannot write its display's number whole
	r.SetReadDeadline(time.Now().Add(30 * time.Second))
	var got []byte
	b := make([]byte, 16)
	for !bytes.Contains(got, []byte("\n")) {
		n, err := r.Read(b)
		got = append(got, b[:n]...)
		if err != nil {
			break
		}
	}
	display := strings.TrimSpace(string(got))
	if display == "" {
		t.Fatalf("Xvfb did not start within 30 s: %s", xlog.String())
	}
	return ":" + display
}

// TestAppStartsWhateverItsSettings: the real app starts and shows its window whatever is in
// place of its settings and Fyne's files: sizes no screen has, values of the wrong kind, pipes,
// a link to /dev/zero, a folder.
func TestAppStartsWhateverItsSettings(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the app under Xvfb")
	}
	display := xvfb(t)
	// The app itself, not this test binary: Fyne starts no window system in a test.
	bin := filepath.Join(t.TempDir(), "vertailu")
	if b, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	folder := projectFolder(t, 3)
	fifo := func(p string) { syscall.Mkfifo(p, 0o600) }
	write := func(s string) func(string) { return func(p string) { os.WriteFile(p, []byte(s), 0o600) } }
	for _, c := range []struct {
		name                          string
		settings, preferences, global func(path string)
	}{
		{
			"values", write(`{"windowWidth":1e12,"windowHeight":1e308,"lastFolder":"relative","recentFolders":[1,"x",null],` +
				`"sortKey":"nope","sortDesc":"yes","language":7,"tableColumns":"code","exportFolder":{},"csvDialect":1e300}`),
			nil, write(`{"scale":1e12}`),
		},
		{"negative", write(`{"windowWidth":-100000,"windowHeight":-1e308}`), nil, write(`{"scale":-5}`)},
		{"pipes", fifo, fifo, fifo},
		{"links", func(p string) { os.Symlink("/dev/zero", p) }, func(p string) { os.Mkdir(p, 0o700) }, func(p string) { os.Symlink("/dev/zero", p) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			home := t.TempDir()
			root := filepath.Join(home, ".config", "fyne")
			files := map[string]func(string){
				filepath.Join(root, appID, "settings", "settings.json"): c.settings,
				filepath.Join(root, appID, "preferences.json"):          c.preferences,
				filepath.Join(root, "settings.json"):                    c.global,
			}
			for p, create := range files {
				os.MkdirAll(filepath.Dir(p), 0o700)
				if create != nil {
					create(p)
				}
			}
			os.Mkdir(filepath.Join(home, "run"), 0o700)
			cmd := exec.Command(bin, folder)
			cmd.Env = append(os.Environ(), "HOME="+home, "XDG_CONFIG_HOME=", "XDG_CACHE_HOME=", "DISPLAY="+display,
				"XDG_RUNTIME_DIR="+filepath.Join(home, "run"), "LANG=en_US.UTF-8")
			var log bytes.Buffer
			cmd.Stdout, cmd.Stderr = &log, &log
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			ended := make(chan error, 1)
			go func() { ended <- cmd.Wait() }()
			shown := false
			for deadline := time.Now().Add(90 * time.Second); !shown && time.Now().Before(deadline); {
				select {
				case err := <-ended:
					t.Fatalf("the app ended by itself (%v); its log:\n%s", err, log.String())
				case <-time.After(200 * time.Millisecond):
				}
				search := exec.Command("xdotool", "search", "--name", filepath.Base(folder)+"$")
				search.Env = append(os.Environ(), "DISPLAY="+display)
				shown = search.Run() == nil
			}
			if !shown {
				cmd.Process.Kill()
				<-ended
				t.Fatalf("no window in 90 s; the app's log:\n%s", log.String())
			}
			time.Sleep(500 * time.Millisecond) // a first frame drawn at the size remembered
			cmd.Process.Signal(syscall.SIGTERM)
			select {
			case <-ended:
			case <-time.After(30 * time.Second):
				cmd.Process.Kill()
				t.Errorf("the app did not end after SIGTERM")
			}
			if strings.Contains(log.String(), "panic") {
				t.Errorf("the app's log:\n%s", log.String())
			}
		})
	}
}
