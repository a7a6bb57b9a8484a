package data

import (
	"math"
	"strings"
)

// Kind says how a column's values read and sort.
type Kind int

// Column kinds.
const (
	KindText    Kind = iota // plain text, sorted in Finnish alphabetical order (see CompareText)
	KindInt                 // a count, "1 234" / "1,234"
	KindEuro                // whole euros, "95 084" / "95,084"
	KindPercent             // a ratio shown as "99,9 %" / "99.9 %"
	KindDecimal             // a real number with one decimal, "6,5" / "6.5"
	KindDate                // a date, "1.6.2022" / "1 Jun 2022"
)

// Numeric reports whether values of this kind are numbers (right-aligned on screen).
func (k Kind) Numeric() bool { return k != KindText && k != KindDate }

// Column is one column of the project table: a stable key, its titles and how to read its
// value from a project. The table, the CLI, the CSV/XLSX exports and sorting all use these.
type Column struct {
	Key    string
	Kind   Kind
	text   func(*Project) string
	number func(*Project) Float
	date   func(*Project) Date
}

// Number returns the column's numeric value (for number and date kinds; dates as Unix days).
func (c Column) Number(p *Project) Float {
	switch {
	case c.number != nil:
		return c.number(p)
	case c.date != nil:
		d := c.date(p)
		if !d.Known() {
			return Float{}
		}
		return KnownFloat(float64(d.Unix() / 86400))
	}
	return Float{}
}

// Known reports whether p has a value in this column.
func (c Column) Known(p *Project) bool {
	if c.text != nil {
		return strings.TrimSpace(c.text(p)) != ""
	}
	return c.Number(p).Known
}

// Text returns the value as a reader of lang reads it: numbers and dates in lang's format
// ("1 234 567 €" / "1,234,567 €", "1.4.2008" / "1 Apr 2008"), Unknown for an unknown number or
// date; texts as they are.
func (c Column) Text(p *Project, lang string) string {
	switch {
	case c.text != nil:
		return c.text(p)
	case c.date != nil:
		return FormatDate(c.date(p), lang)
	}
	v := c.number(p)
	switch c.Kind {
	case KindInt, KindEuro:
		if !v.Known {
			return Unknown(lang)
		}
		return FormatInt(KnownInt(int64(v.V)), lang)
	case KindPercent:
		return FormatPercent(v, lang)
	default:
		return FormatFloat(v, 1, lang)
	}
}

// Raw returns the value for machine-readable output: plain digits with a decimal point (at
// most four decimals), ISO dates, "" when unknown.
func (c Column) Raw(p *Project) string {
	switch {
	case c.text != nil:
		return c.text(p)
	case c.date != nil:
		return c.date(p).ISO()
	}
	v := c.number(p)
	if !v.Known {
		return ""
	}
	switch c.Kind {
	case KindInt, KindEuro:
		return formatRawInt(v.V)
	default: // ratios as fractions with four decimals, means and months likewise
		return formatRawFloat(math.Round(v.V*1e4) / 1e4)
	}
}

// boolOrder puts known (true) before unknown (false).
func boolOrder(ka, kb bool) int {
	if ka && !kb {
		return -1
	}
	if !ka && kb {
		return 1
	}
	return 0
}

func textCol(key string, f func(*Project) string) Column {
	return Column{Key: key, Kind: KindText, text: f}
}

func intCol(key string, kind Kind, f func(*Project) Int) Column {
	return Column{Key: key, Kind: kind, number: func(p *Project) Float {
		v := f(p)
		if !v.Known {
			return Float{}
		}
		return KnownFloat(float64(v.V))
	}}
}

func floatCol(key string, kind Kind, f func(*Project) Float) Column {
	return Column{Key: key, Kind: kind, number: f}
}

func dateCol(key string, f func(*Project) Date) Column {
	return Column{Key: key, Kind: KindDate, date: f}
}

var columns = []Column{
	textCol("code", func(p *Project) string { return p.Code }),
	textCol("name", func(p *Project) string { return p.Name }),
	textCol("applicant", func(p *Project) string { return p.Applicant.Name }),
	textCol("org_type", func(p *Project) string { return p.Applicant.OrgType }),
	textCol("status", func(p *Project) string { return p.Status }),
	textCol("fund", func(p *Project) string { return p.Fund }),
	textCol("period", func(p *Project) string { return PeriodText(p.Period) }),
	textCol("priority_axis", func(p *Project) string { return p.PriorityAxis }),
	textCol("specific_objective", func(p *Project) string { return p.SpecificObjective }),
	textCol("authority", func(p *Project) string { return p.Authority }),
	textCol("regions", func(p *Project) string { return strings.Join(p.Regions, ", ") }),
	dateCol("start", func(p *Project) Date { return p.Start }),
	dateCol("end", func(p *Project) Date { return p.End }),
	floatCol("months", KindDecimal, func(p *Project) Float { return p.Derived.DurationMonths }),
	intCol("granted_eu_state", KindEuro, func(p *Project) Int { return p.Funding.GrantedEUState }),
	intCol("realised_eu_state", KindEuro, func(p *Project) Int { return p.Funding.RealisedEUState }),
	floatCol("utilisation_eu_state", KindPercent, func(p *Project) Float { return p.Derived.UtilisationEUState }),
	intCol("planned_public_total", KindEuro, func(p *Project) Int { return p.Funding.PlannedPublicTotal }),
	intCol("realised_public_total", KindEuro, func(p *Project) Int { return p.Funding.RealisedPublicTotal }),
	floatCol("utilisation_public", KindPercent, func(p *Project) Float { return p.Derived.UtilisationPublic }),
	intCol("planned_total", KindEuro, func(p *Project) Int { return p.Funding.PlannedTotal }),
	intCol("realised_total", KindEuro, func(p *Project) Int { return p.Funding.RealisedTotal }),
	intCol("realised_eu", KindEuro, func(p *Project) Int { return p.Funding.RealisedEU }),
	floatCol("eu_state_share", KindPercent, func(p *Project) Float { return p.Derived.EUStateShare }),
	intCol("persons_planned", KindInt, func(p *Project) Int { return p.Indicators.PersonsPlanned }),
	floatCol("cost_per_planned_participant", KindEuro, func(p *Project) Float { return roundFloat(p.Derived.CostPerPlannedParticipant) }),
	intCol("companies_planned", KindInt, func(p *Project) Int { return p.Indicators.CompaniesPlanned }),
	intCol("companies_realised", KindInt, func(p *Project) Int { return p.Indicators.CompaniesRealised }),
	floatCol("company_target_reached", KindPercent, func(p *Project) Float { return p.Derived.CompanyTargetReached }),
	floatCol("sustainability_direct", KindDecimal, func(p *Project) Float { return p.Derived.Direct.Overall }),
	floatCol("sustainability_indirect", KindDecimal, func(p *Project) Float { return p.Derived.Indirect.Overall }),
	// What only the EURA 2021 export (2021–2027) gives: empty for the other periods.
	textCol("group_code", func(p *Project) string { return derefString(p.GroupCode) }),
	classCol("subtype", func(c *Classification) string { return c.Subtype }),
	classCol("intervention_field", func(c *Classification) string { return c.InterventionField }),
	classCol("location", func(c *Classification) string { return c.Location }),
	classCol("form_of_support", func(c *Classification) string { return c.Form }),
	classCol("mechanism", func(c *Classification) string { return c.Mechanism }),
	classCol("economic_activity", func(c *Classification) string { return c.EconomicActivity }),
	classCol("secondary_theme", func(c *Classification) string { return c.SecondaryTheme }),
	classCol("gender_equality_2021", func(c *Classification) string { return c.GenderEquality }),
	classCol("baltic_sea_strategy", func(c *Classification) string { return c.BalticSeaStrategy }),
	textCol("file", func(p *Project) string { return p.File }),
}

// classCol is a column of a 2021–2027 project's classification; empty for the others.
func classCol(key string, f func(*Classification) string) Column {
	return textCol(key, func(p *Project) string {
		if p.Classification == nil {
			return ""
		}
		return f(p.Classification)
	})
}

func derefString(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Columns returns the table's columns in display order. The slice is a copy.
func Columns() []Column { return append([]Column(nil), columns...) }

// ColumnByKey finds a column by its key.
func ColumnByKey(key string) (Column, bool) {
	for _, c := range columns {
		if c.Key == key {
			return c, true
		}
	}
	return Column{}, false
}

// ColumnKeys lists every column key, in display order.
func ColumnKeys() []string {
	keys := make([]string, len(columns))
	for i, c := range columns {
		keys[i] = c.Key
	}
	return keys
}
