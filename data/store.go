package data

import (
	"cmp"
	"maps"
	"math"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Field is a project attribute to filter and group by.
type Field string

// The fields the store filters and groups by.
const (
	FieldStatus            Field = "status"
	FieldPriorityAxis      Field = "priority_axis"
	FieldSpecificObjective Field = "specific_objective"
	FieldAuthority         Field = "authority"
	FieldRegion            Field = "region"
	FieldOrgType           Field = "org_type"
	FieldFund              Field = "fund"
	FieldMunicipality      Field = "municipality"
	FieldPeriod            Field = "period"
	FieldAuthorityArea     Field = "authority_area"
)

// Fields lists the filter and grouping fields in the order a screen shows them.
var Fields = []Field{FieldPeriod, FieldStatus, FieldPriorityAxis, FieldSpecificObjective, FieldAuthority, FieldRegion, FieldOrgType, FieldFund}

// GroupFields lists the fields to group by: the filter fields and the municipality.
var GroupFields = append(slices.Clone(Fields), FieldMunicipality, FieldAuthorityArea)

// MultiValued reports whether a project can have several values of f (regions and
// municipalities), so that it counts in several groups.
func (f Field) MultiValued() bool {
	return f == FieldRegion || f == FieldMunicipality || f == FieldAuthorityArea
}

// ParseField reads a field key ("status", "priority_axis", …; "axis", "objective" and
// "regions" are accepted too).
func ParseField(s string) (Field, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "status":
		return FieldStatus, true
	case "priority_axis", "axis":
		return FieldPriorityAxis, true
	case "specific_objective", "objective":
		return FieldSpecificObjective, true
	case "authority":
		return FieldAuthority, true
	case "region", "regions":
		return FieldRegion, true
	case "org_type", "organisation_type":
		return FieldOrgType, true
	case "fund":
		return FieldFund, true
	case "municipality", "municipalities":
		return FieldMunicipality, true
	case "period", "programme_period":
		return FieldPeriod, true
	case "authority_area", "funding_authority_area":
		return FieldAuthorityArea, true
	}
	return "", false
}

// Values returns the project's values for f: one for most fields, any number for regions and
// municipalities.
// An empty value is reported as "".
func (f Field) Values(p *Project) []string {
	switch f {
	case FieldStatus:
		return []string{p.Status}
	case FieldPriorityAxis:
		return []string{AxisOf(p)}
	case FieldPeriod:
		return []string{PeriodText(p.Period)}
	case FieldAuthorityArea:
		if a := AuthorityAreas(p.Authority); len(a) > 0 {
			return a
		}
		return []string{""}
	case FieldSpecificObjective:
		return []string{p.SpecificObjective}
	case FieldAuthority:
		return []string{p.Authority}
	case FieldRegion:
		if len(p.Regions) == 0 {
			return []string{""}
		}
		return p.Regions
	case FieldOrgType:
		return []string{p.Applicant.OrgType}
	case FieldFund:
		return []string{p.Fund}
	case FieldMunicipality:
		if len(p.Municipalities) == 0 {
			return []string{""}
		}
		return p.Municipalities
	}
	return nil
}

// Query selects and orders projects: free text, structured filters (any of the listed values
// within a field, every field must match), a subset and a sort column.
type Query struct {
	Text    string
	Filters map[Field][]string
	Subset  Subset
	SortKey string // a Column key; "" keeps load order (by path)
	Desc    bool
	// Own, when set, lets the text find a project by its notes and tags; Tags keeps the
	// projects with any of these tags of the officer's own.
	Own  *OwnIndex
	Tags []string
}

// Store is the shared model: the loaded set that the table, charts, exports and the app read.
// It is safe for concurrent readers; Set replaces the set and notifies listeners.
type Store struct {
	mu        sync.RWMutex
	result    *LoadResult
	projects  []*Project
	search    []string // folded search text per project, same index as projects
	listeners map[int]func()
	nextID    int

	// sortKeys holds, per text column key, the Finnish collation key of each project (same
	// index as projects), made on the first sort by that column after a Set: making keys is
	// most of a sort's cost, and a search re-sorts at every keystroke.
	keysMu   sync.Mutex
	sortKeys map[string][][]byte
}

// NewStore returns an empty store.
func NewStore() *Store {
	return &Store{listeners: map[int]func(){}, result: &LoadResult{}}
}

// Indexed is a load's result with its search index built, ready for Store.SetIndexed. The
// index takes a few hundred milliseconds for 10,000 projects, so an app builds it in the
// goroutine that loaded the folder, not on its UI goroutine.
type Indexed struct {
	result   *LoadResult
	search   []string            // folded search text per project
	sortKeys map[string][][]byte // collation keys of the name column (see Store.sortKeys)
}

// Index builds r's search index and the sort keys of its names (nil r: an empty set).
func Index(r *LoadResult) *Indexed {
	if r == nil {
		r = &LoadResult{}
	}
	search := make([]string, len(r.Projects))
	for i, p := range r.Projects {
		search[i] = searchText(p)
	}
	// The names' sort keys are made here, off the UI goroutine, as a sort by name is the most
	// common text sort; other text columns make theirs on their first sort.
	name, _ := ColumnByKey("name")
	return &Indexed{result: r, search: search, sortKeys: map[string][][]byte{"name": textKeys(name.texts(r.Projects))}}
}

// Result returns the load result that was indexed.
func (ix *Indexed) Result() *LoadResult { return ix.result }

// Set replaces the loaded set and notifies the listeners (outside the lock).
func (s *Store) Set(r *LoadResult) { s.SetIndexed(Index(r)) }

// SetIndexed is Set with the index already built: quick, so a UI goroutine may call it.
func (s *Store) SetIndexed(ix *Indexed) {
	r := ix.result
	s.mu.Lock()
	s.result = r
	s.projects = r.Projects
	s.search = ix.search
	s.sortKeys = maps.Clone(ix.sortKeys) // the store adds to its own copy
	ls := make([]func(), 0, len(s.listeners))
	for _, id := range sortedKeys(s.listeners) {
		ls = append(ls, s.listeners[id])
	}
	s.mu.Unlock()
	for _, l := range ls {
		l()
	}
}

func sortedKeys(m map[int]func()) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

// OnChange registers fn to be called after every Set, on the goroutine that called Set. It
// returns a function that removes the listener.
func (s *Store) OnChange(fn func()) (remove func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	id := s.nextID
	s.nextID++
	s.listeners[id] = fn
	return func() {
		s.mu.Lock()
		delete(s.listeners, id)
		s.mu.Unlock()
	}
}

// Result returns the last load result (every file, loaded or skipped).
func (s *Store) Result() *LoadResult {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.result
}

// Projects returns all loaded projects in load order (by path). The slice is a copy; the
// projects are shared and must not be modified.
func (s *Store) Projects() []*Project {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return slices.Clone(s.projects)
}

// Len returns the number of loaded projects.
func (s *Store) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.projects)
}

// ByCode returns the projects with the given code (more than one when a folder holds copies).
func (s *Store) ByCode(code string) []*Project {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []*Project
	for _, p := range s.projects {
		if strings.EqualFold(p.Code, code) {
			out = append(out, p)
		}
	}
	return out
}

// Query returns the projects that match q, in q's order. An unknown sort key keeps load order.
func (s *Store) Query(q Query) []*Project {
	s.mu.RLock()
	words := strings.Fields(Fold(q.Text))
	match := make([]bool, len(s.projects))
	s.eachChunk(len(words) > 0, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			match[i] = q.matchesText(s.search[i], s.projects[i], words) && matchesFilters(s.projects[i], q.Filters) && q.Subset.Has(s.projects[i]) && q.matchesTags(s.projects[i])
		}
	})
	out := make([]*Project, 0, len(s.projects))
	var index []int // of out's projects in s.projects
	for i, p := range s.projects {
		if match[i] {
			out = append(out, p)
			index = append(index, i)
		}
	}
	col, sorted := ColumnByKey(q.SortKey)
	var texts [][]byte
	if sorted && col.text != nil {
		all := s.textKeys(col)
		texts = make([][]byte, len(index))
		for j, i := range index {
			texts[j] = all[i]
		}
	}
	s.mu.RUnlock()
	if sorted {
		sortBy(out, col, q.Desc, texts)
	}
	return out
}

// textKeys returns the collation keys of col's texts, one per project, made on first use after
// a Set. The caller holds s.mu for reading.
func (s *Store) textKeys(col Column) [][]byte {
	s.keysMu.Lock()
	defer s.keysMu.Unlock()
	if keys, ok := s.sortKeys[col.Key]; ok {
		return keys
	}
	keys := textKeys(col.texts(s.projects))
	if s.sortKeys == nil {
		s.sortKeys = map[string][][]byte{}
	}
	s.sortKeys[col.Key] = keys
	return keys
}

// parallelFrom is the number of projects from which a text search runs on every core: the
// folded texts of 10,000 projects are over 100 MB to scan.
const parallelFrom = 2000

// eachChunk calls f on consecutive ranges of the projects, covering them all: on every core at
// once when parallel is set and there are many projects, else in one call.
func (s *Store) eachChunk(parallel bool, f func(lo, hi int)) {
	n := len(s.projects)
	workers := runtime.GOMAXPROCS(0)
	if !parallel || n < parallelFrom || workers < 2 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	size := (n + workers - 1) / workers
	for lo := 0; lo < n; lo += size {
		wg.Go(func() { f(lo, min(lo+size, n)) })
	}
	wg.Wait()
}

// Sort orders projects by the column key, stably; unknown values stay last in both
// directions. An unknown key leaves the order as it is.
func Sort(ps []*Project, key string, desc bool) {
	col, ok := ColumnByKey(key)
	if !ok {
		return
	}
	var texts [][]byte
	if col.text != nil {
		texts = textKeys(col.texts(ps))
	}
	sortBy(ps, col, desc, texts)
}

// texts returns the text of a text column for each project.
func (c Column) texts(ps []*Project) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = c.text(p)
	}
	return out
}

// sortBy is Sort by col, with texts[i] the collation key of ps[i] for a text column.
func sortBy(ps []*Project, col Column, desc bool, texts [][]byte) {
	// Each key is computed once, not once per comparison; texts compare by their Finnish
	// collation keys (see textKeys).
	keys := make([]sortKey, len(ps))
	for i, p := range ps {
		keys[i] = col.sortKey(p)
		keys[i].p = p
		if texts != nil {
			keys[i].text = texts[i]
		}
	}
	slices.SortStableFunc(keys, func(a, b sortKey) int {
		if a.known != b.known {
			return boolOrder(a.known, b.known)
		}
		c := cmp.Compare(a.num, b.num)
		if c == 0 {
			c = compareKeys(a.text, b.text)
		}
		if desc {
			return -c
		}
		return c
	})
	for i := range keys {
		ps[i] = keys[i].p
	}
}

// sortKey is one project's value in a sort column, computed once per sort.
type sortKey struct {
	p     *Project
	known bool
	num   float64
	text  []byte // a text's collation key
}

func (c Column) sortKey(p *Project) sortKey {
	if c.text != nil {
		return sortKey{known: strings.TrimSpace(c.text(p)) != ""}
	}
	v := c.Number(p)
	return sortKey{known: v.Known, num: v.V}
}

// Distinct returns the values of f present in the store, in Finnish alphabetical order,
// without "".
func (s *Store) Distinct(f Field) []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	seen := map[string]bool{}
	for _, p := range s.projects {
		for _, v := range f.Values(p) {
			if v != "" {
				seen[v] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for v := range seen {
		out = append(out, v)
	}
	SortTexts(out)
	return out
}

func matchesText(folded string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(folded, w) {
			return false
		}
	}
	return true
}

func matchesFilters(p *Project, filters map[Field][]string) bool {
	for f, want := range filters {
		if len(want) == 0 {
			continue
		}
		if !anyIn(f.Values(p), want) {
			return false
		}
	}
	return true
}

func anyIn(have, want []string) bool {
	for _, h := range have {
		for _, w := range want {
			if strings.EqualFold(h, w) {
				return true
			}
		}
	}
	return false
}

// searchText is what free-text search looks in: code, name, applicant, places and the texts.
func searchText(p *Project) string {
	parts := []string{
		p.Code, p.Name, p.Applicant.Name, p.Applicant.City,
		strings.Join(p.Regions, " "), strings.Join(p.Subregions, " "), strings.Join(p.Municipalities, " "),
		p.Summary, p.TargetGroups.Primary, p.TargetGroups.Indirect, p.FinalReport,
	}
	for _, c := range p.CoImplementers {
		parts = append(parts, c.Name)
	}
	return Fold(strings.Join(parts, "\n"))
}

func compareInts(a, b Int) int {
	if a.Known != b.Known {
		return -boolOrder(a.Known, b.Known)
	}
	switch {
	case a.V < b.V:
		return -1
	case a.V > b.V:
		return 1
	}
	return 0
}

func uniq(vs []string) []string {
	if len(vs) < 2 {
		return vs
	}
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

func formatRawInt(v float64) string { return strconv.FormatFloat(math.Round(v), 'f', 0, 64) }

func formatRawFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func roundFloat(f Float) Float {
	if !f.Known {
		return f
	}
	return KnownFloat(math.Round(f.V))
}
