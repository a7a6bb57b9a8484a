package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"vertailu/charts"
	"vertailu/data"
)

func init() {
	register("chart", "cli.summary.chart", runChart)
}

// chartRequest is what the chart flags ask for.
type chartRequest struct {
	kind, groupBy, codes, series, lang, out string
	figure                                  string
	width, height                           int
	scale                                   float64
	public                                  bool
	replace                                 bool // the final step may replace a file at out (see mayReplace)
}

func chartFlags(v voice) (*flag.FlagSet, *chartRequest) {
	fs := v.flags("cli.chart.usage")
	req := &chartRequest{}
	l := v.lang
	fs.StringVar(&req.kind, "kind", "funding", l.T("cli.chart.flag.kind"))
	fs.StringVar(&req.groupBy, "group-by", "", l.T("cli.chart.flag.group_by", "Fields", fieldKeys()))
	fs.StringVar(&req.figure, "figure", "granted", l.T("cli.chart.flag.figure", "Figures", mapFigureKeys()))
	fs.StringVar(&req.codes, "codes", "", l.T("cli.chart.flag.codes"))
	fs.StringVar(&req.series, "series", "direct", l.T("cli.chart.flag.series"))
	fs.StringVar(&req.lang, "lang", "fi", l.T("cli.chart.flag.lang"))
	fs.StringVar(&req.out, "out", "", l.T("cli.chart.flag.out"))
	fs.IntVar(&req.width, "width", 800, l.T("cli.chart.flag.width"))
	fs.IntVar(&req.height, "height", 0, l.T("cli.chart.flag.height"))
	fs.Float64Var(&req.scale, "scale", 1, l.T("cli.chart.flag.scale"))
	fs.BoolVar(&req.public, "public", false, l.T("cli.chart.flag.public"))
	return fs, req
}

func fieldKeys() string {
	keys := make([]string, len(data.GroupFields))
	for i, f := range data.GroupFields {
		keys[i] = string(f)
	}
	return strings.Join(keys, ", ")
}

func runChart(args []string, stdout, stderr io.Writer) int {
	v := voice{name: "chart", lang: langOf(args), w: stderr}
	fs, req := chartFlags(v)
	if err := parseFlags(fs, args); err != nil {
		return 2
	}
	dir, err := folderArg(fs.Args())
	if err == nil {
		err = req.check()
	}
	if err == nil {
		err = refuseInside(req.out, dir)
	}
	if err != nil {
		v.sayError(err)
		fs.Usage()
		return 2
	}
	req.replace = mayReplace(req.out, false)
	ctx, stop := interruptible()
	defer stop()
	read, status := readFolder(ctx, v, dir, req.out)
	if read == nil {
		return status
	}
	store := data.NewStore()
	store.Set(read.res)
	ps, err := selectProjects(store, req.codes)
	if err == nil {
		err = req.render(ctx, ps)
	}
	if err != nil {
		sayWriteError(v, req.out, err)
		return interruptedOr(ctx, err, 1)
	}
	fmt.Fprintln(stdout, v.lang.T("cli.wrote", "File", termName(req.out)))
	return read.status
}

// check validates the flags before anything is read.
func (req *chartRequest) check() error {
	switch req.kind {
	case "funding", "utilisation", "radar", "radar-overlay", "dimensions", "groups", "map":
	default:
		return problem("cli.chart.unknown_kind", "Kind", strconv.Quote(req.kind))
	}
	if err := req.checkGrouping(); err != nil {
		return err
	}
	if err := checkLang(req.lang); err != nil {
		return err
	}
	if req.series != "direct" && req.series != "indirect" {
		return problem("cli.chart.series", "Value", strconv.Quote(req.series))
	}
	if req.out == "" {
		return problem("cli.chart.out_required")
	}
	switch strings.ToLower(filepath.Ext(req.out)) {
	case ".png", ".svg", ".pdf":
	default:
		return problem("cli.chart.out_format", "File", termName(req.out))
	}
	if req.width < 100 || req.width > 10000 || (req.height != 0 && (req.height < 100 || req.height > 10000)) {
		return problem("cli.chart.size")
	}
	if !(req.scale >= 0.25 && req.scale <= 8) {
		return problem("cli.chart.scale")
	}
	return nil
}

// selectProjects returns the projects named by codes (in that order), or all of them.
func selectProjects(store *data.Store, codes string) ([]*data.Project, error) {
	if strings.TrimSpace(codes) == "" {
		return store.Projects(), nil
	}
	var ps []*data.Project
	var missing []string
	for _, code := range strings.Split(codes, ",") {
		code = strings.TrimSpace(code)
		if code == "" {
			continue
		}
		found := store.ByCode(code)
		if len(found) == 0 {
			found = store.ByCode(strings.ToUpper(code))
		}
		if len(found) == 0 {
			missing = append(missing, code)
		}
		ps = append(ps, found...)
	}
	if len(missing) > 0 {
		return nil, problem("cli.no_code", "Codes", strings.Join(missing, ", "))
	}
	return ps, nil
}

// build makes the chart the request asks for from ps.
func (req *chartRequest) build(ps []*data.Project) (charts.Chart, error) {
	if len(ps) == 0 {
		return nil, problem("cli.chart.no_projects")
	}
	series := charts.Direct
	if req.series == "indirect" {
		series = charts.Indirect
	}
	switch req.kind {
	case "funding":
		if len(ps) == 1 {
			return charts.Funding(ps[0], req.lang), nil
		}
		return charts.FundingCompare(ps, req.public, req.lang), nil
	case "utilisation":
		return charts.Utilisation(ps, req.lang), nil
	case "radar":
		if len(ps) != 1 {
			return nil, problem("cli.chart.radar_one", "Selected", len(ps))
		}
		return charts.Radar(ps[0], req.lang), nil
	case "radar-overlay":
		return charts.RadarOverlay(ps, series, req.lang), nil
	case "dimensions":
		return charts.DimensionRadar(ps, series, req.lang), nil
	case "map":
		fig, _ := charts.ParseMapFigure(req.figure)
		return charts.Map(ps, charts.MapOptions{Level: req.mapLevel(), Figure: fig}, req.lang), nil
	}
	f, _ := data.ParseField(req.groupBy)
	return charts.Groups(data.GroupBy(ps, f), req.lang), nil
}

// size returns the canvas size: without --height, the one the chart prefers at --width.
func (req *chartRequest) size(c charts.Chart) (int, int) {
	if req.height > 0 {
		return req.width, req.height
	}
	return charts.PreferredSize(c, req.width)
}

// render draws the chart and writes it atomically in the format of the file name.
func (req *chartRequest) render(ctx context.Context, ps []*data.Project) error {
	c, err := req.build(ps)
	if err != nil {
		return err
	}
	var b []byte
	err = whileNotInterrupted(ctx, func() (err error) {
		b, err = req.draw(c)
		return err
	})
	if err != nil {
		return err
	}
	return writeOutput(ctx, req.out, b, req.replace)
}

// draw renders c in the format of the file name.
func (req *chartRequest) draw(c charts.Chart) (b []byte, err error) {
	w, h := req.size(c)
	switch strings.ToLower(filepath.Ext(req.out)) {
	case ".svg":
		b, err = charts.RenderSVG(c, w, h)
	case ".pdf":
		var buf bytes.Buffer
		err = charts.WritePDF(&buf, c, float64(w), float64(h))
		b = buf.Bytes()
	default:
		b, err = charts.RenderPNG(c, w, h, req.scale)
	}
	return b, err
}
