package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"vertailu/data"
	"vertailu/export"
)

func init() {
	register("export", "write a one-page PDF summary of each project into a folder", runExport)
	register("report", "write a comparison report PDF of the projects", runReport)
}

// exportRequest is what the export and report flags ask for.
type exportRequest struct {
	out, codes, lang      string
	force, notes, similar bool
	now                   time.Time // the print date (see printDate)
}

func exportFlags(name string, stderr io.Writer, req *exportRequest) *flag.FlagSet {
	fs := flag.NewFlagSet("vertailu "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&req.codes, "codes", "", "comma-separated project codes (default: every project)")
	fs.StringVar(&req.lang, "lang", "fi", "page language: fi or en")
	if name == "export" {
		fs.BoolVar(&req.notes, "notes", false, "print your own notes and tags on each page (see vertailu notes)")
		fs.StringVar(&req.out, "out", "", "folder to write the PDFs into (made if missing; required)")
		fs.BoolVar(&req.force, "force", false, "overwrite PDFs that already exist")
		fs.BoolVar(&req.similar, "similar", false, "list on each summary the three similar earlier projects of the folder with their outcome")
		fs.Usage = func() {
			fmt.Fprintln(stderr, "Usage: vertailu export --out DIR [--codes A,B] [--lang fi|en] [--notes] [--similar] [--force] [DIR]")
			fmt.Fprintln(stderr, "Writes <code>_<name>.pdf for each project; existing files are kept unless --force.")
			fs.PrintDefaults()
		}
	} else {
		fs.StringVar(&req.out, "out", "", "the report file, .pdf (required)")
		fs.Usage = func() {
			fmt.Fprintln(stderr, "Usage: vertailu report --out FILE.pdf [--codes A,B] [--lang fi|en] [DIR]")
			fs.PrintDefaults()
		}
	}
	return fs
}

// check validates the flags before anything is read.
func (req *exportRequest) check(name, dir string) error {
	if req.lang != "fi" && req.lang != "en" {
		return fmt.Errorf("--lang must be fi or en, not %q", req.lang)
	}
	now, err := printDate()
	if err != nil {
		return err
	}
	req.now = now
	if req.out == "" {
		if name == "export" {
			return errors.New("--out DIR is required")
		}
		return errors.New("--out FILE.pdf is required")
	}
	if name == "report" && !strings.EqualFold(filepath.Ext(req.out), ".pdf") {
		return fmt.Errorf("name the report .pdf, not %s", termName(req.out))
	}
	if name == "export" {
		return refuseInside(filepath.Join(req.out, "x.pdf"), dir)
	}
	return refuseInside(req.out, dir)
}

// parseExportArgs parses and checks the flags; it returns the folder to read, or the exit
// status when the arguments are wrong.
func parseExportArgs(name string, args []string, stderr io.Writer) (*exportRequest, string, int) {
	req := &exportRequest{}
	fs := exportFlags(name, stderr, req)
	if err := parseFlags(fs, args); err != nil {
		return nil, "", 2
	}
	dir, err := folderArg(fs.Args())
	if err == nil {
		err = req.check(name, dir)
	}
	if err != nil {
		sayError(stderr, name, err)
		fs.Usage()
		return nil, "", 2
	}
	return req, dir, 0
}

// loadSelection loads dir and picks the projects named by codes; out is what the command
// will write (refused inside the places read). It returns nil and the exit status when the
// command cannot go on, else the projects and the best exit status (see folderRead); all, when
// not nil, is given every project of the folder.
func loadSelection(ctx context.Context, name, dir, out, codes string, stderr io.Writer, all *[]*data.Project) ([]*data.Project, int) {
	read, status := readFolder(ctx, name, dir, out, stderr)
	if read == nil {
		return nil, status
	}
	if all != nil {
		*all = read.res.Projects
	}
	store := data.NewStore()
	store.Set(read.res)
	ps, err := selectProjects(store, codes)
	if err == nil && len(ps) == 0 {
		err = errors.New("the folder has no projects")
	}
	if err != nil {
		sayError(stderr, name, err)
		return nil, 1
	}
	return ps, read.status
}

func runExport(args []string, stdout, stderr io.Writer) int {
	req, dir, status := parseExportArgs("export", args, stderr)
	if req == nil {
		return status
	}
	ctx, stop := interruptible()
	defer stop()
	var all []*data.Project
	ps, status := loadSelection(ctx, "export", dir, filepath.Join(req.out, "x.pdf"), req.codes, stderr, &all)
	if ps == nil {
		return status
	}
	if err := os.MkdirAll(req.out, 0o755); err != nil {
		sayError(stderr, "export", err)
		return 1
	}
	var own export.OwnNotes
	if req.notes {
		l, ok := readOwnForOutput("export", stderr)
		if !ok {
			return 1
		}
		own = export.OwnFromLayer(l)
	}
	progress := newProgressLine(stderr, "exporting")
	bopts := export.BatchOptions{Lang: req.lang, Force: req.force, Now: req.now, Progress: progress.report, Own: own}
	if req.similar {
		bopts.Similar = similarEarlier(all)
	}
	res, err := export.ExportSummaries(ctx, ps, req.out, bopts)
	progress.end()
	return max(status, reportBatch(res, err, len(ps), req.out, stdout, stderr))
}

// reportBatch says what an export wrote and skipped, and returns the exit status: 1 when it
// was interrupted or a summary could not be written, 0 otherwise (existing files kept on
// purpose are no failure).
func reportBatch(res export.BatchResult, err error, total int, out string, stdout, stderr io.Writer) int {
	status := 0
	kept := 0
	for _, s := range res.Skipped {
		if s.Reason == export.ReasonExists {
			kept++
			fmt.Fprintf(stderr, "skipped %s: %s exists (use --force to overwrite)\n", termText(s.Code), termName(s.Path))
			continue
		}
		status = 1
		fmt.Fprintf(stderr, "skipped %s: %s: %s\n", termText(s.Code), termName(s.Path), termText(s.Reason))
	}
	fmt.Fprintf(stdout, "wrote %d of %d summaries to %s", len(res.Written), total, termName(out))
	if kept > 0 {
		fmt.Fprintf(stdout, "; %d kept as they were", kept)
	}
	if n := len(res.Skipped) - kept; n > 0 {
		fmt.Fprintf(stdout, "; %d failed", n)
	}
	fmt.Fprintln(stdout)
	if err != nil {
		fmt.Fprintln(stderr, "vertailu export: interrupted:", err)
		return exitInterrupted
	}
	return status
}

func runReport(args []string, stdout, stderr io.Writer) int {
	req, dir, status := parseExportArgs("report", args, stderr)
	if req == nil {
		return status
	}
	replace := mayReplace(req.out, false)
	ctx, stop := interruptible()
	defer stop()
	ps, status := loadSelection(ctx, "report", dir, req.out, req.codes, stderr, nil)
	if ps == nil {
		return status
	}
	var b bytes.Buffer
	err := whileNotInterrupted(ctx, func() error { return export.WriteReport(&b, ps, export.ReportOptions{Lang: req.lang, Now: req.now}) })
	if err == nil {
		err = writeOutput(ctx, req.out, b.Bytes(), replace)
	}
	if err != nil {
		sayWriteError(stderr, "report", req.out, err)
		return interruptedOr(ctx, err, 1)
	}
	fmt.Fprintf(stdout, "wrote a report of %d projects to %s\n", len(ps), termName(req.out))
	return status
}
