package eura

import (
	"strings"

	"vertailu/data/decode"
)

// Telling a project description from the other documents that land in the same folders.

// Documents that land in the same folders but are not descriptions, by a word in their head.
// code is the problem that skips the file.
var otherDocuments = []struct{ word, code string }{
	{"esr-projektihakemus", "esr_application"},
	{"hankehakemus", "eura_application"},
	{"hankesuunnitelma", "project_plan"},
	{"päätös", "decision"},
	{"paatos", "decision"},
	{"maksatushakemus", "payment_application"},
	{"loppuraportti", "final_report"},
	{"väliraportti", "interim_report"},
}

// classify returns the code of the problem that says why the lines are not a project
// description, or "" when they are one.
func classify(lines []line) string {
	if headSays(lines, 12, "hankkeen kuvaus") { // the usual case, without lower-casing the head
		return ""
	}
	head := headText(lines, 12)
	for _, o := range otherDocuments {
		if strings.Contains(head, o.word) {
			return o.code
		}
	}
	labels := 0
	for _, l := range lines {
		for _, key := range []string{"hankekoodi:", "hankkeen nimi:", "toimintalinja:", "hakijan virallinen nimi:", "myönnetty eu- ja valtion rahoitus:"} {
			if hasPrefixFold(l.text, key) {
				labels++
			}
		}
	}
	if labels >= 2 {
		return ""
	}
	if strings.Contains(head, "<html") || strings.Contains(head, "<!doctype") {
		return "html_page"
	}
	return "no_labels"
}

// hasPrefixFold reports whether s begins with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// headSays reports whether one of the first n non-blank lines contains word (see containsFold).
func headSays(lines []line, n int, word string) bool {
	for _, l := range lines {
		if l.text == "" {
			continue
		}
		if decode.ContainsFold(l.text, word) {
			return true
		}
		if n--; n == 0 {
			break
		}
	}
	return false
}

func headText(lines []line, n int) string {
	var b strings.Builder
	for _, l := range lines {
		if l.text == "" {
			continue
		}
		b.WriteString(strings.ToLower(l.text[:min(len(l.text), 160)])) // a title is shorter
		b.WriteByte('\n')
		if n--; n == 0 {
			break
		}
	}
	return b.String()
}
