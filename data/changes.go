package data

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// What moved between two exports of a project list: projects added, projects no longer
// listed, and for each project listed in both the fields whose values differ (status, name,
// authority, dates, each funding figure). A change is a difference of values as the reader
// reads them, never of how a file writes them: a row moved to another line, another
// encoding, a spreadsheet's resave (quotes, decimal commas, two-digit years, spaces around a
// value) change nothing.

// Export is one list export of a load: its file, its date and its rows, each with what it
// said of its project.
type Export struct {
	File   string
	Date   ExportDate
	Period string // the programme period of its projects; "" when its header does not say
	Rows   int    // the rows read as projects
	rows   []exportRow
}

// exportRow is one row of an export: its project's code, the row's own source (its funding
// and values) and the project it became part of in the load.
type exportRow struct {
	code string
	src  *Source // among p's sources
	p    *Project
}

// Exports lists the list exports res loaded, in path order.
func Exports(res *LoadResult) []Export {
	var out []Export
	for _, f := range res.Files {
		if len(f.Listed) == 0 {
			continue
		}
		e := Export{File: f.Path, Date: f.Exported, Rows: f.RowsRead, rows: make([]exportRow, 0, len(f.Listed))}
		var seen map[*Project]bool // a code listed twice in the file: one project, both rows among its sources
		for _, p := range f.Listed {
			if rowsOf(p, f.Path) > 1 {
				if seen[p] {
					continue
				}
				if seen == nil {
					seen = map[*Project]bool{}
				}
				seen[p] = true
			}
			for i := range p.Sources {
				if s := &p.Sources[i]; s.Kind == SourceList && s.File == f.Path && s.Row != nil {
					e.rows = append(e.rows, exportRow{code: strings.ToUpper(strings.TrimSpace(p.Code)), src: s, p: p})
					if e.Period == "" {
						e.Period = s.Period
					}
				}
			}
		}
		byRow := func(a, b exportRow) int {
			if c := strings.Compare(a.src.Sheet, b.src.Sheet); c != 0 {
				return c
			}
			return a.src.Line - b.src.Line
		}
		if !slices.IsSortedFunc(e.rows, byRow) { // Listed is in row order: sorted unless a code repeats
			slices.SortStableFunc(e.rows, byRow)
		}
		out = append(out, e)
	}
	return out
}

// rowsOf counts p's rows in the list file.
func rowsOf(p *Project, file string) int {
	n := 0
	for i := range p.Sources {
		if p.Sources[i].Kind == SourceList && p.Sources[i].File == file {
			n++
		}
	}
	return n
}

// ExportByFile finds the export of file (relative to the folder, forward slashes).
func ExportByFile(exps []Export, file string) (Export, bool) {
	for _, e := range exps {
		if e.File == file {
			return e, true
		}
	}
	return Export{}, false
}

// LatestPair picks the two newest exports of one period, older first: of the period whose
// newest export is the newest of all that have two. ok is false when no period has two.
func LatestPair(exps []Export) (from, to Export, ok bool) {
	byPeriod := map[string][]Export{}
	for _, e := range exps {
		byPeriod[e.Period] = append(byPeriod[e.Period], e)
	}
	for _, es := range byPeriod {
		if len(es) < 2 {
			continue
		}
		slices.SortStableFunc(es, func(a, b Export) int { return exportOrder(b, a) }) // newest first
		if !ok || exportOrder(es[0], to) > 0 {
			from, to, ok = es[1], es[0], true
		}
	}
	return from, to, ok
}

// exportOrder orders exports by date, then by file name (the later name as the newer).
func exportOrder(a, b Export) int {
	if c := a.Date.Date.Compare(b.Date.Date.Time); c != 0 {
		return c
	}
	return strings.Compare(a.File, b.File)
}

// ChangeKind says whether a project was added, removed or changed between two exports.
type ChangeKind string

// The kinds of change a project can have.
const (
	Added   ChangeKind = "added"
	Removed ChangeKind = "removed"
	Changed ChangeKind = "changed"
)

// StatusMove is what a change of status means: the project started, ended or was
// interrupted ("" for any other change, or none).
type StatusMove string

// The moves of a status.
const (
	Started     StatusMove = "started"
	Ended       StatusMove = "ended"
	Interrupted StatusMove = "interrupted"
)

// Value is one field's value in an export: a text, whole euros or a date, each possibly
// unknown (an empty text, a figure or a date not given).
type Value struct {
	Kind  Kind
	Text  string
	Euros Int
	Date  Date
}

// MarshalJSON writes the value as `table --format json` does: a text as a string, a figure as
// a number or null, a date as "YYYY-MM-DD" or null.
func (v Value) MarshalJSON() ([]byte, error) {
	switch v.Kind {
	case KindEuro:
		return v.Euros.MarshalJSON()
	case KindDate:
		return v.Date.MarshalJSON()
	}
	return json.Marshal(v.Text)
}

// Raw is the value for machine-readable output: the text, plain digits, an ISO date; "" when
// unknown.
func (v Value) Raw() string {
	switch v.Kind {
	case KindEuro:
		if !v.Euros.Known {
			return ""
		}
		return strconv.FormatInt(v.Euros.V, 10)
	case KindDate:
		return v.Date.ISO()
	}
	return v.Text
}

// Change is one field that differs between two exports, keyed as `table --format json` keys
// it (see Column.Key and Funding's JSON).
type Change struct {
	Field string `json:"field"`
	From  Value  `json:"from"`
	To    Value  `json:"to"`
}

// Money reports whether the change is of a funding figure.
func (c Change) Money() bool { return c.From.Kind == KindEuro }

// Difference is a funding figure's change in euros (To − From), unknown when either is.
func (c Change) Difference() Int {
	if !c.Money() || !c.From.Euros.Known || !c.To.Euros.Known {
		return Int{}
	}
	return KnownInt(c.To.Euros.V - c.From.Euros.V)
}

// size is how far a funding figure moved, for the threshold that hides small changes: the
// difference, or the figure that appeared or went.
func (c Change) size() int64 {
	if d := c.Difference(); d.Known {
		return abs64(d.V)
	}
	return max(abs64(c.From.Euros.V), abs64(c.To.Euros.V))
}

// Ratio is a funding figure's change as a share of what it was (0.25 for +25 %), unknown
// when either is unknown or it was 0.
func (c Change) Ratio() Float {
	d := c.Difference()
	if !d.Known || c.From.Euros.V == 0 {
		return Float{}
	}
	f := c.From.Euros.V
	if f < 0 {
		f = -f
	}
	return KnownFloat(float64(d.V) / float64(f))
}

// ProjectChange is what moved for one project between two exports.
type ProjectChange struct {
	Code    string     `json:"code"`
	Kind    ChangeKind `json:"kind"`
	Changes []Change   `json:"changes,omitempty"`
	// Name is the project's name in the newer export (the older one's when removed).
	Name string `json:"-"`
	// Project is the project of the load the rows became part of, to open it.
	Project *Project `json:"-"`
}

// Status is the move a change of status means: started, ended or interrupted; "" when the
// status did not change (or changed to something else).
func (pc ProjectChange) Status() StatusMove {
	for _, c := range pc.Changes {
		if c.Field != "status" {
			continue
		}
		switch strings.ToLower(c.To.Text) {
		case "toiminnassa":
			return Started
		case "toiminta päättynyt":
			return Ended
		case "keskeytynyt":
			return Interrupted
		}
	}
	return ""
}

// Largest is the largest change in euros (by size) of the project's funding figures; 0 when
// none is known on both sides.
func (pc ProjectChange) Largest() int64 {
	var most int64
	for _, c := range pc.Changes {
		if d := c.Difference(); d.Known && abs64(d.V) > abs64(most) {
			most = d.V
		}
	}
	return most
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// Aspect is a kind of change a view filters by.
type Aspect int

// The aspects of a project's change.
const (
	AspectAdded     Aspect = iota // a project new in the newer export
	AspectRemoved                 // a project no longer listed
	AspectStatus                  // its status
	AspectFunding                 // a funding figure
	AspectName                    // its name
	AspectAuthority               // its funding authority
	AspectDates                   // its start or end
	AspectOther                   // another field (fund, axis, implementer…)
	Aspects                       // how many there are
)

// AspectKeys are the aspects' keys, for the catalogue ("changes.aspect." + key) and flags.
var AspectKeys = [Aspects]string{"added", "removed", "status", "funding", "name", "authority", "dates", "other"}

// aspectOf is the aspect of a change of field.
func aspectOf(field string) Aspect {
	switch field {
	case "status":
		return AspectStatus
	case "name":
		return AspectName
	case "authority":
		return AspectAuthority
	case "start", "end":
		return AspectDates
	}
	if _, ok := fundingKeys[field]; ok {
		return AspectFunding
	}
	return AspectOther
}

// Has reports whether the project's change is of aspect a, counting a funding change only
// when it moves by at least minEuros (a figure that appears or goes: by its amount).
func (pc ProjectChange) Has(a Aspect, minEuros int64) bool {
	switch pc.Kind {
	case Added:
		return a == AspectAdded
	case Removed:
		return a == AspectRemoved
	}
	for _, c := range pc.Changes {
		if aspectOf(c.Field) != a {
			continue
		}
		if a == AspectFunding && c.size() < minEuros {
			continue
		}
		return true
	}
	return false
}

// Shown reports whether the project's change has any of the aspects in show (indexed by
// Aspect), small funding changes (below minEuros) not counting.
func (pc ProjectChange) Shown(show [Aspects]bool, minEuros int64) bool {
	for a, on := range show {
		if on && pc.Has(Aspect(a), minEuros) {
			return true
		}
	}
	return false
}

// Total is one funding figure summed over an export's rows, in both exports.
type Total struct {
	Field    string
	From, To Int // unknown when no row of that export gives the figure
}

// Difference is the total's change in euros, unknown when either side is.
func (t Total) Difference() Int {
	if !t.From.Known || !t.To.Known {
		return Int{}
	}
	return KnownInt(t.To.V - t.From.V)
}

// Changes is what moved between two exports: every project that changed, by code, and the
// totals of every funding figure either export gives.
type Changes struct {
	From, To Export
	Projects []ProjectChange
	Totals   []Total
}

// fieldSpec is one field two exports are compared by.
type fieldSpec struct {
	key  string
	kind Kind
	text func(*RowValues) string
	date func(*RowValues) Date
	euro func(*Funding) Int
}

// changeFields are the fields compared, in the order changes list them.
var changeFields = []fieldSpec{
	{key: "status", text: func(r *RowValues) string { return r.Status }},
	{key: "name", text: func(r *RowValues) string { return r.Name }},
	{key: "authority", text: func(r *RowValues) string { return r.Authority }},
	{key: "start", kind: KindDate, date: func(r *RowValues) Date { return r.Start }},
	{key: "end", kind: KindDate, date: func(r *RowValues) Date { return r.End }},
	{key: "granted_eu_state", kind: KindEuro, euro: func(f *Funding) Int { return f.GrantedEUState }},
	{key: "realised_eu_state", kind: KindEuro, euro: func(f *Funding) Int { return f.RealisedEUState }},
	{key: "planned_public_total", kind: KindEuro, euro: func(f *Funding) Int { return f.PlannedPublicTotal }},
	{key: "realised_public_total", kind: KindEuro, euro: func(f *Funding) Int { return f.RealisedPublicTotal }},
	{key: "planned_total", kind: KindEuro, euro: func(f *Funding) Int { return f.PlannedTotal }},
	{key: "realised_total", kind: KindEuro, euro: func(f *Funding) Int { return f.RealisedTotal }},
	{key: "realised_eu", kind: KindEuro, euro: func(f *Funding) Int { return f.RealisedEU }},
	{key: "applicant", text: func(r *RowValues) string { return r.Implementer }},
	{key: "fund", text: func(r *RowValues) string { return r.Fund }},
	{key: "priority_axis", text: func(r *RowValues) string { return r.Axis }},
	{key: "programme_part", text: func(r *RowValues) string { return r.Programme }},
}

// fundingKeys are the keys of the funding figures among changeFields.
var fundingKeys = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range changeFields {
		if f.kind == KindEuro {
			m[f.key] = true
		}
	}
	return m
}()

// value is field f's value in row s.
func (f fieldSpec) value(s *Source) Value {
	switch f.kind {
	case KindEuro:
		return Value{Kind: KindEuro, Euros: f.euro(&s.Funding)}
	case KindDate:
		return Value{Kind: KindDate, Date: f.date(s.Row)}
	}
	return Value{Kind: KindText, Text: f.text(s.Row)}
}

// alike reports whether rows a and b give field f alike: same, without making the values.
func (f *fieldSpec) alike(a, b *Source) bool {
	switch f.kind {
	case KindEuro:
		return f.euro(&a.Funding) == f.euro(&b.Funding)
	case KindDate:
		x, y := f.date(a.Row), f.date(b.Row)
		return x.Known() == y.Known() && (!x.Known() || x.Equal(y.Time))
	}
	x, y := f.text(a.Row), f.text(b.Row)
	return x == y || sameSpaced(x, y)
}

// same reports whether two values are one: texts alike but for the spaces in and around them.
func same(a, b Value) bool {
	switch a.Kind {
	case KindEuro:
		return a.Euros == b.Euros
	case KindDate:
		return a.Date.Known() == b.Date.Known() && (!a.Date.Known() || a.Date.Equal(b.Date.Time))
	}
	return a.Text == b.Text || sameSpaced(a.Text, b.Text)
}

// spaced is s with every run of white space one space, none around it; s itself (no copy)
// when it is so already, as nearly every value is.
func spaced(s string) string {
	if tidy(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// tidy reports whether s has no white space around it, none but single spaces inside.
func tidy(s string) bool {
	prev := ' '
	for _, r := range s {
		if unicode.IsSpace(r) && (r != ' ' || prev == ' ') {
			return false
		}
		prev = r
	}
	return prev != ' ' || s == ""
}

// sameSpaced reports whether a and b are one text as far as a spreadsheet's resave can tell:
// alike but for the white space in and around them and next to a comma, and for double
// quotes. A spreadsheet that opens a raw list splits its rows at every comma, drops the spaces
// around a piece it reads as a number (", 2" comes back ",2") and takes a quote that opens a
// piece as quoting, dropping it and its partner ("Kasvu" comes back Kasvu); saved again,
// that is what the file says, though nothing moved.
func sameSpaced(a, b string) bool { return looseText(a) == looseText(b) }

// looseText is s as sameSpaced compares it: no quotes, no white space next to a comma, every
// other run of white space one space; s itself when there is nothing to drop.
func looseText(s string) string {
	if tidy(s) && !strings.ContainsAny(s, "\",") {
		return s
	}
	s = strings.ReplaceAll(spaced(s), `"`, "")
	if !strings.Contains(s, ",") {
		return spaced(s)
	}
	parts := strings.Split(s, ",")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	return spaced(strings.Join(parts, ","))
}

// Compare finds what moved from export from to export to: each code's rows are paired in
// row order (a code listed twice is paired first with first), a row without a pair is a
// project added or removed.
func Compare(from, to Export) *Changes {
	ch := &Changes{From: from, To: to}
	// first[code] is the first row of the code not yet paired, next[i] the row after i with
	// its code (-1: none).
	first := make(map[string]int, len(from.rows))
	next := make([]int, len(from.rows))
	for i := len(from.rows) - 1; i >= 0; i-- {
		next[i] = -1
		if j, ok := first[from.rows[i].code]; ok {
			next[i] = j
		}
		first[from.rows[i].code] = i
	}
	paired := make([]bool, len(from.rows))
	for _, r := range to.rows {
		i, ok := first[r.code]
		if !ok || i < 0 {
			ch.Projects = append(ch.Projects, ProjectChange{Code: r.code, Kind: Added, Name: spaced(r.src.Row.Name), Project: r.p})
			continue
		}
		first[r.code] = next[i]
		paired[i] = true
		if cs := compareRows(from.rows[i].src, r.src); len(cs) > 0 {
			ch.Projects = append(ch.Projects, ProjectChange{Code: r.code, Kind: Changed, Changes: cs, Name: spaced(r.src.Row.Name), Project: r.p})
		}
	}
	for i, r := range from.rows {
		if !paired[i] {
			ch.Projects = append(ch.Projects, ProjectChange{Code: r.code, Kind: Removed, Name: spaced(r.src.Row.Name), Project: r.p})
		}
	}
	slices.SortStableFunc(ch.Projects, func(a, b ProjectChange) int { return strings.Compare(a.Code, b.Code) })
	ch.Totals = totals(from, to)
	return ch
}

// compareRows lists the fields whose values differ between two rows of one project.
func compareRows(a, b *Source) []Change {
	var cs []Change
	for i := range changeFields {
		f := &changeFields[i]
		if f.alike(a, b) {
			continue
		}
		va, vb := f.value(a), f.value(b)
		if !same(va, vb) {
			if va.Kind == KindText {
				va.Text, vb.Text = spaced(va.Text), spaced(vb.Text)
			}
			cs = append(cs, Change{Field: f.key, From: va, To: vb})
		}
	}
	return cs
}

// totals sums each funding figure over both exports' rows: those either gives.
func totals(from, to Export) []Total {
	var out []Total
	for _, f := range changeFields {
		if f.kind != KindEuro {
			continue
		}
		t := Total{Field: f.key, From: sumFigure(from, f), To: sumFigure(to, f)}
		if t.From.Known || t.To.Known {
			out = append(out, t)
		}
	}
	return out
}

func sumFigure(e Export, f fieldSpec) Int {
	var sum Int
	for i := range e.rows {
		if v := f.euro(&e.rows[i].src.Funding); v.Known {
			sum = KnownInt(sum.V + v.V)
		}
	}
	return sum
}

// Count returns how many projects were added, removed and changed.
func (ch *Changes) Count() (added, removed, changed int) {
	for _, pc := range ch.Projects {
		switch pc.Kind {
		case Added:
			added++
		case Removed:
			removed++
		default:
			changed++
		}
	}
	return added, removed, changed
}

// Larger is pcs without the funding changes that move less than minEuros (a figure that
// appears or goes: by its amount), and without the projects left with no change; pcs itself
// when minEuros is 0 or less.
func Larger(pcs []ProjectChange, minEuros int64) []ProjectChange {
	if minEuros <= 0 {
		return pcs
	}
	out := make([]ProjectChange, 0, len(pcs))
	for _, pc := range pcs {
		if pc.Kind != Changed {
			out = append(out, pc)
			continue
		}
		var kept []Change
		for _, c := range pc.Changes {
			if !c.Money() || c.size() >= minEuros {
				kept = append(kept, c)
			}
		}
		if len(kept) > 0 {
			pc.Changes = kept
			out = append(out, pc)
		}
	}
	return out
}
