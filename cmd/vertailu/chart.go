package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"vertailu/charts"
	"vertailu/data"
)

func init() {
	register("chart", "render a chart to PNG, SVG or PDF", runChart)
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

func chartFlags(stderr io.Writer) (*flag.FlagSet, *chartRequest) {
	fs := flag.NewFlagSet("vertailu chart", flag.ContinueOnError)
	fs.SetOutput(stderr)
	req := &chartRequest{}
	fs.StringVar(&req.kind, "kind", "funding", "funding, utilisation, radar, radar-overlay, dimensions, groups or map")
	fs.StringVar(&req.groupBy, "group-by", "", "grouping for --kind groups: "+fieldKeys()+" (default priority_axis); for --kind map: region or municipality (default region)")
	fs.StringVar(&req.figure, "figure", "granted", "figure a map shades by: "+mapFigureKeys())
	fs.StringVar(&req.codes, "codes", "", "comma-separated project codes to draw (default: every project)")
	fs.StringVar(&req.series, "series", "direct", "sustainability series for radar-overlay and dimensions: direct or indirect")
	fs.StringVar(&req.lang, "lang", "fi", "labels: fi or en")
	fs.StringVar(&req.out, "out", "", "output file: .png, .svg or .pdf (required)")
	fs.IntVar(&req.width, "width", 800, "width in pixels (points for PDF)")
	fs.IntVar(&req.height, "height", 0, "height in pixels (points for PDF); 0 fits the chart (bar charts grow with their rows)")
	fs.Float64Var(&req.scale, "scale", 1, "PNG pixel scale, e.g. 2 for high-DPI screens")
	fs.BoolVar(&req.public, "public", false, "funding of several projects: add planned and realised public funding")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: vertailu chart --kind funding|utilisation|radar|radar-overlay|dimensions|groups|map [--group-by KEY] [--figure F]")
		fmt.Fprintln(stderr, "         [--codes A,B] [--series direct|indirect] [--width W --height H] [--lang fi|en] --out FILE.png|.svg|.pdf [DIR]")
		fs.PrintDefaults()
	}
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
	fs, req := chartFlags(stderr)
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
		sayError(stderr, "chart", err)
		fs.Usage()
		return 2
	}
	req.replace = mayReplace(req.out, false)
	ctx, stop := interruptible()
	defer stop()
	read, status := readFolder(ctx, "chart", dir, req.out, stderr)
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
		sayWriteError(stderr, "chart", req.out, err)
		return interruptedOr(ctx, err, 1)
	}
	fmt.Fprintf(stdout, "wrote %s\n", termName(req.out))
	return read.status
}

// check validates the flags before anything is read.
func (req *chartRequest) check() error {
	switch req.kind {
	case "funding", "utilisation", "radar", "radar-overlay", "dimensions", "groups", "map":
	default:
		return fmt.Errorf("unknown --kind %q", req.kind)
	}
	if err := req.checkGrouping(); err != nil {
		return err
	}
	if req.lang != "fi" && req.lang != "en" {
		return fmt.Errorf("--lang must be fi or en, not %q", req.lang)
	}
	if req.series != "direct" && req.series != "indirect" {
		return fmt.Errorf("--series must be direct or indirect, not %q", req.series)
	}
	if req.out == "" {
		return errors.New("--out FILE is required (.png, .svg or .pdf)")
	}
	switch strings.ToLower(filepath.Ext(req.out)) {
	case ".png", ".svg", ".pdf":
	default:
		return fmt.Errorf("cannot tell the format of %s: name it .png, .svg or .pdf", termName(req.out))
	}
	if req.width < 100 || req.width > 10000 || (req.height != 0 && (req.height < 100 || req.height > 10000)) {
		return errors.New("--width and --height must be between 100 and 10000")
	}
	if !(req.scale >= 0.25 && req.scale <= 8) {
		return errors.New("--scale must be between 0.25 and 8")
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
		return nil, fmt.Errorf("no project with code %s in the folder", strings.Join(missing, ", "))
	}
	return ps, nil
}

// build makes the chart the request asks for from ps.
func (req *chartRequest) build(ps []*data.Project) (charts.Chart, error) {
	if len(ps) == 0 {
		return nil, errors.New("the folder has no projects to draw")
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
			return nil, fmt.Errorf("a radar draws one project, and %d are selected: name one with --codes (or use --kind radar-overlay)", len(ps))
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
