package export

import (
	"errors"
	"fmt"
	"io"
	"time"

	"vertailu/assets/words"
	"vertailu/data"

	"codeberg.org/go-pdf/fpdf"
)

// ReportOptions are the choices for a comparison report.
type ReportOptions struct {
	// Lang is "fi" (the default) or "en".
	Lang string
	// Now is the printed date (zero: the current time); a fixed Now gives byte-identical output.
	Now time.Time
}

// The A4 landscape report page, in millimetres.
const (
	repW      = 297.0
	repH      = 210.0
	repMargin = 12.0
	repInnerW = repW - 2*repMargin
	repFootY  = repH - 9.0
	repRowH   = 5.2
	// Projects per chart page: bar rows that stay legible in the page's chart box.
	barsPerPage   = 18
	radarsPerPage = 6
)

// WriteReport writes a landscape comparison report of ps to w: a table of their key figures
// with totals, the funding of each project, utilisation, and the sustainability radar overlay
// (six projects a page). It takes as many pages as it needs.
func WriteReport(w io.Writer, ps []*data.Project, opts ReportOptions) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("export: cannot lay out the report: %v", r)
		}
	}()
	rp, err := newReport(ps, opts.Lang, nowOr(opts.Now))
	if err != nil {
		return err
	}
	sheets := rp.plan()
	rp.pages = len(sheets)
	rp.start()
	if err := rp.draw(sheets); err != nil {
		return err
	}
	if err := rp.pdf.Error(); err != nil {
		return err
	}
	return rp.pdf.Output(w)
}

// newReport checks ps and readies a report of them (no document yet: see start).
func newReport(ps []*data.Project, lang string, now time.Time) (*report, error) {
	if len(ps) == 0 {
		return nil, errors.New("export: no projects to compare")
	}
	clean := make([]*data.Project, len(ps))
	for i, p := range ps {
		if p == nil {
			return nil, errors.New("export: a project to compare is missing")
		}
		clean[i] = sanitised(p)
	}
	return &report{l: labelsFor(lang), lang: lang, ps: clean, now: now}, nil
}

// start begins a new document for the report's next sheets.
func (rp *report) start() {
	rp.pdf = newDocument("L", rp.now)
	rp.pdf.SetTitle(rp.l.reportTitle, true)
}

// report is a comparison report being laid out.
type report struct {
	pdf  *fpdf.Fpdf
	l    *labels
	lang string
	ps   []*data.Project
	now  time.Time
	y    float64
	// before is how many pages of the whole document come before this document's first one,
	// pages how many the whole document has: the footers say "n / N".
	before, pages int
}

func (rp *report) font(style string, size float64, col [3]int) {
	setFont(rp.pdf, style, size)
	rp.pdf.SetTextColor(col[0], col[1], col[2])
}

func (rp *report) text(x, top float64, s string) {
	size, _ := rp.pdf.GetFontSize()
	rp.pdf.Text(x, top+size*0.95*25.4/72, s)
}

// newPage starts a page with a title and the footer, and sets y below the title.
func (rp *report) newPage(title string) {
	rp.pdf.AddPage()
	rp.font("", 7.5, colMuted)
	kicker := rp.l.reportTitle + " · " + rp.l.projects(len(rp.ps))
	rp.text(repMargin, repMargin, kicker)
	rp.font("B", 14, colAccent)
	rp.text(repMargin, repMargin+4, title)
	rp.y = repMargin + 4 + lineH(14) + 2
	rp.pdf.SetDrawColor(colRule[0], colRule[1], colRule[2])
	rp.pdf.SetLineWidth(0.25)
	rp.pdf.Line(repMargin, repFootY, repW-repMargin, repFootY)
	rp.font("", 7, colMuted)
	date := rp.l.printed + " " + formatDate(rp.now, rp.lang)
	rp.text(repMargin, repFootY+1.5, date)
	num := pageNumber(rp.before+rp.pdf.PageNo(), rp.pages)
	rp.text(repW-repMargin-rp.pdf.GetStringWidth(num), repFootY+1.5, num)
}

// reportColumn is one column of the report table.
type reportColumn struct {
	title string
	w     float64
	right bool
	value func(*data.Project) string
}

func (rp *report) columns() []reportColumn {
	l := rp.l
	title := func(key string) string {
		c, _ := data.ColumnByKey(key)
		return words.Of(rp.lang).Column(c)
	}
	col := func(key string, w float64) reportColumn {
		c, _ := data.ColumnByKey(key)
		return reportColumn{title: words.Of(rp.lang).Column(c), w: w, right: c.Kind.Numeric(), value: func(p *data.Project) string { return words.Of(rp.lang).Cell(c, p) }}
	}
	return []reportColumn{
		col("code", 15),
		col("name", 60),
		{title: l.status, w: 25, value: func(p *data.Project) string { return statusText(p.Status, rp.lang) }},
		col("granted_eu_state", 22),
		col("realised_eu_state", 22),
		{title: title("utilisation_eu_state"), w: 18, right: true, value: func(p *data.Project) string { return flagged(p.Derived.UtilisationEUState, rp.lang) }},
		col("planned_public_total", 22),
		col("realised_public_total", 22),
		col("persons_planned", 16),
		{title: title("cost_per_planned_participant"), w: 21, right: true, value: func(p *data.Project) string { return euroFloat(p.Derived.CostPerPlannedParticipant, rp.lang) }},
		{title: l.sustShort[0], w: 15, right: true, value: func(p *data.Project) string { return data.FormatFloat(p.Derived.Direct.Overall, 1, rp.lang) }},
		{title: l.sustShort[1], w: 15, right: true, value: func(p *data.Project) string { return data.FormatFloat(p.Derived.Indirect.Overall, 1, rp.lang) }},
	}
}

func (rp *report) tableHeader(cols []reportColumn) {
	rp.font("B", 7, colMuted)
	x := repMargin
	h := 2 * lineH(7)
	for _, c := range cols {
		ls, _ := fitText(rp.pdf, c.title, c.w-1.5, 2)
		top := rp.y + h - float64(len(ls))*lineH(7)
		for j, s := range ls {
			rp.cell(x, top+float64(j)*lineH(7), c.w, s, c.right)
		}
		x += c.w
	}
	rp.y += h + 0.8
	rp.pdf.SetDrawColor(colAccent[0], colAccent[1], colAccent[2])
	rp.pdf.SetLineWidth(0.3)
	rp.pdf.Line(repMargin, rp.y, repMargin+repInnerW, rp.y)
	rp.y += 0.8
}

// cell draws s in a column box of width w, right-aligned for numbers.
func (rp *report) cell(x, top, w float64, s string, right bool) {
	if right {
		x += w - 1 - rp.pdf.GetStringWidth(s)
	}
	rp.text(x, top, s)
}

func (rp *report) tableRow(cols []reportColumn, p *data.Project, shaded bool) {
	if shaded {
		rp.pdf.SetFillColor(243, 245, 247)
		rp.pdf.Rect(repMargin, rp.y, repInnerW, repRowH, "F")
	}
	x := repMargin
	for _, c := range cols {
		rp.font("", 7.5, colText)
		rp.cell(x, rp.y+0.9, c.w, fitLine(rp.pdf, clean(c.value(p)), c.w-1.5), c.right)
		x += c.w
	}
	rp.y += repRowH
}

// totalsRow sums the four funding figures and shows the utilisation of the sums.
func (rp *report) totalsRow(cols []reportColumn) {
	t := data.Totals(rp.ps)
	sum := &data.Project{Code: rp.l.totals, Funding: t.Funding()}
	sum.Derived = data.Derive(sum)
	sum.Derived.UtilisationEUState = t.UtilisationEUState() // over the projects that know both
	rp.pdf.SetDrawColor(colAccent[0], colAccent[1], colAccent[2])
	rp.pdf.Line(repMargin, rp.y+0.3, repMargin+repInnerW, rp.y+0.3)
	rp.y += 0.8
	x := repMargin
	rp.font("B", 7.5, colText)
	label := fmt.Sprintf("%s (%d)", rp.l.totals, len(rp.ps))
	rp.cell(x, rp.y+0.9, cols[0].w+cols[1].w, fitLine(rp.pdf, label, cols[0].w+cols[1].w-1.5), false)
	for i, c := range cols {
		if i >= 3 && i <= 7 { // the funding sums and the utilisation of the sums
			rp.cell(x, rp.y+0.9, c.w, fitLine(rp.pdf, c.value(sum), c.w-1.5), c.right)
		}
		x += c.w
	}
	rp.y += repRowH
	for _, note := range []string{words.Of(rp.lang).UnknownNote(t), words.Of(rp.lang).PeriodsNote(rp.ps)} {
		if note == "" {
			continue
		}
		rp.font("", 7, colMuted)
		rp.text(repMargin, rp.y+0.9, fitLine(rp.pdf, note, repInnerW))
		rp.y += repRowH
	}
}
