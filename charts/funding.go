package charts

import (
	"vertailu/assets/words"
	"vertailu/data"
)

// euroTick labels an axis tick in whole euros, Finnish style.
func euroTick(v float64) string { return data.FormatEuro(data.KnownInt(int64(v + 0.5))) }

// percentTick labels a ratio tick as a whole percentage.
func percentTick(v float64) string { return data.FormatDecimal(v*100, 0) + "\u00a0%" }

// euroBar is a bar of a euro amount; unknown amounts draw no bar and read "n/a".
func euroBar(v data.Int, series int) hbarValue {
	return hbarValue{v: float64(v.V), known: v.Known, text: data.FormatEuro(v), series: series}
}

// realisedBar is a realised amount with its utilisation written beside it and flagged above
// 100 %.
func realisedBar(v data.Int, util data.Float, series int) hbarValue {
	b := euroBar(v, series)
	if v.Known && util.Known {
		b.text += " (" + data.FormatPercent(util) + ")"
		b.flagged = data.UtilisationFlagged(util)
		if b.flagged {
			b.text += " !"
		}
	}
	return b
}

func fundingSeries(l *[nLabels]string, withPublic bool) []hbarSeries {
	s := []hbarSeries{{l[lGrantedEUState], colGranted}, {l[lRealisedEUState], colRealised}}
	if withPublic {
		s = append(s, hbarSeries{l[lPlannedPublic], colPlanned}, hbarSeries{l[lRealisedPublic], colRealisedPub})
	}
	return s
}

func fundingChart(p *data.Project, lang string) Chart {
	l := labels(lang)
	h := &hbarChart{
		title: l[lFundingTitle], series: fundingSeries(l, true), tick: euroTick,
		defaultMax: 100000, flagLabel: l[lUtilisation] + " " + l[lOver100], empty: l[lNoProjects],
	}
	if p == nil {
		return h
	}
	if t := ProjectLabel(p); t != "" {
		h.title += ": " + t
	}
	f, d := p.Funding, p.Derived
	h.rows = []hbarRow{
		{label: l[lGrantedEUState], bars: []hbarValue{euroBar(f.GrantedEUState, 0)}},
		{label: l[lRealisedEUState], bars: []hbarValue{realisedBar(f.RealisedEUState, d.UtilisationEUState, 1)}},
		{label: l[lPlannedPublic], bars: []hbarValue{euroBar(f.PlannedPublicTotal, 2)}},
		{label: l[lRealisedPublic], bars: []hbarValue{realisedBar(f.RealisedPublicTotal, d.UtilisationPublic, 3)}},
	}
	return h
}

func compareChart(ps []*data.Project, withPublic bool, lang string) Chart {
	l := labels(lang)
	h := &hbarChart{
		title: l[lCompareTitle], series: fundingSeries(l, withPublic), legend: true,
		tick: euroTick, defaultMax: 100000, flagLabel: l[lUtilisation] + " " + l[lOver100], empty: l[lNoProjects],
	}
	for _, p := range ps {
		if p == nil {
			continue
		}
		f, d := p.Funding, p.Derived
		row := hbarRow{label: ProjectLabel(p), bars: []hbarValue{
			euroBar(f.GrantedEUState, 0), realisedBar(f.RealisedEUState, d.UtilisationEUState, 1),
		}}
		if withPublic {
			row.bars = append(row.bars, euroBar(f.PlannedPublicTotal, 2),
				realisedBar(f.RealisedPublicTotal, d.UtilisationPublic, 3))
		}
		h.rows = append(h.rows, row)
	}
	return h
}

func utilisationChart(ps []*data.Project, lang string) Chart {
	l := labels(lang)
	h := &hbarChart{
		title: l[lUtilTitle], series: []hbarSeries{{l[lUtilisation], colGranted}},
		tick: percentTick, defaultMax: 1, ref: 1, refLabel: "100 %",
		flagLabel: l[lOver100], empty: l[lNoProjects], flagFill: true,
	}
	for _, p := range ps {
		if p == nil {
			continue
		}
		u := p.Derived.UtilisationEUState
		b := hbarValue{v: u.V, known: u.Known, text: data.FormatPercent(u), flagged: data.UtilisationFlagged(u)}
		if b.flagged {
			b.text += " !"
		}
		h.rows = append(h.rows, hbarRow{label: ProjectLabel(p), bars: []hbarValue{b}})
	}
	return h
}

func groupsChart(grouping data.Grouping, lang string) Chart {
	l := labels(lang)
	h := &hbarChart{
		title: l[lGroupsTitle], series: fundingSeries(l, true), legend: true,
		tick: euroTick, defaultMax: 100000, empty: l[lNoProjects],
	}
	if name := fieldName(grouping.Field, lang); name != "" && grouping.Field != "" {
		h.title += ": " + name
	}
	if grouping.Overlap {
		h.title += " (" + words.Of(lang).T("a project in several groups counts in each") + ")"
	}
	for _, g := range grouping.Groups {
		label := g.Value
		if label == "" {
			label = l[lNoValue]
		}
		label += " (" + data.Thousands(int64(g.Count)) + ")"
		h.rows = append(h.rows, hbarRow{label: label, bars: []hbarValue{
			euroBar(g.GrantedEUState, 0), euroBar(g.RealisedEUState, 1),
			euroBar(g.PlannedPublicTotal, 2), euroBar(g.RealisedPublicTotal, 3),
		}})
	}
	return h
}

// fieldName names a grouping field for a chart title.
func fieldName(f data.Field, lang string) string {
	if !words.Has("group." + string(f)) {
		return string(f)
	}
	return words.Of(lang).T("group." + string(f))
}
