package load_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"vertailu/assets/words"

	"github.com/xuri/excelize/v2"
)

// A workbook's formula cell saved without its value is an unknown figure with a warning
// naming the cell; with several sheets every problem names its sheet.
func TestWorkbookFormulaWithoutValueAndSheets(t *testing.T) {
	f := excelize.NewFile()
	head := []any{"Koodi", "Hankkeen nimi", "Tila", "Myönnetty EU- ja valtion rahoitus", "Toteutunut EU- ja valtion rahoitus"}
	for i, sheet := range []string{"Uusimaa", "Lappi"} {
		if i == 0 {
			_ = f.SetSheetName("Sheet1", sheet)
		} else if _, err := f.NewSheet(sheet); err != nil {
			t.Fatal(err)
		}
		_ = f.SetSheetRow(sheet, "A1", &head)
		_ = f.SetSheetRow(sheet, "A2", &[]any{"S1" + sheet[:1], "Hanke", "Toiminnassa", 1000, 500})
		_ = f.SetSheetRow(sheet, "A3", &[]any{"S2" + sheet[:1], "Hanke", "Toiminnassa", 2000})
		if err := f.SetCellFormula(sheet, "E3", "D3*0.5"); err != nil {
			t.Fatal(err)
		}
		_ = f.SetSheetRow(sheet, "A4", &[]any{"S3" + sheet[:1], "Hanke", "1.1.2015", "Toiminnassa", 1})
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "lista.xlsx"), b.Bytes())
	r := loadDir(t, dir).Files[0]
	if r.Rows != 6 || r.RowsRead != 4 {
		t.Fatalf("%d of %d rows read: %v", r.RowsRead, r.Rows, r.Problems)
	}
	var got []string
	for _, p := range r.SortedProblems() {
		got = append(got, fmt.Sprintf("%s[%s]:%d: %s", p.File, p.Sheet, p.Line, words.EN.Problem(p)))
	}
	want := "lista.xlsx[Uusimaa]:4: a row of the project list whose 5 cells are not where its header says (a status, date or amount in another column): not read\n" +
		"lista.xlsx[Lappi]:4: a row of the project list whose 5 cells are not where its header says (a status, date or amount in another column): not read\n" +
		"lista.xlsx[Uusimaa]:3: the cell E3 holds a formula without a saved value; read as unknown (open and save the workbook again in a spreadsheet program)\n" +
		"lista.xlsx[Lappi]:3: the cell E3 holds a formula without a saved value; read as unknown (open and save the workbook again in a spreadsheet program)"
	if strings.Join(got, "\n") != want {
		t.Errorf("problems:\n%s", strings.Join(got, "\n"))
	}
}
