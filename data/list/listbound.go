package list

import (
	"strconv"
	"sync/atomic"

	"vertailu/data"
)

// Bounds on the projects lists may give: every row is a project of some kilobytes, and a crafted
// workbook of 350 KB unpacks to half a million rows (eight such took 19 GB). The largest real
// list has 19,940 rows and a real folder some tens of thousands of projects, so the bounds are
// far above anything real: a list's rows past maxListRows, and any list row past
// MaxLoadRows in the whole load, are not read, counted and said.
const (
	maxListRows = 60_000
	MaxLoadRows = 120_000 // list rows one load reads at most, over all its lists
)

// Budget is how many more list rows a load may read as projects, shared by its workers.
type Budget struct{ left atomic.Int64 }

// NewBudget is a budget of n rows; a load makes one of MaxLoadRows.
func NewBudget(n int64) *Budget {
	b := &Budget{}
	b.left.Store(n)
	return b
}

// take reports whether one more row may be read; a nil budget is unbounded.
func (b *Budget) take() bool { return b == nil || b.left.Add(-1) >= 0 }

// overBound reports whether the row at line n may not be read as a project (its list, or the
// load, has read as many as it may), and counts it as not read, said once per list.
func (lf *listFile) overBound(file string, n int, sheet string) bool {
	if lf.over == "" {
		switch {
		case len(lf.projects) >= maxListRows:
			lf.over = "list_too_many_rows"
		case !lf.budget.take():
			lf.over = "load_too_many_rows"
		default:
			return false
		}
		pr := data.NewProblem(file, n, lf.over, "Max", strconv.Itoa(maxListRows), "Total", strconv.Itoa(MaxLoadRows))
		pr.Sheet = sheet
		lf.notRead(pr)
		return true
	}
	lf.rows++ // counted with the first, not kept one by one
	lf.kinds[lf.over]++
	return true
}
