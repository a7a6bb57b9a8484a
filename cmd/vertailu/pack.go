package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/export"
)

func init() {
	register("pack", "write one printable meeting pack PDF: cover, contents, comparison, a summary per project", runPack)
}

// packRequest is what the pack flags ask for.
type packRequest struct {
	out, codes, filter, sortKey, lang, title, savedSelection string
	desc, force, notes, changes, similar                     bool
}

func packFlags(stderr io.Writer) (*flag.FlagSet, *packRequest) {
	fs := flag.NewFlagSet("vertailu pack", flag.ContinueOnError)
	fs.SetOutput(stderr)
	req := &packRequest{}
	fs.StringVar(&req.out, "out", "", "the pack file, .pdf (required)")
	fs.StringVar(&req.codes, "codes", "", "comma-separated project codes (default: every project the filter keeps)")
	fs.StringVar(&req.filter, "filter", "", "free-text filter, as the table's search field")
	fs.StringVar(&req.sortKey, "sort", "", "order by this column key (default: as the files are in the folder)")
	fs.BoolVar(&req.desc, "desc", false, "order descending (unknown values stay last)")
	fs.StringVar(&req.lang, "lang", "fi", "page language: fi or en")
	fs.StringVar(&req.title, "title", "", "the cover's title (default: Kokousaineisto / Meeting pack)")
	fs.BoolVar(&req.force, "force", false, "overwrite the file if it exists")
	fs.BoolVar(&req.notes, "notes", false, "print your own notes and tags on each project's page (see vertailu notes)")
	fs.StringVar(&req.savedSelection, "selection", "", "the projects of this saved selection (see vertailu selections) that the folder holds")
	fs.BoolVar(&req.changes, "changes", false, "add \"Changes since DATE\": what moved between the two newest exports of a project list (see vertailu changes)")
	fs.BoolVar(&req.similar, "similar", false, "list on each summary the three similar earlier projects of the folder with their outcome")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: vertailu pack --out FILE.pdf [--codes A,B] [--filter TEXT] [--sort KEY] [--desc] [--lang fi|en] [--title TEXT] [--selection NAME] [--notes] [--changes] [--similar] [--force] [DIR]")
		fmt.Fprintln(stderr, "One A4 PDF: a cover, the contents, the comparison report and the summary of each project.")
		fs.PrintDefaults()
		fmt.Fprintln(stderr, "\nColumn keys: "+strings.Join(data.ColumnKeys(), ", "))
	}
	return fs, req
}

// check validates the flags before anything is read.
func (req *packRequest) check(dir string) error {
	switch {
	case req.lang != "fi" && req.lang != "en":
		return fmt.Errorf("--lang must be fi or en, not %q", req.lang)
	case req.out == "":
		return errors.New("--out FILE.pdf is required")
	case !strings.EqualFold(filepath.Ext(req.out), ".pdf"):
		return fmt.Errorf("name the pack .pdf, not %s", termName(req.out))
	case req.savedSelection != "" && req.codes != "":
		return errors.New("give --codes or --selection, not both")
	}
	if req.sortKey != "" {
		if _, ok := data.ColumnByKey(req.sortKey); !ok {
			return fmt.Errorf("unknown sort key %q", req.sortKey)
		}
	}
	if _, err := printDate(); err != nil {
		return err
	}
	return refuseInside(req.out, dir)
}

func runPack(args []string, stdout, stderr io.Writer) int {
	fs, req := packFlags(stderr)
	if err := parseFlags(fs, args); err != nil {
		return 2
	}
	dir, err := folderArg(fs.Args())
	if err == nil {
		err = req.check(dir)
	}
	if err != nil {
		sayError(stderr, "pack", err)
		fs.Usage()
		return 2
	}
	if _, err := os.Lstat(req.out); err == nil && !req.force {
		fmt.Fprintf(stderr, "vertailu pack: %s exists; use --force to overwrite it\n", termName(req.out))
		return 2
	}
	replace := mayReplace(req.out, req.force)
	ctx, stop := interruptible()
	defer stop()
	read, status := readFolder(ctx, "pack", dir, req.out, stderr)
	if read == nil {
		return status
	}
	if req.savedSelection != "" {
		codes, ok := selectionCodes(req.savedSelection, stderr)
		if !ok {
			return 1
		}
		req.codes = strings.Join(presentCodes(read.res, codes, stderr), ",")
		if req.codes == "" {
			fmt.Fprintf(stderr, "vertailu pack: no project of the selection %s is in the folder\n", termName(req.savedSelection))
			return 1
		}
	}
	ps, opts, err := req.selection(read.res, dir)
	if err != nil {
		sayError(stderr, "pack", err)
		return 1
	}
	if req.changes {
		from, to, ok := data.LatestPair(data.Exports(read.res))
		if !ok {
			sayError(stderr, "pack", fmt.Errorf("--changes: no two project list exports of one period in %s", samplesOr(dir)))
			return 1
		}
		opts.Changes = data.Compare(from, to)
	}
	opts.Now, _ = printDate() // checked in check
	if req.notes {
		l, ok := readOwnForOutput("pack", stderr)
		if !ok {
			return 1
		}
		opts.Own = export.OwnFromLayer(l)
	}
	if req.similar {
		opts.Similar = similarEarlier(read.res.Projects)
	}
	opts.Replace = replace
	progress := newProgressLine(stderr, "writing the pack")
	opts.Progress = progress.report
	err = export.WritePackFile(ctx, req.out, ps, opts)
	progress.end()
	switch {
	case ctx.Err() != nil:
		fmt.Fprintln(stderr, "vertailu pack: interrupted; nothing was written")
		return exitInterrupted
	case err != nil:
		sayWriteError(stderr, "pack", req.out, err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote a meeting pack of %d projects to %s\n", len(ps), termName(req.out))
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
		return nil, opts, errors.New("no project to put in the pack (the folder is empty, or the filter keeps none)")
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

// presentCodes keeps the codes of projects res holds, saying on stderr which are not there.
func presentCodes(res *data.LoadResult, codes []string, stderr io.Writer) []string {
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
		fmt.Fprintf(stderr, "vertailu pack: %d projects of the selection are not in the folder: %s\n", len(missing), termText(strings.Join(missing, ", ")))
	}
	return keep
}
