package data

import (
	"math"
	"strconv"
	"strings"
)

// NA is what an unknown value shows as in every output meant for people.
const NA = "n/a"

// Thousands writes v with a no-break space between groups of three digits, Finnish style:
// 95084 → "95 084".
func Thousands(v int64) string {
	s := strconv.FormatInt(v, 10)
	if neg := strings.HasPrefix(s, "-"); neg {
		return "-" + groupDigits(s[1:])
	}
	return groupDigits(s)
}

// groupDigits puts a no-break space between groups of three of a string of digits.
func groupDigits(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteRune('\u00a0')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// FormatInt writes a known Int Finnish style ("95 084") and an unknown one as NA.
func FormatInt(i Int) string {
	if !i.Known {
		return NA
	}
	return Thousands(i.V)
}

// FormatEuro writes a known Int as "95 084 €" and an unknown one as NA.
func FormatEuro(i Int) string {
	if !i.Known {
		return NA
	}
	return Thousands(i.V) + "\u00a0€"
}

// FormatPercent writes a ratio as a Finnish percentage with one decimal ("99,9 %"), NA when
// unknown.
func FormatPercent(f Float) string {
	if !f.Known {
		return NA
	}
	return FormatDecimal(f.V*100, 1) + "\u00a0%"
}

// FormatDecimal writes v with the given number of decimals, a decimal comma and thousands
// separators: 1234.5 → "1 234,5".
func FormatDecimal(v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return NA
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	out := groupDigits(intPart) // from the digits: no int64 to overflow
	if v < 0 && strings.Trim(s, "0.") != "" {
		out = "-" + out
	}
	if decimals > 0 {
		out += "," + frac
	}
	return out
}

// FormatFloat writes a known Float with the given decimals, NA when unknown.
func FormatFloat(f Float, decimals int) string {
	if !f.Known {
		return NA
	}
	return FormatDecimal(f.V, decimals)
}
