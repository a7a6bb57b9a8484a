package export

import (
	"fmt"

	"vertailu/assets/words"
	"vertailu/charts"
	"vertailu/data"
)

// A report is planned before it is drawn: which sheets (pages) it has and what each holds.
// The plan alone says how many pages the report takes, so a meeting pack can number its pages
// "n / N" and list them in its contents before drawing any of them, and draw the report a few
// sheets at a time.

// sheet is one page of a report: its title and the blocks on it, top to bottom.
type sheet struct {
	title  string
	blocks []block
}

// blockKind is what a block draws.
type blockKind int

const (
	tableBlock  blockKind = iota // rows of the key-figure table
	chartsBlock                  // the funding and the utilisation chart side by side
	radarBlock                   // one radar overlay, the width of the page
	noteBlock                    // lines of text: a radar that is not drawn, and why
)

// block is one part of a sheet: a kind over the projects [from, to).
type block struct {
	kind     blockKind
	from, to int
	totals   bool          // a table block: the totals row follows the rows
	titled   bool          // a charts block below others on its sheet: its own title above it
	series   charts.Series // a radar block
	subtitle string        // a titled charts block's title
	notes    []string      // a note block's lines
}

// Report geometry that the plan and the drawing share.
const (
	ptPerMM     = 72 / 25.4
	repTop      = repMargin + 4 + 14*1.3*25.4/72 + 2 // below a sheet's title (see newPage)
	repBottom   = repFootY - 3                       // the table's last row ends above this
	repChartEnd = repFootY - 4                       // charts end above this
	repChartGap = 8.0
	repHalfW    = (repInnerW - repChartGap) / 2
)

// tableHeaderH is the height of the table's column titles with the rule under them.
func tableHeaderH() float64 { return 2*lineH(7) + 1.6 }

// plan lays the report out into sheets: the table over as many as it needs with the totals
// at its end, then per chunk of barsPerPage projects the funding and utilisation charts (below
// what a sheet holds when they fit there), then per chunk of radarsPerPage projects a direct
// and an indirect radar sheet.
func (rp *report) plan() []sheet {
	var sheets []sheet
	y := 0.0
	n := len(rp.ps)
	for i := 0; i < n; {
		y = repTop + tableHeaderH()
		from := i
		for ; i < n && y+repRowH <= repBottom-repRowH; i++ {
			y += repRowH
		}
		sheets = append(sheets, sheet{title: rp.l.reportTitle, blocks: []block{{kind: tableBlock, from: from, to: i}}})
	}
	last := &sheets[len(sheets)-1].blocks[0]
	last.totals = true
	y += 0.8 + repRowH
	if words.Of(rp.lang).UnknownNote(data.Totals(rp.ps)) != "" {
		y += repRowH
	}
	if words.Of(rp.lang).PeriodsNote(rp.ps) != "" {
		y += repRowH
	}
	for from := 0; from < n; from += barsPerPage {
		to := min(from+barsPerPage, n)
		title := rp.l.reportFunding + rp.partSuffix(from, to, barsPerPage)
		b := block{kind: chartsBlock, from: from, to: to}
		if y+repChartGap+lineH(12)+4+rp.fundingPrefH(b) > repChartEnd {
			sheets = append(sheets, sheet{title: title})
			y = repTop
		} else {
			b.titled, b.subtitle = true, title
			y += repChartGap + lineH(12) + 2
		}
		s := &sheets[len(sheets)-1]
		s.blocks = append(s.blocks, b)
		y += rp.chartsHeight(b, y)
	}
	kinds := []struct {
		s    charts.Series
		name string
	}{{charts.Direct, rp.l.direct}, {charts.Indirect, rp.l.indirect}}
	// No empty radar is printed: a series no project has scores in (list projects) is a line
	// of text below the charts instead.
	var notes []string
	for _, kind := range kinds {
		if !charts.HasScores(rp.ps, kind.s) {
			notes = append(notes, rp.l.reportRadar+" – "+kind.name+": "+rp.l.noScores)
		}
	}
	if len(notes) > 0 {
		h := repChartGap + float64(len(notes))*lineH(10)
		if y+h > repChartEnd {
			sheets = append(sheets, sheet{title: rp.l.reportRadar})
		}
		s := &sheets[len(sheets)-1]
		s.blocks = append(s.blocks, block{kind: noteBlock, notes: notes})
	}
	for from := 0; from < n; from += radarsPerPage {
		to := min(from+radarsPerPage, n)
		for _, kind := range kinds {
			if !charts.HasScores(rp.ps[from:to], kind.s) {
				continue
			}
			title := rp.l.reportRadar + " – " + kind.name + rp.partSuffix(from, to, radarsPerPage)
			sheets = append(sheets, sheet{title: title, blocks: []block{{kind: radarBlock, from: from, to: to, series: kind.s}}})
		}
	}
	return sheets
}

// fundingChart and utilisationChart are the two charts of a charts block.
func (rp *report) fundingChart(b block) charts.Chart {
	return charts.FundingCompare(rp.ps[b.from:b.to], false, rp.lang)
}

func (rp *report) utilisationChart(b block) charts.Chart {
	return charts.Utilisation(rp.ps[b.from:b.to], rp.lang)
}

// prefH is the height in mm that c prefers at w mm wide.
func prefH(c charts.Chart, w float64) float64 {
	_, h := charts.PreferredSize(c, int(w*ptPerMM))
	return float64(h) / ptPerMM
}

func (rp *report) fundingPrefH(b block) float64 { return prefH(rp.fundingChart(b), repHalfW) }

// chartsHeight is the height a charts block starting at y takes: its taller chart, within
// the sheet.
func (rp *report) chartsHeight(b block, y float64) float64 {
	box := repChartEnd - y
	return max(min(box, rp.fundingPrefH(b)), min(box, prefH(rp.utilisationChart(b), repHalfW)))
}

// partSuffix names the projects [from, to) a chunked sheet shows, " (19–36)", when there are
// several such sheets.
func (rp *report) partSuffix(from, to, size int) string {
	if len(rp.ps) <= size {
		return ""
	}
	return fmt.Sprintf(" (%d–%d)", from+1, to)
}

// draw draws sheets into the current document, one page each.
func (rp *report) draw(sheets []sheet) error {
	for _, s := range sheets {
		rp.newPage(s.title)
		for _, b := range s.blocks {
			if err := rp.drawBlock(b); err != nil {
				return err
			}
		}
	}
	return nil
}

func (rp *report) drawBlock(b block) error {
	switch b.kind {
	case tableBlock:
		cols := rp.columns()
		rp.tableHeader(cols)
		for i := b.from; i < b.to; i++ {
			rp.tableRow(cols, rp.ps[i], i%2 == 1)
		}
		if b.totals {
			rp.totalsRow(cols)
		}
	case chartsBlock:
		return rp.drawCharts(b)
	case radarBlock:
		c := charts.RadarOverlay(rp.ps[b.from:b.to], b.series, rp.lang)
		return charts.DrawPDF(rp.pdf, c, repMargin, rp.y, repInnerW, min(repChartEnd-rp.y, prefH(c, repInnerW)))
	case noteBlock:
		rp.y += repChartGap
		rp.font("", 10, colMuted)
		for _, line := range b.notes {
			rp.text(repMargin, rp.y, fitLine(rp.pdf, line, repInnerW))
			rp.y += lineH(10)
		}
	}
	return nil
}

// drawCharts draws a charts block: its title when it has one, then the two charts.
func (rp *report) drawCharts(b block) error {
	if b.titled {
		rp.y += repChartGap
		rp.font("B", 12, colAccent)
		rp.text(repMargin, rp.y, b.subtitle)
		rp.y += lineH(12) + 2
	}
	box := repChartEnd - rp.y
	funding, util := rp.fundingChart(b), rp.utilisationChart(b)
	h1, h2 := min(box, prefH(funding, repHalfW)), min(box, prefH(util, repHalfW))
	if err := charts.DrawPDF(rp.pdf, funding, repMargin, rp.y, repHalfW, h1); err != nil {
		return err
	}
	if err := charts.DrawPDF(rp.pdf, util, repMargin+repHalfW+repChartGap, rp.y, repHalfW, h2); err != nil {
		return err
	}
	rp.y += max(h1, h2)
	return nil
}

// pageNumber is the footer's "n / N".
func pageNumber(n, total int) string { return fmt.Sprintf("%d / %d", n, total) }
