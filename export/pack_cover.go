package export

import (
	"bytes"
	"context"
	"slices"
	"strconv"
	"strings"

	"vertailu/assets/words"
	"vertailu/charts"
	"vertailu/charts/geo"
	"vertailu/data"

	"codeberg.org/go-pdf/fpdf"
)

// Contents geometry: rows under the heading, down to the footer.
const (
	contentsRowH = 4.6
	contentsSize = 8.5
)

// contentsTop is where the first contents row starts, below the heading.
func contentsTop() float64 { return margin + lineH(7.5) + 0.5 + lineH(17) + 3 }

// contentsRows is how many rows a contents page holds.
func contentsRows() int { return int((footerY - 3 - contentsTop()) / contentsRowH) }

// contentsPageCount is how many pages the contents of n projects take: a row for the
// comparison, one for the summaries, one per project.
func contentsPageCount(n int) int {
	rows := contentsRows()
	return (n + 2 + rows - 1) / rows
}

// newPackPage starts a portrait piece of the pack and returns its first page ready to draw.
func (pk *pack) newPackPage() *page {
	pdf := newDocument("P", pk.rp.now)
	pdf.SetTitle(pk.title(), true)
	pdf.AddPage()
	return &page{pdf: pdf, l: pk.rp.l, lang: pk.opts.Lang, y: margin}
}

// packFooter draws the footer of a cover or contents page: the title, the date, "n / N".
func (pk *pack) packFooter(pg *page, n int) {
	pg.rule(footerY)
	y := footerY + 1.5
	pg.font("", 7, colMuted)
	right := pageNumber(n, pk.layout.total)
	date := pg.l.printed + " " + formatDate(pk.rp.now, pg.lang)
	pg.textRight(pageW-margin, y, right)
	pg.textRight(pageW-margin-pg.pdf.GetStringWidth(right)-8, y, date)
	pg.text(margin, y, fitLine(pg.pdf, pk.title(), contentW-pg.pdf.GetStringWidth(date)-30))
}

// output finishes a piece and hands it to the pack.
func (pk *pack) output(ctx context.Context, pdf *fpdf.Fpdf) error {
	var b bytes.Buffer
	err := pdf.Error()
	if err == nil {
		err = pdf.Output(&b)
	}
	return pk.add(ctx, b.Bytes(), err)
}

// cover draws the first page: the title, the date, the folder, what the pack holds and the
// funding totals.
func (pk *pack) cover(ctx context.Context) error {
	pg := pk.newPackPage()
	l := pg.l.lang
	pg.y = 40
	pg.font("", 8, colMuted)
	pg.text(margin, pg.y, strings.ToUpper("Vertailu · "+l.T("Meeting pack")))
	pg.y += lineH(8) + 2
	pg.font("B", 24, colAccent)
	title, _ := fitText(pg.pdf, pk.title(), contentW, 3)
	pg.y = pg.lines(margin, pg.y, title, lineH(24)) + 3
	pg.font("", 10, colMuted)
	pg.text(margin, pg.y, pg.l.printed+" "+formatDate(pk.rp.now, pg.lang))
	pg.y += lineH(10) + 10
	pg.heading(l.T("In this pack"))
	pk.coverFacts(pg)
	pg.y += 6
	pg.heading(l.T("Funding in total"))
	pk.coverTotals(pg)
	if err := pk.coverMap(pg); err != nil {
		return err
	}
	pk.packFooter(pg, 1)
	return pk.output(ctx, pg.pdf)
}

// coverMap draws the regions shaded by granted funding below the totals, when the regions of
// some of the projects are known.
func (pk *pack) coverMap(pg *page) error {
	m := charts.Map(pk.rp.ps, charts.MapOptions{Level: geo.Regions, Figure: charts.MapGranted}, pg.lang)
	if m.Tally().Unplaced == len(pk.rp.ps) {
		return nil
	}
	pg.y += 5
	return charts.DrawPDF(pg.pdf, m, margin, pg.y, contentW, footerY-3-pg.y)
}

// coverFacts lists the folder, the number of projects, how they were chosen and ordered, and
// where the parts start.
func (pk *pack) coverFacts(pg *page) {
	l := pg.l.lang
	folder := pk.opts.Folder
	if folder == "" {
		folder = pg.l.none
	}
	facts := []fact{
		pk.coverFact(pg, l.T("Folder"), clean(folder), 2),
		pk.coverFact(pg, l.T("Projects"), pg.l.projects(len(pk.rp.ps)), 1),
		pk.coverFact(pg, l.T("column.period"), periodsOf(pk.rp.ps), 1),
	}
	for _, s := range selectionWords(pk.opts, pg.lang) {
		facts = append(facts, pk.coverFact(pg, s[0], clean(s[1]), 2))
	}
	facts = append(facts,
		pk.coverFact(pg, l.T("Contents"), l.T("page {{.N}}", "N", "2"), 1),
		pk.coverFact(pg, pg.l.reportTitle, l.T("from page {{.N}}", "N", strconv.Itoa(pk.layout.comparison+1)), 1),
		pk.coverFact(pg, l.T("Project summaries"), l.T("from page {{.N}}", "N", strconv.Itoa(pk.layout.firstSummary+1)), 1),
	)
	if pk.layout.changes >= 0 {
		facts = append(facts, pk.coverFact(pg, pk.changesTitle(), l.T("page {{.N}}", "N", strconv.Itoa(pk.layout.changes+1)), 1))
	}
	lh := lineH(9.5)
	for _, f := range facts {
		pg.font("", 8.5, colMuted)
		pg.text(margin, pg.y+0.4, fitLine(pg.pdf, f.label, 44))
		pg.font("", 9.5, colText)
		pg.y = pg.lines(margin+46, pg.y, f.lines, lh) + 1
	}
}

// periodsOf names the programme periods the projects belong to, oldest first ("2014–2020,
// 2021–2027").
func periodsOf(ps []*data.Project) string {
	seen := map[string]bool{}
	var out []string
	for _, p := range ps {
		if t := data.PeriodText(p.Period); t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return strings.Join(out, ", ")
}

func (pk *pack) coverFact(pg *page, label, value string, n int) fact {
	pg.font("", 9.5, colText)
	ls, _ := fitText(pg.pdf, pg.l.orNA(value), contentW-46, n)
	return fact{label, ls}
}

// coverTotals draws the four funding sums with their unknown counts, and the utilisation of
// the sums over the projects that know both figures.
func (pk *pack) coverTotals(pg *page) {
	t := data.Totals(pk.rp.ps)
	rows := make([][2]string, 0, 5)
	for _, f := range data.Figures {
		rows = append(rows, [2]string{words.Of(pg.lang).Figure(f), words.Of(pg.lang).Sum(t, f)})
	}
	rows = append(rows, [2]string{pg.l.utilEU, data.FormatPercent(t.UtilisationEUState(), pg.lang)})
	for _, r := range rows {
		pg.font("", 9.5, colMuted)
		pg.text(margin, pg.y+0.3, r[0])
		pg.font("B", 10, colText)
		pg.textRight(margin+120, pg.y, r[1])
		pg.y += lineH(10) + 0.8
	}
	if note := words.Of(pg.lang).UnknownNote(t); note != "" {
		pg.font("", 8, colMuted)
		ls, _ := fitText(pg.pdf, note, contentW, 3)
		pg.y = pg.lines(margin, pg.y+1, ls, lineH(8))
	}
}

// selectionWords words how the projects were chosen and ordered: label and text pairs.
func selectionWords(o PackOptions, lang string) [][2]string {
	l := labelsFor(lang).lang
	choose := l.T("Chosen")
	var out [][2]string
	switch {
	case o.Marked:
		out = append(out, [2]string{choose, l.T("the projects marked in the table")})
	case len(o.Codes) > 0:
		out = append(out, [2]string{choose, l.T("by code: {{.Codes}}", "Codes", strings.Join(o.Codes, ", "))})
	}
	q := o.Query
	filters := []string{}
	if strings.TrimSpace(q.Text) != "" {
		filters = append(filters, l.T("search “{{.Text}}”", "Text", strings.TrimSpace(q.Text)))
	}
	for _, f := range data.GroupFields {
		vs := q.Filters[f]
		if len(vs) == 0 {
			continue
		}
		worded := make([]string, len(vs))
		for i, v := range vs {
			worded[i] = words.Of(lang).Value(f, v)
		}
		filters = append(filters, l.T("group."+string(f))+": "+strings.Join(worded, ", "))
	}
	if q.Subset != data.SubsetAll {
		filters = append(filters, l.T("subset."+string(q.Subset)))
	}
	filter := l.T("none: every project of the folder")
	if o.Marked || len(o.Codes) > 0 {
		filter = l.T("none")
	}
	if len(filters) > 0 {
		filter = strings.Join(filters, "; ")
	}
	out = append(out, [2]string{l.T("Filter"), filter}, [2]string{l.T("Order"), orderWords(q, lang)})
	return out
}

// orderWords words the sort: "Granted EU+state €, largest first", or the folder's order.
func orderWords(q data.Query, lang string) string {
	l := labelsFor(lang).lang
	c, ok := data.ColumnByKey(q.SortKey)
	if q.SortKey == "" || !ok {
		return l.T("as the files are in the folder")
	}
	dir := l.T("ascending")
	if q.Desc {
		dir = l.T("descending")
	}
	return words.Of(lang).Column(c) + ", " + dir
}

// contents draws the contents pages: the comparison, the summaries and each project with its
// page number, each row a link to its page.
func (pk *pack) contents(ctx context.Context) error {
	type row struct {
		label, name string
		page        int
		bold        bool
	}
	l := pk.rp.l
	rows := []row{
		{label: l.reportTitle, page: pk.layout.comparison, bold: true},
		{label: l.lang.T("Project summaries"), page: pk.layout.firstSummary, bold: true},
	}
	for i, p := range pk.rp.ps {
		rows = append(rows, row{label: l.orNA(p.Code), name: p.Name, page: pk.layout.firstSummary + i})
	}
	if pk.layout.changes >= 0 {
		rows = append(rows, row{label: pk.changesTitle(), page: pk.layout.changes, bold: true})
	}
	per := contentsRows()
	var pg *page
	for i, r := range rows {
		n := 1 + i/per // this row's page, from 0
		if i%per == 0 {
			if pg != nil && (n-1)%sheetsPerDocument == 0 {
				if err := pk.output(ctx, pg.pdf); err != nil {
					return err
				}
				pg = nil
			}
			pg = pk.contentsPage(pg, n)
		}
		top := contentsTop() + float64(i%per)*contentsRowH
		pk.contentsRow(pg, top, r.label, r.name, r.page, r.bold)
		pk.j.addLink(n, link{
			x0: margin * ptPerMM, y0: (pageH - top - contentsRowH) * ptPerMM,
			x1: (pageW - margin) * ptPerMM, y1: (pageH - top) * ptPerMM, page: r.page,
		})
	}
	return pk.output(ctx, pg.pdf)
}

// contentsPage starts contents page n (from 0) in pg's document, or a new document when pg is
// nil, with its heading and footer.
func (pk *pack) contentsPage(pg *page, n int) *page {
	if pg == nil {
		pg = pk.newPackPage()
	} else {
		pg.pdf.AddPage()
	}
	pg.y = margin
	pg.font("", 7.5, colMuted)
	pg.text(margin, pg.y, strings.ToUpper(pk.title()))
	pg.y += lineH(7.5) + 0.5
	pg.font("B", 17, colAccent)
	pg.text(margin, pg.y, pg.l.lang.T("Contents"))
	pk.packFooter(pg, n+1)
	return pg
}

// contentsRow draws one row: the label (a code, or a part in bold), the name, dots and the
// page number (given from 0).
func (pk *pack) contentsRow(pg *page, top float64, label, name string, target int, bold bool) {
	num := strconv.Itoa(target + 1)
	style := ""
	if bold {
		style = "B"
	}
	pg.font("B", contentsSize, colText)
	nw := pg.pdf.GetStringWidth(num)
	pg.textRight(pageW-margin, top, num)
	pg.font(style, contentsSize, colText)
	labelW := pageW - margin - nw - 4 - margin
	if !bold {
		pg.font("B", contentsSize, colAccent)
		labelW = 24
	}
	label = fitLine(pg.pdf, label, labelW)
	pg.text(margin, top, label)
	end := margin + pg.pdf.GetStringWidth(label)
	if name != "" {
		pg.font("", contentsSize, colText)
		x := margin + 25
		s := fitLine(pg.pdf, clean(name), pageW-margin-nw-4-x)
		pg.text(x, top, s)
		end = x + pg.pdf.GetStringWidth(s)
	}
	pg.leader(end+1.5, pageW-margin-nw-1.5, top+lineH(contentsSize)*0.72)
}

// leader draws a dotted line from x0 to x1 at y, leading the eye to a page number.
func (pg *page) leader(x0, x1, y float64) {
	if x1-x0 < 3 {
		return
	}
	pg.pdf.SetDrawColor(colRule[0], colRule[1], colRule[2])
	pg.pdf.SetLineWidth(0.3)
	pg.pdf.SetDashPattern([]float64{0.3, 1.2}, 0)
	pg.pdf.Line(x0, y, x1, y)
	pg.pdf.SetDashPattern(nil, 0)
}
