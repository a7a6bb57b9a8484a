package export

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"vertailu/charts"
	"vertailu/data"
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
	if len(ps) == 0 {
		return errors.New("export: no projects to compare")
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("export: cannot lay out the report: %v", r)
		}
	}()
	now := nowOr(opts.Now)
	clean := make([]*data.Project, len(ps))
	for i, p := range ps {
		if p == nil {
			return errors.New("export: a project to compare is missing")
		}
		clean[i] = sanitised(p)
	}
	rp := &report{pdf: newDocument("L", now), l: labelsFor(opts.Lang), lang: opts.Lang, ps: clean, now: now}
	rp.pdf.SetTitle(rp.l.reportTitle, true)
	rp.pdf.AliasNbPages("{nb}")
	rp.table()
	if err := rp.chartPages(); err != nil {
		return err
	}
	if err := rp.pdf.Error(); err != nil {
		return err
	}
	return rp.pdf.Output(w)
}

// report is a comparison report being laid out.
type report struct {
	pdf  *fpdf.Fpdf
	l    *labels
	lang string
	ps   []*data.Project
	now  time.Time
	y    float64
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
	num := strconv.Itoa(rp.pdf.PageNo()) + "/{nb}"
	rp.text(repW-repMargin-rp.pdf.GetStringWidth(strconv.Itoa(rp.pdf.PageNo())+"/999"), repFootY+1.5, num)
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
		return c.Title(rp.lang)
	}
	col := func(key string, w float64) reportColumn {
		c, _ := data.ColumnByKey(key)
		return reportColumn{title: c.Title(rp.lang), w: w, right: c.Kind.Numeric(), value: func(p *data.Project) string { return c.Display(p, rp.lang) }}
	}
	return []reportColumn{
		col("code", 15),
		col("name", 60),
		{title: l.status, w: 25, value: func(p *data.Project) string { return statusText(p.Status, rp.lang) }},
		col("granted_eu_state", 22),
		col("realised_eu_state", 22),
		{title: title("utilisation_eu_state"), w: 18, right: true, value: func(p *data.Project) string { return flagged(p.Derived.UtilisationEUState) }},
		col("planned_public_total", 22),
		col("realised_public_total", 22),
		col("persons_planned", 16),
		{title: title("cost_per_planned_participant"), w: 21, right: true, value: func(p *data.Project) string { return euroFloat(p.Derived.CostPerPlannedParticipant) }},
		{title: l.sustShort[0], w: 15, right: true, value: func(p *data.Project) string { return data.FormatFloat(p.Derived.Direct.Overall, 1) }},
		{title: l.sustShort[1], w: 15, right: true, value: func(p *data.Project) string { return data.FormatFloat(p.Derived.Indirect.Overall, 1) }},
	}
}

// table draws the key-figure table over as many pages as it needs, with a totals row.
func (rp *report) table() {
	cols := rp.columns()
	bottom := repFootY - 3
	for i := 0; i < len(rp.ps); {
		rp.newPage(rp.l.reportTitle)
		rp.tableHeader(cols)
		for ; i < len(rp.ps) && rp.y+repRowH <= bottom-repRowH; i++ {
			rp.tableRow(cols, rp.ps[i], i%2 == 1)
		}
	}
	rp.totalsRow(cols)
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
	if note := t.UnknownNote(rp.lang); note != "" {
		rp.font("", 7, colMuted)
		rp.text(repMargin, rp.y+0.9, fitLine(rp.pdf, note, repInnerW))
		rp.y += repRowH
	}
}

// chartPages draws, for each chunk of barsPerPage projects, the funding and the utilisation
// charts side by side (the first below the table when they fit there), then the radar overlay
// in pages of radarsPerPage projects.
func (rp *report) chartPages() error {
	const gap = 8.0
	half := (repInnerW - gap) / 2
	for _, part := range chunks(rp.ps, barsPerPage) {
		funding := charts.FundingCompare(part, false, rp.lang)
		rp.section(rp.l.reportFunding+rp.partSuffix(part, barsPerPage), funding, half)
		h1, err := rp.chart(funding, repMargin, half)
		if err != nil {
			return err
		}
		h2, err := rp.chart(charts.Utilisation(part, rp.lang), repMargin+half+gap, half)
		if err != nil {
			return err
		}
		rp.y += max(h1, h2)
	}
	for _, part := range chunks(rp.ps, radarsPerPage) {
		for _, kind := range []struct {
			score charts.Series
			name  string
		}{{charts.Direct, rp.l.direct}, {charts.Indirect, rp.l.indirect}} {
			rp.newPage(rp.l.reportRadar + " – " + kind.name + rp.partSuffix(part, radarsPerPage))
			if _, err := rp.chart(charts.RadarOverlay(part, kind.score, rp.lang), repMargin, repInnerW); err != nil {
				return err
			}
		}
	}
	return nil
}

// section starts a titled block for a chart w mm wide: below what the page holds when the
// chart fits there at the height it prefers, else on a new page.
func (rp *report) section(title string, c charts.Chart, w float64) {
	k := rp.pdf.GetConversionRatio()
	_, prefH := charts.PreferredSize(c, int(w*k))
	need := lineH(12) + 4 + float64(prefH)/k
	if rp.pdf.PageNo() == 0 || rp.y+8+need > repFootY-4 {
		rp.newPage(title)
		return
	}
	rp.y += 8
	rp.font("B", 12, colAccent)
	rp.text(repMargin, rp.y, title)
	rp.y += lineH(12) + 2
}

// partSuffix names the projects a chunked page shows, " (19–36)", when there are several pages.
func (rp *report) partSuffix(part []*data.Project, size int) string {
	if len(rp.ps) <= size {
		return ""
	}
	first := 0
	for i, p := range rp.ps {
		if p == part[0] {
			first = i
			break
		}
	}
	return fmt.Sprintf(" (%d–%d)", first+1, first+len(part))
}

// chart draws c at (x, y), w mm wide: as high as it prefers at that width, within the page.
// It returns the height drawn.
func (rp *report) chart(c charts.Chart, x, w float64) (float64, error) {
	k := rp.pdf.GetConversionRatio() // points per mm
	boxH := repFootY - 4 - rp.y
	_, prefH := charts.PreferredSize(c, int(w*k))
	h := min(boxH, float64(prefH)/k)
	return h, charts.DrawPDF(rp.pdf, c, x, rp.y, w, h)
}

// chunks splits ps into slices of at most n.
func chunks(ps []*data.Project, n int) [][]*data.Project {
	var out [][]*data.Project
	for i := 0; i < len(ps); i += n {
		out = append(out, ps[i:min(i+n, len(ps))])
	}
	return out
}
