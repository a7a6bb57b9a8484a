package ui

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"github.com/fsnotify/fsnotify"
)

// maxWatchedDirs bounds how many folders one watch registers (fsnotify is not recursive, so
// each subfolder is added on its own).
const maxWatchedDirs = 256

// debounce is how long the folder must stay quiet before a reload: a copy of many files
// reloads once.
const debounce = 700 * time.Millisecond

// folderWatcher notices changes in the open folder and asks for a reload, once things settle.
type folderWatcher struct {
	w     *fsnotify.Watcher
	mu    sync.Mutex
	timer *time.Timer
	done  chan struct{}
}

// watch starts watching dir (and its subfolders) when Options.Watch is set; "" stops. The
// watcher is set up in the background (it walks the folder tree) and kept only if dir is
// still the open folder and no newer load started meanwhile.
func (a *App) watch(dir string) {
	a.stopWatching()
	if !a.opts.Watch || dir == "" {
		return
	}
	gen := a.loadGen
	a.tasks.Go(func(do func(func())) {
		fw, err := newFolderWatcher(dir, func() { a.tasks.Do(a.folderChanged) }, a.opts.Own...)
		do(func() {
			switch {
			case err != nil:
				fyne.LogError("watching "+dir, err)
			case gen != a.loadGen || a.dir != dir || a.watcher != nil:
				fw.close() // a newer folder or load since
			default:
				a.watcher = fw
			}
		})
	})
}

// folderChanged reloads after files changed (unless a load is already running).
func (a *App) folderChanged() {
	if a.watcher == nil || a.loading {
		return
	}
	a.Reload()
}

func (a *App) stopWatching() {
	if a.watcher != nil {
		a.watcher.close()
		a.watcher = nil
	}
}

// newFolderWatcher watches dir and its subfolders but the app's own (own: its settings, its
// caches), whose writes are no change of the folder.
func newFolderWatcher(dir string, changed func(), own ...string) (*folderWatcher, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	n := 0
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if n >= maxWatchedDirs {
			return filepath.SkipAll
		}
		if path != dir && slices.ContainsFunc(own, func(o string) bool { return sameFolder(o, path) }) {
			return filepath.SkipDir
		}
		n++
		return w.Add(path)
	})
	if err != nil {
		w.Close()
		return nil, err
	}
	fw := &folderWatcher{w: w, done: make(chan struct{})}
	go fw.run(changed)
	return fw, nil
}

// run waits for events; each one (re)starts the debounce timer.
func (fw *folderWatcher) run(changed func()) {
	for {
		select {
		case <-fw.done:
			return
		case ev, ok := <-fw.w.Events:
			if !ok {
				return
			}
			if ev.Op == fsnotify.Chmod {
				continue
			}
			fw.mu.Lock()
			if fw.timer != nil {
				fw.timer.Stop()
			}
			fw.timer = time.AfterFunc(debounce, changed)
			fw.mu.Unlock()
		case _, ok := <-fw.w.Errors:
			if !ok {
				return
			}
		}
	}
}

func (fw *folderWatcher) close() {
	close(fw.done)
	fw.mu.Lock()
	if fw.timer != nil {
		fw.timer.Stop()
	}
	fw.mu.Unlock()
	fw.w.Close()
}

// sameFolder reports whether a and b are one folder.
func sameFolder(a, b string) bool {
	ia, err := os.Stat(a)
	if err != nil {
		return false
	}
	ib, err := os.Stat(b)
	return err == nil && os.SameFile(ia, ib)
}
