package data

import (
	"strings"

	"vertailu/assets/words"
)

// Programme periods on every project. Axes and specific objectives are numbered anew in each
// period: axis 3 of 2007–2013 is not axis 3 of 2014–2020. A list gives its axis as a number
// only; descriptions name it ("3. Työllisyys ja työvoiman liikkuvuus").

// PeriodText is a period as people write it: "2014–2020" (with an en dash); "" for none.
func PeriodText(period string) string { return strings.Replace(period, "-", "–", 1) }

// AxisOf is the project's priority axis as filters and groups know it: a bare number with its
// period ("3 (2007–2013)"), so that one period's axis never meets another's; a named axis as
// it is (its name tells it apart).
func AxisOf(p *Project) string {
	a := p.PriorityAxis
	if p.Period == "" || !AllDigits(a) {
		return a
	}
	return a + " (" + PeriodText(p.Period) + ")"
}

// NameListAxes gives a list row's bare axis number the name that the descriptions of its
// period in the same load give that number ("3" → "3. Työllisyys ja työvoiman liikkuvuus"), so
// that a list's projects and the descriptions' meet in one axis.
func NameListAxes(ps []*Project) {
	names := map[string]map[string]string{} // period → number → name
	for _, p := range ps {
		num, _, named := strings.Cut(p.PriorityAxis, ".")
		if !p.Described() || !named || !AllDigits(num) || p.Period == "" {
			continue
		}
		if names[p.Period] == nil {
			names[p.Period] = map[string]string{}
		}
		if _, ok := names[p.Period][num]; !ok {
			names[p.Period][num] = p.PriorityAxis
		}
	}
	for _, p := range ps {
		if name, ok := names[p.Period][p.PriorityAxis]; ok && AllDigits(p.PriorityAxis) {
			p.PriorityAxis = name
		}
	}
}

// PeriodsNote says, in lang, what a figure means across periods when ps mix 2021–2027
// projects with older ones: their granted EU+state is the funding decision's planned EU and
// state funding; "" when they do not mix.
func PeriodsNote(ps []*Project, lang string) string {
	has21, older := false, false
	for _, p := range ps {
		switch p.Period {
		case Period2021:
			has21 = true
		case Period2007, Period2014:
			older = true
		}
	}
	if !has21 || !older {
		return ""
	}
	return words.Of(lang).T("These projects are of several programme periods: for 2021–2027 the granted EU+state is the funding decision’s planned EU and state funding (Suunniteltu EU- ja valtion rahoitus), beside the older periods’ granted (Myönnetty).")
}
