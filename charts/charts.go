// Package charts draws Vertailu's funding bar charts and sustainability radar charts from data
// values, once, through chartdraw's Renderer (github.com/go-analyze/charts, go-chart v2
// continued): to PNG and SVG, and as vector paths and real text into a PDF.
package charts

import (
	chart "github.com/go-analyze/charts/chartdraw"

	"vertailu/data"
)

// Chart is a chart definition built from data values only; it draws itself onto any chartdraw
// renderer.
type Chart interface {
	// Draw renders the whole chart into a canvas of width×height renderer units.
	Draw(r chart.Renderer, width, height int) error
}

// Series chooses which of the two sustainability scores a radar overlay shows.
type Series int

// The two sustainability series: the applicant's claimed direct and indirect effect.
const (
	Direct Series = iota
	Indirect
)

// Funding is the four funding figures of one project as bars on an axis from 0: granted and
// realised EU+state funding, planned and realised public funding in total, with the
// utilisation written on the realised bars.
func Funding(p *data.Project, lang string) Chart {
	return fundingChart(p, lang)
}

// FundingCompare is granted against realised EU+state funding for many projects (up to about
// 60), one row per project labelled by code and name; withPublic adds planned and realised
// public funding in total.
func FundingCompare(ps []*data.Project, withPublic bool, lang string) Chart {
	return compareChart(ps, withPublic, lang)
}

// Utilisation is realised ÷ granted EU+state funding per project, with a 100 % reference line
// and utilisations above 100 % marked.
func Utilisation(ps []*data.Project, lang string) Chart {
	return utilisationChart(ps, lang)
}

// Groups is the four funding sums per group, as data.GroupBy made them. When a project is in
// several groups, the title says it counts in each.
func Groups(g data.Grouping, lang string) Chart {
	return groupsChart(g, lang)
}

// Radar is one project's 15 sustainability scores, direct and indirect, on 15 axes in document
// order, with the three dimensions tinted.
func Radar(p *data.Project, lang string) Chart {
	return singleRadar(p, lang)
}

// RadarOverlay is one series of the sustainability scores of several projects (2–6 read well)
// on one radar, each project in its own colour, dash and marker.
func RadarOverlay(ps []*data.Project, s Series, lang string) Chart {
	return overlayRadar(ps, s, lang)
}

// DimensionRadar is a compact three-axis radar of the dimension means of one series, for one or
// more projects.
func DimensionRadar(ps []*data.Project, s Series, lang string) Chart {
	return dimensionRadar(ps, s, lang)
}

// PreferredSize returns a canvas size that reads well at the given width: bar charts grow 18
// units per bar row (so 60 projects stay legible; scroll them on screen), radars are twice as
// wide as high.
func PreferredSize(c Chart, width int) (w, h int) {
	width = max(width, 100)
	h = max(width/2, 250)
	if _, ok := c.(*MapChart); ok {
		return width, min(max(width*5/6, 250), 10000) // Finland is tall: the legend goes beside it
	}
	if b, ok := c.(*hbarChart); ok {
		rows := 0
		for _, r := range b.rows {
			rows += max((len(r.bars)+1)/2, 1)
		}
		h = max(h, 110+rows*18)
	}
	return width, min(h, 10000)
}
