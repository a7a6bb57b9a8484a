package list

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"vertailu/data"
)

// The EURA 2021 export ends with footer rows; one gives the date of the extract, which is the
// export's date (see data.ExportDate).

var isoDate = regexp.MustCompile(`(?:^|\D)((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?:\D|$)`)

var footerDMY = regexp.MustCompile(`(?:^|\D)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?:\D|$)`)

// footerDate is the date a footer row of the EURA 2021 export gives ("Tiedot päivitetty
// 25.9.2026"), as text or, in a workbook, as a date cell next to its label (a day number).
func footerDate(cells []string, xlsx bool) (data.Date, bool) {
	for _, c := range cells {
		if m := footerDMY.FindStringSubmatch(c); m != nil {
			d, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			y, _ := strconv.Atoi(m[3])
			if date, ok := data.ValidDate(y, mo, d); ok {
				return date, true
			}
		}
		if m := isoDate.FindStringSubmatch(c); m != nil { // a date cell a reader wrote as ISO
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			d, _ := strconv.Atoi(m[3])
			if date, ok := data.ValidDate(y, mo, d); ok {
				return date, true
			}
		}
		if n, err := strconv.ParseFloat(strings.TrimSpace(c), 64); xlsx && err == nil && n > 32000 && n < 73000 {
			// A workbook's date cell: days since 30.12.1899 (1987–2099).
			t := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(n))
			return data.Date{Time: t}, true
		}
	}
	return data.Date{}, false
}

// noteFooter keeps the date a footer row gives, the first one found.
func (lf *listFile) noteFooter(cells []string) {
	if lf.footer.Known() {
		return
	}
	if d, ok := footerDate(cells, lf.xlsx); ok {
		lf.footer = d
	}
}
