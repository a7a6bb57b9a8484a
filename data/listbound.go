package data

import (
	"strconv"
	"sync/atomic"
)

// Bounds on the projects lists may give: every row is a project of some kilobytes, and a crafted
// workbook of 350 KB unpacks to half a million rows (eight such took 19 GB). The largest real
// list has 19,940 rows and a real folder some tens of thousands of projects, so the bounds are
// far above anything real: a list's rows past maxListRows, and any list row past
// maxLoadListRows in the whole load, are not read, counted and said.
const (
	maxListRows     = 60_000
	maxLoadListRows = 120_000
)

// rowBudget is how many more list rows a load may read as projects, shared by its workers.
type rowBudget struct{ left atomic.Int64 }

func newRowBudget(n int64) *rowBudget {
	b := &rowBudget{}
	b.left.Store(n)
	return b
}

// take reports whether one more row may be read; a nil budget is unbounded.
func (b *rowBudget) take() bool { return b == nil || b.left.Add(-1) >= 0 }

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
		pr := problem(file, n, lf.over, "Max", strconv.Itoa(maxListRows), "Total", strconv.Itoa(maxLoadListRows))
		pr.Sheet = sheet
		lf.notRead(pr)
		return true
	}
	lf.rows++ // counted with the first, not kept one by one
	lf.kinds[lf.over]++
	return true
}
