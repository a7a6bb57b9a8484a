package export

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"vertailu/charts"
	"vertailu/data"
)

// PackOptions are the choices for a meeting pack.
type PackOptions struct {
	// Lang is "fi" (the default) or "en".
	Lang string
	// Now is the printed date (zero: the current time); a fixed Now gives byte-identical output.
	Now time.Time
	// Title is the cover's title; empty is "Meeting pack" in Lang.
	Title string
	// Folder is the folder the projects were read from, named on the cover.
	Folder string
	// Query is how the projects were chosen and ordered, worded on the cover.
	Query data.Query
	// Marked says the projects are the ones marked in the app; Codes that they were named by
	// code. Both are worded on the cover.
	Marked bool
	Codes  []string
	// Workers bounds how many summary pages are made at once; 0 means one per CPU.
	Workers int
	// Progress, when set, is called after each part with how many are done of how many. It runs
	// on the goroutine that writes; calls never overlap.
	Progress func(done, total int)
	// Changes, when set, adds a section "Changes since DATE" at the end: what moved between
	// two exports of a project list, its totals and the largest changes (pack_changes.go).
	Changes *data.Changes
	// Replace lets WritePackFile replace a file at its path (--force, or the user said so);
	// without it the final step takes the name only while it is free.
	Replace bool
	// Own, when set, prints the officer's notes and tags on each project's page ("include my
	// notes").
	Own OwnNotes
	// Similar, when set, gives each summary its similar earlier projects (see
	// SummaryOptions.Similar). It is called from several goroutines at once.
	Similar func(*data.Project) []*data.Project
}

// packLayout is the page plan of a pack: where each part starts (pages from 0) and how many
// pages it has in all.
type packLayout struct {
	contentsPages, comparison, firstSummary, total int
	changes                                        int // the changes' page, -1 when none
}

func planPack(projects, reportSheets int, changes bool) packLayout {
	extra := 0
	if changes {
		extra = 1 // a row of the contents, and a page
	}
	c := contentsPageCount(projects + extra)
	l := packLayout{
		contentsPages: c,
		comparison:    1 + c,
		firstSummary:  1 + c + reportSheets,
		total:         1 + c + reportSheets + projects + extra,
		changes:       -1,
	}
	if changes {
		l.changes = l.total - 1
	}
	return l
}

// sheetsPerDocument is how many report sheets are drawn into one piece before it is written
// out: the pack holds no more pages than that (or one summary per worker) in memory at once.
const sheetsPerDocument = 6

// WritePack writes one printable PDF for a meeting to w: a cover (what is in it, the funding
// totals), the contents with page numbers, the comparison report of ps, and the one-page
// summary of each project in the order of ps; every page numbered "n / N" and the parts and
// projects in the PDF's outline. It is written as it is made: a few pages are in memory at a
// time, however many projects there are. Cancelling ctx stops it with ctx's error.
func WritePack(ctx context.Context, w io.Writer, ps []*data.Project, opts PackOptions) error {
	_, err := writePack(ctx, w, ps, opts)
	return err
}

// writePack is WritePack that returns the pack, for its figures.
func writePack(ctx context.Context, w io.Writer, ps []*data.Project, opts PackOptions) (*pack, error) {
	rp, err := newReport(ps, opts.Lang, nowOr(opts.Now))
	if err != nil {
		return nil, err
	}
	sheets := rp.plan()
	pk := &pack{rp: rp, opts: opts, layout: planPack(len(ps), len(sheets), opts.Changes != nil), sheets: sheets}
	pk.j = newJoiner(w, pk.layout.total)
	pk.steps = 2 + (len(sheets)+sheetsPerDocument-1)/sheetsPerDocument + len(ps)
	parts := []func(context.Context) error{pk.cover, pk.contents, pk.comparison, pk.summaries}
	if opts.Changes != nil {
		pk.steps++
		parts = append(parts, pk.changes)
	}
	for _, part := range parts {
		if err := part(ctx); err != nil {
			return nil, err
		}
	}
	return pk, pk.j.finish(pk.outline(), docInfo{title: pk.title(), now: rp.now})
}

// WritePackFile writes the pack to path whole or not at all (see WriteFile): a file already
// there is replaced with opts.Replace, else kept (the error wraps ErrAppeared: it appeared
// while the pack was being written); a full disk or a cancel leaves nothing behind.
func WritePackFile(ctx context.Context, path string, ps []*data.Project, opts PackOptions) error {
	removeStaleTemps(filepath.Dir(path))
	err := placeContent(ctx, path, func(w io.Writer) error { return WritePack(ctx, w, ps, opts) }, opts.Replace)
	if opts.Replace {
		return err
	}
	return appeared(path, err)
}

// pack is a meeting pack being written.
type pack struct {
	rp     *report
	opts   PackOptions
	layout packLayout
	sheets []sheet
	j      *joiner
	steps  int
	done   int
	// summaryBytes is how many bytes the summary pages took in the file.
	summaryBytes int64
}

// title is the cover's title.
func (pk *pack) title() string {
	if pk.opts.Title != "" {
		return clean(pk.opts.Title)
	}
	return pk.rp.l.lang.T("Meeting pack")
}

// step counts one part as done.
func (pk *pack) step() {
	pk.done++
	if pk.opts.Progress != nil {
		pk.opts.Progress(pk.done, pk.steps)
	}
}

// add writes a piece to the pack once it is drawn.
func (pk *pack) add(ctx context.Context, doc []byte, err error) error {
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		_, err = pk.j.add(doc)
	}
	if err == nil {
		pk.step()
	}
	return err
}

// comparison writes the report's sheets, a few at a time.
func (pk *pack) comparison(ctx context.Context) error {
	rp := pk.rp
	rp.pages = pk.layout.total
	for from := 0; from < len(pk.sheets); from += sheetsPerDocument {
		to := min(from+sheetsPerDocument, len(pk.sheets))
		rp.before = pk.layout.comparison + from
		rp.start()
		err := rp.draw(pk.sheets[from:to])
		var b bytes.Buffer
		if err == nil {
			err = rp.pdf.Output(&b)
		}
		if err := pk.add(ctx, b.Bytes(), err); err != nil {
			return err
		}
	}
	return nil
}

// summaries writes the summary pages, made several at a time and written in order.
func (pk *pack) summaries(ctx context.Context) error {
	ps := pk.rp.ps
	workers := workerCount(pk.opts.Workers, len(ps))
	type made struct {
		b   []byte
		err error
	}
	results := make([]chan made, len(ps))
	for i := range results {
		results[i] = make(chan made, 1)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// A worker may run ahead of the writer by at most 2×workers pages.
	ahead := make(chan struct{}, 2*workers)
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for i := range ps {
			select {
			case ahead <- struct{}{}:
			case <-ctx.Done():
				return
			}
			jobs <- i
		}
	}()
	for range workers {
		go func() {
			for i := range jobs {
				b, err := pk.summary(i)
				results[i] <- made{b, err}
			}
		}()
	}
	start := pk.j.off
	for i := range ps {
		var m made
		select {
		case m = <-results[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-ahead
		if err := pk.add(ctx, m.b, m.err); err != nil {
			return err
		}
	}
	pk.summaryBytes = pk.j.off - start
	return nil
}

// summary draws the summary page of project i, numbered in the pack.
func (pk *pack) summary(i int) (b []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("export: cannot lay out the summary of %s: %v", pk.rp.ps[i].Code, r)
		}
	}()
	opts := SummaryOptions{Lang: pk.opts.Lang, Now: pk.rp.now, Page: pk.layout.firstSummary + i + 1, Pages: pk.layout.total, Own: pk.opts.Own}
	if pk.opts.Similar != nil {
		opts.Similar = pk.opts.Similar(pk.rp.ps[i])
	}
	pdf, err := summaryDocument(pk.rp.ps[i], opts)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = pdf.Output(&buf)
	return buf.Bytes(), err
}

// outline is the pack's bookmarks: the cover, the contents, the comparison, and the projects
// under a part of their own.
func (pk *pack) outline() []outlineEntry {
	l := pk.rp.l
	projects := make([]outlineEntry, len(pk.rp.ps))
	for i, p := range pk.rp.ps {
		projects[i] = outlineEntry{title: l.orNA(charts.ProjectLabel(p)), page: pk.layout.firstSummary + i}
	}
	out := []outlineEntry{
		{title: l.lang.T("Cover"), page: 0},
		{title: l.lang.T("Contents"), page: 1},
		{title: l.reportTitle, page: pk.layout.comparison},
		{title: l.lang.T("Project summaries"), page: pk.layout.firstSummary, kids: projects},
	}
	if pk.layout.changes >= 0 {
		out = append(out, outlineEntry{title: pk.changesTitle(), page: pk.layout.changes})
	}
	return out
}
