// Package locale writes numbers and dates as a reader of Finnish or English expects them:
// "1 234 567 €", "99,9 %", "1.4.2008" in Finnish, "1,234,567 €", "99.9 %", "1 Apr 2008" in
// English. It is the one number formatter of the app (golang.org/x/text/number); the screens,
// the charts, the PDFs and the catalogue's counts all write through it. Machine-readable
// output (CSV and JSON for programs) keeps plain numbers and ISO dates and does not use it.
package locale

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Locale is a language's way of writing numbers and dates. The zero value is Finnish.
type Locale struct {
	english bool
}

// The two locales.
var (
	Finnish = Locale{}
	English = Locale{english: true}
)

// Of reads a language code as the catalogue does: English for any code that begins with "en"
// ("en", "en-GB", "en_US.UTF-8"), Finnish otherwise.
func Of(code string) Locale {
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(code)), "en") {
		return English
	}
	return Finnish
}

// unknown is what an unknown value reads as, Finnish first: the catalogue's words (SetUnknown),
// "n/a" without them.
var unknown = sync.OnceValue(func() [2]string { return [2]string{"n/a", "n/a"} })

// SetUnknown gives the words for an unknown value, in Finnish and in English: words is asked
// once, when the first value is written, so that a command that writes none (check on a folder
// whose files all load) does not parse the catalogue as it starts. The catalogue calls it once
// as the program starts, before any value is written.
func SetUnknown(words func() (finnish, english string)) {
	unknown = sync.OnceValue(func() [2]string {
		fi, en := words()
		return [2]string{fi, en}
	})
}

// Unknown is what an unknown value reads as in l: "ei tiedossa", "n/a".
func (l Locale) Unknown() string {
	if l.english {
		return unknown()[1]
	}
	return unknown()[0]
}

// printers are safe for concurrent use: each call takes its own state from a pool.
var printers = [2]*message.Printer{message.NewPrinter(language.Finnish), message.NewPrinter(language.English)}

func (l Locale) printer() *message.Printer {
	if l.english {
		return printers[1]
	}
	return printers[0]
}

// Int writes a whole number with its thousands grouped: "1 234 567" (no-break spaces) in
// Finnish, "1,234,567" in English.
func (l Locale) Int(v int64) string {
	if v < 0 {
		return "-" + l.whole(uint64(-v)) // -MinInt64 wraps to itself, read right as uint64
	}
	return l.whole(uint64(v))
}

// whole groups the digits of n through the formatter.
func (l Locale) whole(n uint64) string {
	if n < 1000 {
		return strconv.FormatUint(n, 10)
	}
	return l.printer().Sprint(number.Decimal(n))
}

// digits groups a string of digits: through whole when it fits in a uint64, else as the float
// it came from (huge values are whole numbers as floats, printed exactly).
func (l Locale) digits(s string) string {
	if n, err := strconv.ParseUint(s, 10, 64); err == nil {
		return l.whole(n)
	}
	f, _ := strconv.ParseFloat(s, 64)
	return l.printer().Sprint(number.Decimal(f, number.MaxFractionDigits(0)))
}

// Decimal writes v with exactly decimals decimals, thousands grouped and the language's decimal
// mark: 1234.5 → "1 234,5" / "1,234.5". A value that rounds to zero has no minus sign; NaN and
// infinities come back as "".
func (l Locale) Decimal(v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return ""
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	out := l.digits(whole)
	if v < 0 && strings.Trim(s, "0.") != "" {
		out = "-" + out
	}
	if decimals > 0 {
		out += l.decimalMark() + frac
	}
	return out
}

func (l Locale) decimalMark() string {
	if l.english {
		return "."
	}
	return ","
}

// Euro writes whole euros: "95 084 €" / "95,084 €" (a no-break space before the sign, in
// both languages, as the app has always written it).
func (l Locale) Euro(v int64) string { return l.Int(v) + "\u00a0€" }

var months = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// Date writes a day: "1.4.2008" in Finnish, "1 Apr 2008" in English (neither 1/4 nor 4/1,
// which English readers read differently). The zero time is "".
func (l Locale) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	y, m, d := t.Date()
	if l.english {
		return strconv.Itoa(d) + "\u00a0" + months[m-1] + "\u00a0" + strconv.Itoa(y)
	}
	return strconv.Itoa(d) + "." + strconv.Itoa(int(m)) + "." + strconv.Itoa(y)
}
