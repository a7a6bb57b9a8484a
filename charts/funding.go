package charts

import (
	"vertailu/assets/words"
	"vertailu/data"
)

// euroTick labels axis ticks in whole euros, as a reader of lang writes them.
func euroTick(lang string) func(float64) string {
	return func(v float64) string { return data.FormatEuro(data.KnownInt(int64(v+0.5)), lang) }
}

// percentTick labels ratio ticks as whole percentages.
func percentTick(lang string) func(float64) string {
	return func(v float64) string { return data.FormatDecimal(v*100, 0, lang) + "\u00a0%" }
}

// euroBar is a bar of a euro amount; unknown amounts draw no bar and read "n/a".
func euroBar(v data.Int, series int, lang string) hbarValue {
	return hbarValue{v: float64(v.V), known: v.Known, text: data.FormatEuro(v, lang), series: series}
}

// realisedBar is a realised amount with its utilisation written beside it and flagged above
// 100 %.
func realisedBar(v data.Int, util data.Float, series int, lang string) hbarValue {
	b := euroBar(v, series, lang)
	if v.Known && util.Known {
		b.text += " (" + data.FormatPercent(util, lang) + ")"
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
		title: l[lFundingTitle], series: fundingSeries(l, true), tick: euroTick(lang),
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
		{label: l[lGrantedEUState], bars: []hbarValue{euroBar(f.GrantedEUState, 0, lang)}},
		{label: l[lRealisedEUState], bars: []hbarValue{realisedBar(f.RealisedEUState, d.UtilisationEUState, 1, lang)}},
		{label: l[lPlannedPublic], bars: []hbarValue{euroBar(f.PlannedPublicTotal, 2, lang)}},
		{label: l[lRealisedPublic], bars: []hbarValue{realisedBar(f.RealisedPublicTotal, d.UtilisationPublic, 3, lang)}},
	}
	return h
}

func compareChart(ps []*data.Project, withPublic bool, lang string) Chart {
	l := labels(lang)
	h := &hbarChart{
		title: l[lCompareTitle], series: fundingSeries(l, withPublic), legend: true,
		tick: euroTick(lang), defaultMax: 100000, flagLabel: l[lUtilisation] + " " + l[lOver100], empty: l[lNoProjects],
	}
	for _, p := range ps {
		if p == nil {
			continue
		}
		f, d := p.Funding, p.Derived
		row := hbarRow{label: ProjectLabel(p), bars: []hbarValue{
			euroBar(f.GrantedEUState, 0, lang), realisedBar(f.RealisedEUState, d.UtilisationEUState, 1, lang),
		}}
		if withPublic {
			row.bars = append(row.bars, euroBar(f.PlannedPublicTotal, 2, lang),
				realisedBar(f.RealisedPublicTotal, d.UtilisationPublic, 3, lang))
		}
		h.rows = append(h.rows, row)
	}
	return h
}

func utilisationChart(ps []*data.Project, lang string) Chart {
	l := labels(lang)
	h := &hbarChart{
		title: l[lUtilTitle], series: []hbarSeries{{l[lUtilisation], colGranted}},
		tick: percentTick(lang), defaultMax: 1, ref: 1, refLabel: "100 %",
		flagLabel: l[lOver100], empty: l[lNoProjects], flagFill: true,
	}
	for _, p := range ps {
		if p == nil {
			continue
		}
		u := p.Derived.UtilisationEUState
		b := hbarValue{v: u.V, known: u.Known, text: data.FormatPercent(u, lang), flagged: data.UtilisationFlagged(u)}
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
		tick: euroTick(lang), defaultMax: 100000, empty: l[lNoProjects],
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
		label += " (" + data.FormatCount(g.Count, lang) + ")"
		h.rows = append(h.rows, hbarRow{label: label, bars: []hbarValue{
			euroBar(g.GrantedEUState, 0, lang), euroBar(g.RealisedEUState, 1, lang),
			euroBar(g.PlannedPublicTotal, 2, lang), euroBar(g.RealisedPublicTotal, 3, lang),
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
