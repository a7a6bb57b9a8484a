package ui

import (
	"cmp"
	"slices"
	"sync"
	"time"

	"fyne.io/fyne/v2"
)

// Tasks runs the app's background work on goroutines and hands their results to the UI
// goroutine, and lets tests wait for all of it (Wait).
//
// In tests (deferred) the work still runs on real goroutines, concurrently with the test, so
// the race detector sees a worker that reads what the UI goroutine writes. What the work
// hands to the UI is kept until Wait, which applies it on the test's goroutine (the UI
// goroutine of a headless test, whose driver would otherwise run fyne.Do at once on the
// worker). Wait applies the newest task's results first (each task's in the order it handed
// them over), so that an older request's result (a stale load or chart) arrives after a
// newer one's: the order that shows whether stale results are dropped.
type Tasks struct {
	wg       sync.WaitGroup
	deferred bool

	mu     sync.Mutex
	tasks  int // tasks started, numbering them
	posted []posted
	// longest is the longest a handed-over function took on the UI goroutine (tests: see
	// BenchmarkLoadUISteps10k).
	longest time.Duration
}

// posted is a function a task handed to the UI goroutine, kept for Wait.
type posted struct {
	task, seq int
	fn        func()
}

// Go runs fn on a new goroutine, counted until it returns. fn hands work to the UI goroutine
// with do (fyne.Do in the app).
func (t *Tasks) Go(fn func(do func(func()))) {
	t.mu.Lock()
	t.tasks++
	task := t.tasks
	t.mu.Unlock()
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		fn(func(f func()) { t.post(task, f) })
	}()
}

// Do runs fn on the UI goroutine, for callers outside a task (the folder watcher).
func (t *Tasks) Do(fn func()) {
	t.mu.Lock()
	task := t.tasks + 1 // newer than every task so far
	t.mu.Unlock()
	t.post(task, fn)
}

func (t *Tasks) post(task int, fn func()) {
	if !t.deferred {
		fyne.Do(fn)
		return
	}
	t.mu.Lock()
	t.posted = append(t.posted, posted{task: task, seq: len(t.posted), fn: fn})
	t.mu.Unlock()
}

// Wait blocks until every task started so far (and any they started) has returned; in tests
// it then applies what they handed to the UI, newest task first, and waits again for any work
// that started, until nothing is left.
func (t *Tasks) Wait() {
	for {
		t.wg.Wait()
		t.mu.Lock()
		ps := t.posted
		t.posted = nil
		t.mu.Unlock()
		if len(ps) == 0 {
			return
		}
		slices.SortFunc(ps, func(a, b posted) int {
			return cmp.Or(cmp.Compare(b.task, a.task), cmp.Compare(a.seq, b.seq))
		})
		for _, p := range ps {
			start := time.Now()
			p.fn()
			t.longest = max(t.longest, time.Since(start))
		}
	}
}
