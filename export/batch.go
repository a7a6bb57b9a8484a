package export

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/sync/errgroup"

	"vertailu/data"
)

// BatchOptions are the choices for ExportSummaries.
type BatchOptions struct {
	// Lang is "fi" (the default) or "en".
	Lang string
	// Force overwrites existing files; without it they are skipped.
	Force bool
	// Workers bounds how many pages are made at once; 0 means one per CPU.
	Workers int
	// Now fixes the printed date (zero: the current time).
	Now time.Time
	// Progress, when set, is called after each project with how many are done of how many.
	// It runs on a worker goroutine (a UI hops to its own with fyne.Do); calls never overlap.
	Progress func(done, total int)
	// Own, when set, prints the officer's notes and tags on each page ("include my notes").
	Own OwnNotes
	// Similar, when set, gives each summary its similar earlier projects (see
	// SummaryOptions.Similar). It is called from several goroutines at once.
	Similar func(*data.Project) []*data.Project
}

// SkippedFile is a summary that was not written, and why.
type SkippedFile struct {
	Code   string
	Path   string
	Reason string
}

// BatchResult says which files ExportSummaries wrote and which it skipped, in input order.
type BatchResult struct {
	Written []string
	Skipped []SkippedFile
}

// ReasonExists is the Reason of a file skipped because it exists and Force was not set. It
// is also its catalogue id, for the app to word it.
const ReasonExists = "a file of that name exists (not overwritten)"

// ReasonAppeared is the Reason of a file not written because a file of its name appeared while
// it was being written (another export into the folder): that file is kept. Unlike
// ReasonExists it is a failure. It is also its catalogue id.
const ReasonAppeared = "a file of that name appeared while this one was being written (kept, this one not written)"

// ExportSummaries writes the one-page summary of each project into dir, several at a time,
// named by FileNames. Each file is written under a temporary name in dir and renamed, so an
// interrupted export leaves no partial PDF; nothing is written outside dir. Cancelling ctx
// stops the export: files already written stay, the error is ctx's.
func ExportSummaries(ctx context.Context, ps []*data.Project, dir string, opts BatchOptions) (BatchResult, error) {
	if info, err := os.Stat(dir); err != nil {
		return BatchResult{}, &data.PlaceError{Path: dir, Problem: data.FolderUnreadable, Err: err}
	} else if !info.IsDir() {
		return BatchResult{}, &data.PlaceError{Path: dir, Problem: data.NotAFolder}
	}
	removeStaleTemps(dir)
	names := FileNames(ps)
	outcomes := make([]outcome, len(ps))
	var mu sync.Mutex
	done := 0
	sopts := SummaryOptions{Lang: opts.Lang, Now: nowOr(opts.Now), Own: opts.Own}
	var g errgroup.Group
	g.SetLimit(workerCount(opts.Workers, len(ps)))
	for i := range ps {
		if ctx.Err() != nil {
			break // the projects not reached are said so (collect)
		}
		g.Go(func() error {
			one := sopts
			if opts.Similar != nil {
				one.Similar = opts.Similar(ps[i])
			}
			outcomes[i] = exportOne(ctx, ps[i], filepath.Join(dir, names[i]), one, opts.Force)
			mu.Lock()
			done++
			if opts.Progress != nil {
				opts.Progress(done, len(ps))
			}
			mu.Unlock()
			return nil
		})
	}
	_ = g.Wait() // a project's failure is its outcome, never an error
	return collect(ps, outcomes), ctx.Err()
}

func workerCount(asked, n int) int {
	w := asked
	if w <= 0 {
		w = runtime.GOMAXPROCS(0)
	}
	return max(1, min(w, n))
}

// outcome is what happened to one project: written, skipped (with a reason) or not reached.
type outcome struct {
	path    string
	written bool
	reason  string
}

func collect(ps []*data.Project, outcomes []outcome) BatchResult {
	var res BatchResult
	for i, o := range outcomes {
		switch {
		case o.written:
			res.Written = append(res.Written, o.path)
		case o.reason != "":
			res.Skipped = append(res.Skipped, SkippedFile{Code: ps[i].Code, Path: o.path, Reason: o.reason})
		}
	}
	return res
}

// exportOne renders p and puts it at target unless target exists and force is off.
func exportOne(ctx context.Context, p *data.Project, target string, opts SummaryOptions, force bool) outcome {
	if ctx.Err() != nil {
		return outcome{}
	}
	if !force {
		if _, err := os.Lstat(target); err == nil {
			return outcome{path: target, reason: ReasonExists}
		}
	}
	var b bytes.Buffer
	if err := WriteSummary(&b, p, opts); err != nil {
		return outcome{path: target, reason: err.Error()}
	}
	err := placeFile(ctx, target, b.Bytes(), force)
	switch {
	case err == nil:
		return outcome{path: target, written: true}
	case errors.Is(err, os.ErrExist):
		return outcome{path: target, reason: ReasonAppeared}
	case ctx.Err() != nil:
		return outcome{}
	}
	return outcome{path: target, reason: plainError(err)}
}

// plainError drops Go's operation prefix from file errors: "permission denied", not
// "open /x/.vertailu-123.pdf.tmp: permission denied".
func plainError(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err.Error()
	}
	return err.Error()
}

// Limits of a file name, in bytes of UTF-8 before ".pdf": well under the 255 of common file
// systems and short enough to read in a file list.
const maxStem = 120

// FileNames returns a file name for each project's summary, "<code>_<name>.pdf", made safe on
// Linux, macOS and Windows: no path separators, no "..", none of the characters Windows
// refuses, no control characters or emoji, not a reserved device name (CON, NUL, COM1…), at
// most 124 bytes, and unique even when projects share a code or names differ only in case.
func FileNames(ps []*data.Project) []string {
	names := make([]string, len(ps))
	seen := map[string]bool{}
	for i, p := range ps {
		stem := "project"
		if p != nil {
			stem = safeStem(p.Code, p.Name)
		}
		names[i] = unique(stem, seen) + ".pdf"
	}
	return names
}

// unique returns stem, or stem_2, stem_3… when an earlier name took it (compared without case).
func unique(stem string, seen map[string]bool) string {
	name := stem
	for n := 2; seen[strings.ToLower(name)]; n++ {
		suffix := "_" + strconv.Itoa(n)
		name = truncateBytes(stem, maxStem-len(suffix)) + suffix
	}
	seen[strings.ToLower(name)] = true
	return name
}

// safeStem builds "<code>_<name>" from safe pieces.
func safeStem(code, name string) string {
	c, n := safePart(code), safePart(name)
	stem := c
	switch {
	case c == "" && n == "":
		stem = "project"
	case c == "":
		stem = n
	case n != "":
		stem = c + "_" + n
	}
	stem = strings.Trim(truncateBytes(stem, maxStem), "_. ")
	if stem == "" {
		stem = "project"
	}
	if reservedName(stem) {
		stem += "_"
	}
	return stem
}

// safePart replaces every run of characters that are unsafe in a file name (separators, the
// ones Windows refuses, controls, white space, runes above U+FFFF) by one "_", turns runs of
// dots into one, and trims dots, spaces and "_" from the ends (Windows drops trailing dots).
func safePart(s string) string {
	var b strings.Builder
	under := false
	dot := false
	for _, r := range strings.ToValidUTF8(s, "_") {
		if unsafeRune(r) {
			if !under {
				b.WriteByte('_')
			}
			under, dot = true, false
			continue
		}
		if r == '.' {
			if dot {
				continue
			}
			dot = true
		} else {
			dot = false
		}
		under = false
		b.WriteRune(r)
	}
	return strings.Trim(b.String(), "_. ")
}

func unsafeRune(r rune) bool {
	switch {
	case strings.ContainsRune(`<>:"/\|?*`, r):
		return true
	case r > 0xFFFF || r == utf8.RuneError:
		return true
	case unicode.IsControl(r) || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r):
		return true
	}
	return false
}

// reservedName reports whether Windows reserves stem (up to its first dot) as a device name.
func reservedName(stem string) bool {
	base, _, _ := strings.Cut(stem, ".")
	base = strings.ToUpper(strings.TrimRight(base, " "))
	switch base {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	if len(base) == 4 && (strings.HasPrefix(base, "COM") || strings.HasPrefix(base, "LPT")) {
		return base[3] >= '0' && base[3] <= '9'
	}
	return false
}

// truncateBytes cuts s to at most n bytes at a rune boundary.
func truncateBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
