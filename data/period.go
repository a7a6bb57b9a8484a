package data

import (
	"strings"
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

// MixesPeriods reports whether ps mix 2021–2027 projects with older ones, whose granted EU+state
// means another thing (the funding decision's planned EU and state funding, beside the older
// periods' granted).
func MixesPeriods(ps []*Project) bool {
	has21, older := false, false
	for _, p := range ps {
		switch p.Period {
		case Period2021:
			has21 = true
		case Period2007, Period2014:
			older = true
		}
	}
	return has21 && older
}
