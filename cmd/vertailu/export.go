package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/export"
)

func init() {
	register("export", "cli.summary.export", runExport)
	register("report", "cli.summary.report", runReport)
}

// exportRequest is what the export and report flags ask for.
type exportRequest struct {
	out, codes, lang      string
	force, notes, similar bool
	now                   time.Time // the print date (see printDate)
}

func exportFlags(name string, v voice, req *exportRequest) *flag.FlagSet {
	fs := v.flags("cli." + name + ".usage")
	l := v.lang
	fs.StringVar(&req.codes, "codes", "", l.T("cli.flag.codes"))
	fs.StringVar(&req.lang, "lang", "fi", l.T("cli.flag.lang_pages"))
	if name == "export" {
		fs.BoolVar(&req.notes, "notes", false, l.T("cli.flag.notes_pages"))
		fs.StringVar(&req.out, "out", "", l.T("cli.export.flag.out"))
		fs.BoolVar(&req.force, "force", false, l.T("cli.export.flag.force"))
		fs.BoolVar(&req.similar, "similar", false, l.T("cli.flag.similar"))
	} else {
		fs.StringVar(&req.out, "out", "", l.T("cli.report.flag.out"))
	}
	return fs
}

// check validates the flags before anything is read.
func (req *exportRequest) check(name, dir string) error {
	if err := checkLang(req.lang); err != nil {
		return err
	}
	now, err := printDate()
	if err != nil {
		return err
	}
	req.now = now
	if req.out == "" {
		if name == "export" {
			return problem("cli.export.out_required")
		}
		return problem("cli.out_pdf_required")
	}
	if name == "report" && !strings.EqualFold(filepath.Ext(req.out), ".pdf") {
		return problem("cli.report.name_pdf", "File", termName(req.out))
	}
	if name == "export" {
		return refuseInside(filepath.Join(req.out, "x.pdf"), dir)
	}
	return refuseInside(req.out, dir)
}

// parseExportArgs parses and checks the flags; it returns the folder to read and how the
// command speaks, or the exit status when the arguments are wrong.
func parseExportArgs(name string, args []string, stderr io.Writer) (*exportRequest, voice, string, int) {
	req := &exportRequest{}
	v := voice{name: name, lang: langOf(args), w: stderr}
	fs := exportFlags(name, v, req)
	if err := parseFlags(fs, args); err != nil {
		return nil, v, "", 2
	}
	dir, err := folderArg(fs.Args())
	if err == nil {
		err = req.check(name, dir)
	}
	if err != nil {
		v.sayError(err)
		fs.Usage()
		return nil, v, "", 2
	}
	return req, v, dir, 0
}

// loadSelection loads dir and picks the projects named by codes; out is what the command
// will write (refused inside the places read). It returns nil and the exit status when the
// command cannot go on, else the projects and the best exit status (see folderRead); all, when
// not nil, is given every project of the folder.
func loadSelection(ctx context.Context, v voice, dir, out, codes string, all *[]*data.Project) ([]*data.Project, int) {
	read, status := readFolder(ctx, v, dir, out)
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
		err = problem("cli.no_projects")
	}
	if err != nil {
		v.sayError(err)
		return nil, 1
	}
	return ps, read.status
}

func runExport(args []string, stdout, stderr io.Writer) int {
	req, v, dir, status := parseExportArgs("export", args, stderr)
	if req == nil {
		return status
	}
	ctx, stop := interruptible()
	defer stop()
	var all []*data.Project
	ps, status := loadSelection(ctx, v, dir, filepath.Join(req.out, "x.pdf"), req.codes, &all)
	if ps == nil {
		return status
	}
	if err := os.MkdirAll(req.out, 0o755); err != nil {
		v.sayError(err)
		return 1
	}
	var own export.OwnNotes
	if req.notes {
		l, ok := readOwnForOutput(v)
		if !ok {
			return 1
		}
		own = export.OwnFromLayer(l)
	}
	progress := newProgressLine(stderr, v.lang.T("cli.progress.exporting"))
	bopts := export.BatchOptions{Lang: req.lang, Force: req.force, Now: req.now, Progress: progress.report, Own: own}
	if req.similar {
		bopts.Similar = similarEarlier(all)
	}
	res, err := export.ExportSummaries(ctx, ps, req.out, bopts)
	progress.end()
	return max(status, reportBatch(v, res, err, len(ps), req.out, stdout))
}

// reportBatch says what an export wrote and skipped, and returns the exit status: 1 when it
// was interrupted or a summary could not be written, 0 otherwise (existing files kept on
// purpose are no failure).
func reportBatch(v voice, res export.BatchResult, err error, total int, out string, stdout io.Writer) int {
	status := 0
	kept := 0
	for _, s := range res.Skipped {
		if s.Reason == export.ReasonExists {
			kept++
			v.line("cli.export.kept", "Code", termText(s.Code), "File", termName(s.Path))
			continue
		}
		status = 1
		v.line("cli.export.skipped", "Code", termText(s.Code), "File", termName(s.Path), "Reason", termText(reasonWords(s.Reason, v.lang)))
	}
	line := v.lang.T("cli.export.wrote", "Written", len(res.Written), "Total", total, "Folder", termName(out))
	if kept > 0 {
		line += v.lang.T("cli.export.wrote_kept", "Kept", kept)
	}
	if n := len(res.Skipped) - kept; n > 0 {
		line += v.lang.T("cli.export.wrote_failed", "Failed", n)
	}
	fmt.Fprintln(stdout, line)
	if err != nil {
		v.say("cli.interrupted_because", "Error", termText(err.Error()))
		return exitInterrupted
	}
	return status
}

// reasonWords is why a summary was skipped, in lang: the export words some reasons as
// catalogue ids; the others are a system's error.
func reasonWords(reason string, lang words.Lang) string {
	if words.Has(reason) {
		return lang.T(reason)
	}
	return reason
}

func runReport(args []string, stdout, stderr io.Writer) int {
	req, v, dir, status := parseExportArgs("report", args, stderr)
	if req == nil {
		return status
	}
	replace := mayReplace(req.out, false)
	ctx, stop := interruptible()
	defer stop()
	ps, status := loadSelection(ctx, v, dir, req.out, req.codes, nil)
	if ps == nil {
		return status
	}
	var b bytes.Buffer
	err := whileNotInterrupted(ctx, func() error { return export.WriteReport(&b, ps, export.ReportOptions{Lang: req.lang, Now: req.now}) })
	if err == nil {
		err = writeOutput(ctx, req.out, b.Bytes(), replace)
	}
	if err != nil {
		sayWriteError(v, req.out, err)
		return interruptedOr(ctx, err, 1)
	}
	fmt.Fprintln(stdout, v.lang.N("cli.report.wrote", len(ps), "File", termName(req.out)))
	return status
}
