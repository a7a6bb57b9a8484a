package list

import (
	"strconv"
	"strings"
	"testing"
)

// A list's rows past maxListRows, and a load's list rows past its budget, are not read:
// counted, said once, never silently dropped, and no project is made of them.
func TestListRowBounds(t *testing.T) {
	head := "Koodi,Hankkeen nimi,Myönnetty EU- ja valtion rahoitus,Toteutunut EU- ja valtion rahoitus\n"
	var b strings.Builder
	b.WriteString(head)
	for i := range maxListRows + 10 {
		b.WriteString("S" + strconv.Itoa(100000+i) + ",Hanke,1,2\n")
	}
	lf, ok := read("a.csv", []byte(b.String()), nil)
	if !ok || len(lf.projects) != maxListRows || lf.rows != maxListRows+10 || lf.kinds["list_too_many_rows"] != 10 {
		t.Fatalf("%v: %d projects of %d rows, %v", ok, len(lf.projects), lf.rows, lf.kinds)
	}
	budget := NewBudget(3)
	small := head + "S1,a,1,2\nS2,b,1,2\nS3,c,1,2\n"
	first, _ := read("b.csv", []byte(small), budget)
	second, _ := read("c.csv", []byte(small), budget)
	if len(first.projects) != 3 || len(second.projects) != 0 || second.rows != 3 || second.kinds["load_too_many_rows"] != 3 || len(second.problems) != 1 {
		t.Errorf("first %d, second %d of %d: %v", len(first.projects), len(second.projects), second.rows, second.problems)
	}
}
