package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/export"
)

func init() {
	register("pack", "cli.summary.pack", runPack)
}

// packRequest is what the pack flags ask for.
type packRequest struct {
	out, codes, filter, sortKey, lang, title, savedSelection string
	desc, force, notes, changes, similar                     bool
}

func packFlags(v voice) (*flag.FlagSet, *packRequest) {
	fs := v.flags("cli.pack.usage", func() { v.line("cli.column_keys", "Keys", strings.Join(data.ColumnKeys(), ", ")) })
	req := &packRequest{}
	l := v.lang
	fs.StringVar(&req.out, "out", "", l.T("cli.pack.flag.out"))
	fs.StringVar(&req.codes, "codes", "", l.T("cli.pack.flag.codes"))
	fs.StringVar(&req.filter, "filter", "", l.T("cli.pack.flag.filter"))
	fs.StringVar(&req.sortKey, "sort", "", l.T("cli.pack.flag.sort"))
	fs.BoolVar(&req.desc, "desc", false, l.T("cli.flag.desc"))
	fs.StringVar(&req.lang, "lang", "fi", l.T("cli.flag.lang_pages"))
	fs.StringVar(&req.title, "title", "", l.T("cli.pack.flag.title"))
	fs.BoolVar(&req.force, "force", false, l.T("cli.pack.flag.force"))
	fs.BoolVar(&req.notes, "notes", false, l.T("cli.flag.notes_pages"))
	fs.StringVar(&req.savedSelection, "selection", "", l.T("cli.pack.flag.selection"))
	fs.BoolVar(&req.changes, "changes", false, l.T("cli.pack.flag.changes"))
	fs.BoolVar(&req.similar, "similar", false, l.T("cli.flag.similar"))
	return fs, req
}

// check validates the flags before anything is read.
func (req *packRequest) check(dir string) error {
	if err := checkLang(req.lang); err != nil {
		return err
	}
	switch {
	case req.out == "":
		return problem("cli.out_pdf_required")
	case !strings.EqualFold(filepath.Ext(req.out), ".pdf"):
		return problem("cli.pack.name_pdf", "File", termName(req.out))
	case req.savedSelection != "" && req.codes != "":
		return problem("cli.pack.codes_or_selection")
	}
	if req.sortKey != "" {
		if _, ok := data.ColumnByKey(req.sortKey); !ok {
			return problem("cli.unknown_sort_key", "Key", strconv.Quote(req.sortKey))
		}
	}
	if _, err := printDate(); err != nil {
		return err
	}
	return refuseInside(req.out, dir)
}

func runPack(args []string, stdout, stderr io.Writer) int {
	v := voice{name: "pack", lang: langOf(args), w: stderr}
	fs, req := packFlags(v)
	if err := parseFlags(fs, args); err != nil {
		return 2
	}
	dir, err := folderArg(fs.Args())
	if err == nil {
		err = req.check(dir)
	}
	if err != nil {
		v.sayError(err)
		fs.Usage()
		return 2
	}
	if _, err := os.Lstat(req.out); err == nil && !req.force {
		v.say("cli.pack.exists", "File", termName(req.out))
		return 2
	}
	replace := mayReplace(req.out, req.force)
	ctx, stop := interruptible()
	defer stop()
	read, status := readFolder(ctx, v, dir, req.out)
	if read == nil {
		return status
	}
	if req.savedSelection != "" {
		codes, ok := selectionCodes(v, req.savedSelection)
		if !ok {
			return 1
		}
		req.codes = strings.Join(presentCodes(v, read.res, codes), ",")
		if req.codes == "" {
			v.say("cli.pack.selection_absent", "Name", termName(req.savedSelection))
			return 1
		}
	}
	ps, opts, err := req.selection(read.res, dir)
	if err != nil {
		v.sayError(err)
		return 1
	}
	if req.changes {
		from, to, ok := data.LatestPair(data.Exports(read.res))
		if !ok {
			v.sayError(problem("cli.pack.no_pair", "Folder", folderWords(dir)))
			return 1
		}
		opts.Changes = data.Compare(from, to)
	}
	opts.Now, _ = printDate() // checked in check
	if req.notes {
		l, ok := readOwnForOutput(v)
		if !ok {
			return 1
		}
		opts.Own = export.OwnFromLayer(l)
	}
	if req.similar {
		opts.Similar = similarEarlier(read.res.Projects)
	}
	opts.Replace = replace
	progress := newProgressLine(stderr, v.lang.T("cli.progress.pack"))
	opts.Progress = progress.report
	err = export.WritePackFile(ctx, req.out, ps, opts)
	progress.end()
	switch {
	case ctx.Err() != nil:
		v.say("cli.pack.interrupted")
		return exitInterrupted
	case err != nil:
		sayWriteError(v, req.out, err)
		return 1
	}
	fmt.Fprintln(stdout, v.lang.N("cli.pack.wrote", len(ps), "File", termName(req.out)))
	return read.status
}

// selection picks and orders the projects as the flags say (the codes first, then the filter
// and the order), and words that choice for the cover.
func (req *packRequest) selection(res *data.LoadResult, dir string) ([]*data.Project, export.PackOptions, error) {
	store := data.NewStore()
	store.Set(res)
	q := data.Query{Text: req.filter, SortKey: req.sortKey, Desc: req.desc}
	ps := store.Query(q)
	opts := export.PackOptions{Lang: req.lang, Title: req.title, Folder: folderName(dir, req.lang), Query: q}
	if strings.TrimSpace(req.codes) != "" {
		chosen, err := selectProjects(store, req.codes)
		if err != nil {
			return nil, opts, err
		}
		keep := map[*data.Project]bool{}
		for _, p := range chosen {
			keep[p] = true
		}
		ps = slices.DeleteFunc(ps, func(p *data.Project) bool { return !keep[p] })
		for _, c := range strings.Split(req.codes, ",") {
			if c = strings.TrimSpace(c); c != "" {
				opts.Codes = append(opts.Codes, c)
			}
		}
	}
	if len(ps) == 0 {
		return nil, opts, problem("cli.pack.empty")
	}
	return ps, opts, nil
}

// folderName is the folder as the cover names it: absolute, or the sample folder's name in
// lang.
func folderName(dir, lang string) string {
	if dir == "" {
		return words.Of(lang).T("sample folder")
	}
	if abs, err := filepath.Abs(dir); err == nil {
		return abs
	}
	return dir
}

// presentCodes keeps the codes of projects res holds, v saying which are not there.
func presentCodes(v voice, res *data.LoadResult, codes []string) []string {
	have := map[string]bool{}
	for _, p := range res.Projects {
		have[data.CleanCode(p.Code)] = true
	}
	var keep, missing []string
	for _, c := range codes {
		if have[data.CleanCode(c)] {
			keep = append(keep, c)
		} else {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		v.sayN("cli.pack.selection_missing", len(missing), "Codes", termText(strings.Join(missing, ", ")))
	}
	return keep
}
