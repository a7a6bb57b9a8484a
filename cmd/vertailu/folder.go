package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"vertailu/assets"
	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/load"
	"vertailu/data/pdftext"
	"vertailu/export"
)

// Exit statuses besides 0, 1 (a failure or findings) and 2 (a usage error, an unreadable
// folder, an output inside the folder being read).
const exitInterrupted = 130 // Ctrl+C: 128 + SIGINT, as shells report it

// interruptible returns a context that Ctrl+C (or a polite kill) cancels. A second Ctrl+C,
// after stop, ends the process at once as usual.
func interruptible() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// loadFolder loads dir, or the embedded sample folder when dir is "". Progress goes to stderr
// for large folders, and a line says so when the load waits for the PDF reader to be prepared
// (seconds, the first time only).
func loadFolder(ctx context.Context, dir string, v voice) (*data.LoadResult, error) {
	stderr := v.w
	progress := newProgressLine(stderr, v.lang.T("cli.progress.reading"))
	defer progress.end()
	preparing := func() { // never beside progress.report (load.Options)
		if progress.tty && progress.open {
			fmt.Fprintln(stderr) // the progress line goes on below
		}
		fmt.Fprintln(stderr, v.lang.T("Preparing the PDF reader, first time only…"))
	}
	opts := load.Options{Progress: progress.report, Preparing: preparing, PDF: pdftext.Reader(), Own: ownFolders()}
	if dir == "" {
		return load.FS(ctx, assets.Samples(), assets.SamplesName, opts)
	}
	return load.Folder(ctx, dir, opts)
}

// folderRead is a loaded folder and what its load means for the exit status.
type folderRead struct {
	res *data.LoadResult
	// status is the exit status the command ends with at best: 1 when a file was skipped
	// for an internal error (a bug of Vertailu's: the output lacks it), else 0.
	status int
}

// readFolder is what every command that reads a folder and writes out does first: load dir
// (Ctrl+C cancels), refuse an out inside any place the load read (the folder and whatever its
// links lead to), and say on stderr in one line what did not load cleanly, so that nothing is
// left out silently. It returns nil and the exit status when the command cannot go on.
func readFolder(ctx context.Context, v voice, dir, out string) (*folderRead, int) {
	res, err := loadFolder(ctx, dir, v)
	if status := usable(ctx, v, res, err, out); status != 0 {
		return nil, status
	}
	fr := &folderRead{res: res}
	if line, internal := loadNote(res, dir, v.lang); line != "" {
		v.sayText(line)
		if internal > 0 {
			fr.status = 1
		}
	}
	return fr, 0
}

// usable says why a load cannot go on, and returns its exit status (0 when it can): Ctrl+C
// came, the load failed, or out is inside a place it read.
func usable(ctx context.Context, v voice, res *data.LoadResult, err error, out string) int {
	switch {
	case ctx.Err() != nil:
		v.say("cli.interrupted")
		return exitInterrupted
	case err != nil:
		v.sayError(err)
		return 2
	}
	if err := export.RefuseInside(out, res.Places...); err != nil {
		v.sayError(err)
		return 2
	}
	return 0
}

// loadNote is the one line that says how many files were skipped or had warnings, pointing to
// check, in lang; "" when every file loaded cleanly. internal counts the files skipped for an
// internal error.
func loadNote(res *data.LoadResult, dir string, lang words.Lang) (line string, internal int) {
	_, warn, skip := res.Counts()
	for _, f := range res.Files {
		if f.Internal {
			internal++
		}
	}
	if warn+skip == 0 {
		return "", 0
	}
	check := voice{name: "check"}.prefix()
	if dir != "" {
		check += " " + termName(dir)
	}
	note := ""
	if internal > 0 {
		note = lang.T("cli.load.internal", "Internal", internal)
	}
	return lang.T("cli.load.note", "Files", len(res.Files), "Skipped", skip, "Warned", warn, "Internal", note, "Check", check), internal
}

// interruptedOr returns the exit status for err: exitInterrupted when ctx was cancelled (Ctrl+C),
// else fail.
func interruptedOr(ctx context.Context, err error, fail int) int {
	if ctx.Err() != nil || errors.Is(err, context.Canceled) {
		return exitInterrupted
	}
	return fail
}

// whileNotInterrupted runs work and waits for it, or returns ctx's error at once when ctx is
// cancelled first (the process then exits; work writes only through export, which leaves no
// partial file under a real name).
func whileNotInterrupted(ctx context.Context, work func() error) error {
	done := make(chan error, 1)
	go func() { done <- work() }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// progressLine reports done/total of a long run (100 items or more). On a terminal it is one
// stderr line rewritten every tenth item; to anything else (a file, a pipe, a log) it writes a
// line when the run starts and one when it ends, never the carriage returns (100,000 files
// made 10,000 of them). end finishes the line when a run stops before its last item.
type progressLine struct {
	w    io.Writer
	what string
	tty  bool // w is a terminal
	open bool // a line is begun and not ended (tty) or the start is said (otherwise)
}

func newProgressLine(w io.Writer, what string) *progressLine {
	return &progressLine{w: w, what: what, tty: isTerminal(w)}
}

// isTerminal reports whether w is a terminal (a console on Windows).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// report is a Progress callback (calls never overlap).
func (p *progressLine) report(done, total int) {
	if total < 100 || done%10 != 0 && done != total {
		return
	}
	if !p.tty {
		if !p.open || done == total {
			fmt.Fprintf(p.w, "%s %d/%d\n", p.what, done, total)
		}
		p.open = true
		return
	}
	fmt.Fprintf(p.w, "\r%s %d/%d", p.what, done, total)
	p.open = done != total
	if !p.open {
		fmt.Fprintln(p.w)
	}
}

func (p *progressLine) end() {
	if p.open && p.tty {
		fmt.Fprintln(p.w)
	}
	p.open = false
}

// folderArg returns the optional single folder argument.
func folderArg(args []string) (string, error) {
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		return args[0], nil
	}
	return "", problem("cli.one_folder", "Args", len(args))
}

// refuseInside returns an error when out lies inside the folder dir about to be read: asked
// before loading, so a wrong --out fails at once (readFolder asks again with every place the
// load followed links to).
func refuseInside(out, dir string) error {
	if dir == "" {
		return nil
	}
	return export.RefuseInside(out, dir)
}
