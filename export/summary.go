package export

import (
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
	"time"

	"vertailu/assets/words"
	"vertailu/charts"
	"vertailu/data"

	"codeberg.org/go-pdf/fpdf"
)

// SummaryOptions are the choices for one summary page.
type SummaryOptions struct {
	// Lang is "fi" (the default) or "en".
	Lang string
	// Now is the date printed in the footer and stored as the document's date; zero means the
	// current time. A fixed Now gives byte-identical output.
	Now time.Time
	// Page and Pages number the page "Page / Pages" in the footer, for a page in a longer
	// document; zero is "1 / 1".
	Page, Pages int
	// Own, when set, prints the officer's notes and tags on the project under their own
	// heading ("include my notes").
	Own OwnNotes
	// Similar are the earlier projects most like this one, best first (see data/similar),
	// listed above the footer with their outcome; none leaves the page as it was.
	Similar []*data.Project
}

// The A4 portrait page, in millimetres.
const (
	pageW    = 210.0
	pageH    = 297.0
	margin   = 14.0
	contentW = pageW - 2*margin
	footerY  = pageH - 11.0 // the footer's rule
)

// Greys and the accent colour.
var (
	colText   = [3]int{25, 25, 25}
	colMuted  = [3]int{95, 95, 95}
	colRule   = [3]int{190, 190, 190}
	colAccent = [3]int{31, 78, 121}
)

// WriteSummary writes the one-page A4 summary of p to w. The page never spills onto a second
// one: long names, lists and texts are cut to fit and say so.
func WriteSummary(w io.Writer, p *data.Project, opts SummaryOptions) error {
	if p == nil {
		return errors.New("export: no project to summarise")
	}
	pdf, err := summaryDocument(p, opts)
	if err != nil {
		return err
	}
	return pdf.Output(w)
}

// summaryDocument lays out the summary page of p.
func summaryDocument(p *data.Project, opts SummaryOptions) (pdf *fpdf.Fpdf, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("export: cannot lay out the summary of %s: %v", clean(p.Code), r)
		}
	}()
	now := nowOr(opts.Now)
	pdf = newDocument("P", now)
	pdf.SetTitle(clean(p.Code+" "+p.Name), true)
	pdf.AddPage()
	pg := &page{pdf: pdf, l: labelsFor(opts.Lang), lang: opts.Lang, p: sanitised(p), y: margin}
	pg.header()
	pg.keyFacts()
	if err := pg.fundingRow(); err != nil {
		return nil, err
	}
	if err := pg.sustainabilityRow(); err != nil {
		return nil, err
	}
	bottom := footerY - 1.5
	disagree := pg.l.disagreement(pg.p)
	if disagree != "" {
		bottom -= disagreeLines * lineH(7)
	}
	own := ""
	if opts.Own != nil {
		notes, tags := opts.Own(p.Code)
		own = cleanText(ownText(notes, tags, pg.l), true)
	}
	similar := pg.similarLines(opts.Similar)
	bottom -= float64(len(similar)) * lineH(7)
	pg.texts(bottom, own)
	pg.drawSimilar(similar, bottom+0.5)
	bottom += float64(len(similar)) * lineH(7)
	pg.disagreement(disagree, bottom)
	pg.footer(now, max(opts.Page, 1), max(opts.Pages, opts.Page, 1))
	if pdf.PageCount() != 1 {
		return nil, fmt.Errorf("export: the summary of %s took %d pages", pg.p.Code, pdf.PageCount())
	}
	return pdf, pdf.Error()
}

// sanitised returns a copy of p whose texts fpdf can draw (see clean).
func sanitised(p *data.Project) *data.Project {
	c := *p
	for _, s := range []*string{
		&c.Code, &c.Name, &c.Fund, &c.PriorityAxis, &c.SpecificObjective,
		&c.Status, &c.Authority, &c.Applicant.Name, &c.Applicant.OrgType, &c.File,
	} {
		*s = clean(*s)
	}
	c.Summary = cleanText(p.Summary, true)
	c.FinalReport = cleanText(p.FinalReport, true)
	c.Regions = cleanList(p.Regions)
	c.Subregions = cleanList(p.Subregions)
	c.Municipalities = cleanList(p.Municipalities)
	c.CoImplementers = nil
	for _, ci := range p.CoImplementers {
		if n := clean(ci.Name); n != "" {
			c.CoImplementers = append(c.CoImplementers, data.CoImplementer{Name: n, BusinessID: clean(ci.BusinessID)})
		}
	}
	return &c
}

// cleanList cleans every item and drops the empty ones.
func cleanList(items []string) []string {
	var out []string
	for _, s := range items {
		if s = clean(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// page is the summary being laid out: y is where the next block starts.
type page struct {
	pdf  *fpdf.Fpdf
	l    *labels
	lang string
	p    *data.Project
	y    float64
}

func (pg *page) font(style string, size float64, col [3]int) {
	setFont(pg.pdf, style, size)
	pg.pdf.SetTextColor(col[0], col[1], col[2])
}

// lineH is the line height for a font size in points: 1.3 times the size, in mm.
func lineH(size float64) float64 { return size * 1.3 * 25.4 / 72 }

// text draws s with its top at (x, top) in the current font.
func (pg *page) text(x, top float64, s string) {
	if s == "" {
		return
	}
	size, _ := pg.pdf.GetFontSize()
	pg.pdf.Text(x, top+size*0.95*25.4/72, s)
}

// textRight draws s ending at x.
func (pg *page) textRight(x, top float64, s string) {
	pg.text(x-pg.pdf.GetStringWidth(s), top, s)
}

// lines draws ls one under the other from top and returns the y below them.
func (pg *page) lines(x, top float64, ls []string, lh float64) float64 {
	for _, s := range ls {
		pg.text(x, top, s)
		top += lh
	}
	return top
}

func (pg *page) rule(y float64) {
	pg.pdf.SetDrawColor(colRule[0], colRule[1], colRule[2])
	pg.pdf.SetLineWidth(0.25)
	pg.pdf.Line(margin, y, pageW-margin, y)
}

// heading draws a section heading with a rule under it and moves below.
func (pg *page) heading(s string) {
	pg.font("B", 9.5, colAccent)
	pg.text(margin, pg.y, s)
	pg.y += lineH(9.5)
	pg.pdf.SetDrawColor(colAccent[0], colAccent[1], colAccent[2])
	pg.pdf.SetLineWidth(0.3)
	pg.pdf.Line(margin, pg.y, pageW-margin, pg.y)
	pg.y += 1.8
}

// header draws the code, fund, status, name, priority axis and specific objective.
func (pg *page) header() {
	p, l := pg.p, pg.l
	pg.font("", 7.5, colMuted)
	kicker := strings.ToUpper(l.title)
	if p.Fund != "" {
		kicker += " · " + p.Fund
	}
	if p.Period != "" {
		kicker += " · " + data.PeriodText(p.Period)
	}
	pg.text(margin, pg.y, kicker)
	pg.statusBadge()
	pg.y += lineH(7.5) + 0.5

	pg.font("B", 17, colAccent)
	code := p.Code
	if code == "" {
		code = data.Unknown(pg.lang)
	}
	pg.text(margin, pg.y, fitLine(pg.pdf, code, contentW))
	pg.y += lineH(17)

	pg.font("B", 12.5, colText)
	name, _ := fitText(pg.pdf, pg.l.orNA(p.Name), contentW, 3)
	pg.y = pg.lines(margin, pg.y, name, lineH(12.5)) + 1

	pg.labelled(l.axis, p.PriorityAxis)
	pg.labelled(l.objective, p.SpecificObjective)
	switch {
	case !p.Described():
		pg.font("B", 8, [3]int{160, 40, 30})
		note, _ := fitText(pg.pdf, l.noDescription(p), contentW, 2)
		pg.y = pg.lines(margin, pg.y, note, lineH(8))
	case !p.Complete:
		pg.font("B", 8, [3]int{160, 40, 30})
		pg.text(margin, pg.y, fitLine(pg.pdf, l.incomplete, contentW))
		pg.y += lineH(8)
	}
	pg.y += 1.5
}

// labelled draws "Label  value" on one line under the name.
func (pg *page) labelled(label, value string) {
	pg.font("", 7.5, colMuted)
	pg.text(margin, pg.y+0.4, label)
	pg.font("", 8.5, colText)
	pg.text(margin+30, pg.y, fitLine(pg.pdf, pg.l.orNA(value), contentW-30))
	pg.y += lineH(8.5)
}

// statusBadge draws the status in a tinted box at the top right.
func (pg *page) statusBadge() {
	s := statusText(pg.p.Status, pg.lang)
	if s == "" {
		s = data.Unknown(pg.lang)
	}
	pg.font("B", 8, colText)
	s = fitLine(pg.pdf, s, 70)
	fill := [3]int{228, 232, 236}
	switch strings.ToLower(pg.p.Status) {
	case "toiminnassa":
		fill = [3]int{214, 234, 216}
	case "keskeytynyt":
		fill = [3]int{246, 218, 212}
	}
	w := pg.pdf.GetStringWidth(s) + 5
	x := pageW - margin - w
	pg.pdf.SetFillColor(fill[0], fill[1], fill[2])
	pg.pdf.RoundedRect(x, pg.y-0.8, w, 5.2, 1.2, "1234", "F")
	pg.text(x+2.5, pg.y, s)
}

// fact is one key fact: a label and its value lines, already fitted.
type fact struct {
	label string
	lines []string
}

// Key-fact geometry: two columns, each a label and a value.
const (
	factColW   = (contentW - 6) / 2
	factLabelW = 31.0
	factValueW = factColW - factLabelW
	factSize   = 8.0
)

// keyFacts draws applicant, organisation, co-implementers and authority on the left, and
// period, places, persons and companies on the right.
func (pg *page) keyFacts() {
	p, l := pg.p, pg.l
	pg.font("", factSize, colText)
	left := []fact{
		pg.factText(l.applicant, p.Applicant.Name, 2),
		pg.factText(l.orgType, p.Applicant.OrgType, 1),
		pg.factList(l.coImpl, coNames(p.CoImplementers), 2),
		pg.factText(l.authority, p.Authority, 2),
	}
	right := []fact{
		pg.factText(l.period, pg.period(), 1),
		pg.factList(l.regions, p.Regions, 1),
		pg.factList(l.subregions, p.Subregions, 1),
		pg.factList(l.municipalities, p.Municipalities, 2),
		pg.factText(l.persons, data.FormatInt(p.Indicators.PersonsPlanned, pg.lang), 1),
		pg.factText(l.companies, l.companiesPR(data.FormatInt(p.Indicators.CompaniesPlanned, pg.lang),
			data.FormatInt(p.Indicators.CompaniesRealised, pg.lang)), 1),
	}
	y1 := pg.factColumn(margin, left)
	y2 := pg.factColumn(margin+factColW+6, right)
	pg.y = max(y1, y2) + 2.5
}

func coNames(cs []data.CoImplementer) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Name
	}
	return out
}

// period is "1.6.2022–31.12.2023 (19,0 kk)" ("1 Jun 2022–31 Dec 2023 (19.0 months)").
func (pg *page) period() string {
	p := pg.p
	if !p.Start.Known() && !p.End.Known() {
		return data.Unknown(pg.lang)
	}
	s := pg.l.orNA(dateText(p.Start, pg.lang)) + "–" + pg.l.orNA(dateText(p.End, pg.lang))
	if m := p.Derived.DurationMonths; m.Known {
		s += " (" + data.FormatFloat(m, 1, pg.lang) + "\u00a0" + pg.l.months + ")"
	}
	return s
}

// dateText writes a date as a reader of lang reads it ("1.6.2022" / "1 Jun 2022"), "" when
// unknown.
func dateText(d data.Date, lang string) string {
	if !d.Known() {
		return ""
	}
	return data.FormatDate(d, lang)
}

func (pg *page) factText(label, value string, n int) fact {
	pg.font("", factSize, colText)
	ls, _ := fitText(pg.pdf, pg.l.orNA(value), factValueW, n)
	return fact{label, ls}
}

func (pg *page) factList(label string, items []string, n int) fact {
	if len(items) == 0 {
		return fact{label, []string{pg.l.none}}
	}
	pg.font("", factSize, colText)
	return fact{label, fitList(pg.pdf, items, factValueW, n, pg.l.more)}
}

// factColumn draws facts from pg.y at x and returns the y below them.
func (pg *page) factColumn(x float64, facts []fact) float64 {
	y := pg.y
	lh := lineH(factSize)
	for _, f := range facts {
		pg.font("", 7, colMuted)
		label := fitLine(pg.pdf, f.label, factLabelW-1.5)
		pg.text(x, y+0.45, label)
		pg.font("", factSize, colText)
		y = pg.lines(x+factLabelW, y, f.lines, lh) + 0.6
	}
	return y
}

// orNA returns s, or what an unknown value reads as when it is empty.
func (l *labels) orNA(s string) string {
	if strings.TrimSpace(s) == "" {
		return data.Unknown(string(l.lang))
	}
	return s
}

// fundingRow draws the funding chart beside the funding figures and derived figures.
func (pg *page) fundingRow() error {
	pg.heading(pg.l.funding)
	const h = 50.0
	chartW := 104.0
	if err := charts.DrawPDF(pg.pdf, charts.Funding(pg.p, pg.lang), margin, pg.y, chartW, h); err != nil {
		return err
	}
	x := margin + chartW + 6
	pg.figureTable(x, pg.y+1, pageW-margin-x)
	pg.y += h + 3
	return nil
}

// figureTable draws the four funding figures and the derived ones, values right-aligned.
func (pg *page) figureTable(x, y, w float64) {
	p, l := pg.p, pg.l
	cols := data.Columns()
	title := func(key string) string {
		for _, c := range cols {
			if c.Key == key {
				return strings.TrimSuffix(words.Of(pg.lang).Column(c), " €")
			}
		}
		return key
	}
	rows := [][2]string{
		{title("granted_eu_state"), data.FormatEuro(p.Funding.GrantedEUState, pg.lang)},
		{title("realised_eu_state"), data.FormatEuro(p.Funding.RealisedEUState, pg.lang)},
		{title("planned_public_total"), data.FormatEuro(p.Funding.PlannedPublicTotal, pg.lang)},
		{title("realised_public_total"), data.FormatEuro(p.Funding.RealisedPublicTotal, pg.lang)},
		{},
		{l.utilEU, flagged(p.Derived.UtilisationEUState, pg.lang)},
		{l.utilPublic, flagged(p.Derived.UtilisationPublic, pg.lang)},
		{l.share, data.FormatPercent(p.Derived.EUStateShare, pg.lang)},
		{l.costPerPerson, euroFloat(p.Derived.CostPerPlannedParticipant, pg.lang)},
		{l.compTarget, data.FormatPercent(p.Derived.CompanyTargetReached, pg.lang)},
	}
	lh := 4.45
	for _, r := range rows {
		if r[0] == "" {
			pg.pdf.SetDrawColor(colRule[0], colRule[1], colRule[2])
			pg.pdf.SetLineWidth(0.2)
			pg.pdf.Line(x, y+lh/2-0.6, x+w, y+lh/2-0.6)
			y += lh - 1.2
			continue
		}
		pg.font("B", 8.5, colText)
		vw := pg.pdf.GetStringWidth(r[1])
		pg.textRight(x+w, y, r[1])
		pg.font("", 8, colMuted)
		pg.text(x, y+0.3, fitLine(pg.pdf, r[0], w-vw-2))
		y += lh
	}
}

// flagged formats a utilisation, marking one above 100 % with "!".
func flagged(f data.Float, lang string) string {
	s := data.FormatPercent(f, lang)
	if data.UtilisationFlagged(f) {
		s = "! " + s
	}
	return s
}

// euroFloat formats a euro amount that may have decimals as whole euros.
func euroFloat(f data.Float, lang string) string {
	if !f.Known {
		return data.Unknown(lang)
	}
	return data.FormatDecimal(f.V, 0, lang) + "\u00a0€"
}

// sustainabilityRow draws the radar beside the dimension means and the gender answers.
func (pg *page) sustainabilityRow() error {
	pg.heading(pg.l.sustainability)
	ps := []*data.Project{pg.p}
	if !charts.HasScores(ps, charts.Direct) && !charts.HasScores(ps, charts.Indirect) {
		// No radar of an empty web: a list's project, or one of 2021–2027, has no scores.
		pg.font("", 8.5, colMuted)
		pg.text(margin, pg.y+0.4, fitLine(pg.pdf, pg.l.noScoresOne, contentW))
		pg.y += lineH(8.5) + 3
		return nil
	}
	const h = 70.0
	chartW := 128.0
	if err := charts.DrawPDF(pg.pdf, charts.Radar(pg.p, pg.lang), margin, pg.y, chartW, h); err != nil {
		return err
	}
	x := margin + chartW + 4
	w := pageW - margin - x
	y := pg.meansTable(x, pg.y+1, w)
	pg.genderAnswers(x, y+4, w)
	pg.y += h + 3
	return nil
}

// meansTable draws the direct and indirect means per dimension and overall; returns the y below.
func (pg *page) meansTable(x, y, w float64) float64 {
	p, l := pg.p, pg.l
	colW := 16.0
	pg.font("B", 7.5, colMuted)
	pg.textRight(x+w-colW, y, l.direct)
	pg.textRight(x+w, y, l.indirect)
	y += lineH(7.5) + 0.5
	for i, d := range data.Dimensions {
		pg.meansRow(x, y, w, colW, l.dimensions[i], p.Derived.Direct.Dimension(d), p.Derived.Indirect.Dimension(d), "")
		y += 4.3
	}
	pg.meansRow(x, y, w, colW, l.overall, p.Derived.Direct.Overall, p.Derived.Indirect.Overall, "B")
	return y + 4.3
}

func (pg *page) meansRow(x, y, w, colW float64, label string, d, i data.Float, style string) {
	pg.font(style, 8, colMuted)
	pg.text(x, y+0.3, fitLine(pg.pdf, label, w-colW-9))
	pg.font("B", 8.5, colText)
	pg.textRight(x+w-colW, y, data.FormatFloat(d, 1, pg.lang))
	pg.textRight(x+w, y, data.FormatFloat(i, 1, pg.lang))
}

// genderAnswers draws the three gender-equality questions and their answers.
func (pg *page) genderAnswers(x, y, w float64) {
	pg.font("B", 8.5, colAccent)
	pg.text(x, y, pg.l.genderQ)
	y += lineH(8.5) + 0.4
	for i, a := range pg.p.GenderEquality {
		ans := data.Unknown(pg.lang)
		if a.Answer.Known {
			ans = pg.l.no
			if a.Answer.V {
				ans = pg.l.yes
			}
		}
		pg.font("B", 8.5, colText)
		aw := pg.pdf.GetStringWidth(ans)
		pg.textRight(x+w, y, ans)
		pg.font("", 7.5, colMuted)
		ls, _ := fitText(pg.pdf, pg.l.gender[i], w-aw-2.5, 2)
		y = pg.lines(x, y+0.3, ls, lineH(7.5)) + 1.2
	}
}

// texts fits the officer's own notes (when own is not "", at most half the room) and
// sections 3 and 9 into the space between pg.y and bottom.
func (pg *page) texts(bottom float64, own string) {
	const size = 8.0
	lh := lineH(size)
	headH := lineH(9.5) + 1.8 + 0.6
	final := pg.p.FinalReport
	finalEmpty := strings.TrimSpace(final) == "" || strings.TrimSpace(final) == "-"
	if finalEmpty {
		final = pg.l.noFinalReport
	}
	pg.font("", size, colText)
	need := [2]int{countLines(pg.pdf, pg.l.orNA(pg.p.Summary), contentW), countLines(pg.pdf, final, contentW)}
	avail := int((bottom - pg.y - 2*headH - 2) / lh)
	if own != "" {
		avail = int((bottom - pg.y - 3*headH - 2 - 1.5) / lh)
		n := min(countLines(pg.pdf, own, contentW), max(4, avail/2))
		pg.ownBlock(own, n, lh)
		pg.font("", size, colText)
		avail -= n
		if n < countLines(pg.pdf, own, contentW) {
			avail-- // the line that says more notes are in Vertailu
		}
	}
	share := shareLines(need, avail)
	pg.textBlock(pg.l.summary, pg.l.orNA(pg.p.Summary), share[0], lh)
	pg.y += 1.5
	pg.textBlock(pg.l.finalReport, final, share[1], lh)
}

// countLines returns how many lines text wraps into, counting at most 400.
func countLines(pdf *fpdf.Fpdf, text string, w float64) int {
	ls, _ := wrap(pdf, text, w, 400)
	return len(ls)
}

// shareLines divides avail lines between two texts that need need[0] and need[1]: each gets
// what it needs when both fit; otherwise the shorter keeps its need up to half and the longer
// takes the rest.
func shareLines(need [2]int, avail int) [2]int {
	avail = max(avail, 2)
	if need[0]+need[1] <= avail {
		return need
	}
	half := avail / 2
	switch {
	case need[0] <= half:
		return [2]int{need[0], avail - need[0]}
	case need[1] <= half:
		return [2]int{avail - need[1], need[1]}
	}
	return [2]int{avail - half, half}
}

// textBlock draws a heading and text in n lines; a cut text ends with an ellipsis and a note
// naming the file it continues in.
func (pg *page) textBlock(title, text string, n int, lh float64) {
	note := pg.l.continues
	if pg.p.File != "" {
		note += ": " + path.Base(pg.p.File)
	}
	pg.block(title, text, n, lh, note)
}

// block draws a heading and text in n lines; a cut text ends with an ellipsis and more, a
// line that says where the rest is.
func (pg *page) block(title, text string, n int, lh float64, more string) {
	pg.heading(title)
	pg.font("", 8, colText)
	ls, cut := fitText(pg.pdf, text, contentW, n)
	if cut && n > 1 {
		ls, _ = fitText(pg.pdf, text, contentW, n-1)
	}
	pg.y = pg.lines(margin, pg.y, ls, lh)
	if cut {
		pg.font("", 7, colAccent)
		pg.text(margin, pg.y+0.2, fitLine(pg.pdf, "» "+more, contentW))
		pg.y += lh
	}
}

// disagreeLines is how many lines the note on disagreeing sources may take.
const disagreeLines = 3

// disagreement draws, at most disagreeLines lines from top, the note that the sources give different
// funding figures; nothing for "".
func (pg *page) disagreement(note string, top float64) {
	if note == "" {
		return
	}
	pg.font("B", 7, [3]int{160, 40, 30})
	ls, _ := fitText(pg.pdf, note, contentW, disagreeLines)
	pg.lines(margin, top+0.5, ls, lineH(7))
}

// footer draws the sources, the print date and the page number.
func (pg *page) footer(now time.Time, n, total int) {
	pg.rule(footerY)
	y := footerY + 1.5
	pg.font("", 7, colMuted)
	right := pageNumber(n, total)
	date := pg.l.printed + " " + formatDate(now, pg.lang)
	pg.textRight(pageW-margin, y, right)
	dw := pg.pdf.GetStringWidth(date)
	pg.textRight(pageW-margin-pg.pdf.GetStringWidth(right)-8, y, date)
	src := pg.l.source + ": " + pg.l.orNA(pg.l.sourcesText(pg.p))
	pg.text(margin, y, fitLine(pg.pdf, src, contentW-dw-30))
}
