// Package words is Vertailu's one catalogue of user-visible words, in Finnish and English: the
// app's screens, the charts, the PDFs, the CSV and XLSX headers, and the problems found in the
// files. It knows nothing of Fyne, so data, charts and export word their output with it too.
//
// The catalogue is fi.json and en.json beside this file, in go-i18n's format (the one Fyne
// reads). A message's id is its English text for phrases ("Cancel loading"), and a dotted key
// for the values of a closed set: "problem.not_utf8", "status.running", "dimension.social",
// "criterion.natural_resources.short". Placeholders are {{.Name}}; a message with plural forms
// gives "one" and "other" and is read with N. Every id is in both files (words_test.go).
//
// Fyne's own dialog strings in Finnish (Fyne ships none) are in fyne/fi.json, for Fyne's lang.
package words

import (
	"embed"
	"encoding/json"
	"io/fs"
	"strings"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"vertailu/data/locale"
)

// Lang is a language the catalogue speaks.
type Lang string

// The two languages.
const (
	FI Lang = "fi"
	EN Lang = "en"
)

// Of reads a language code: English for any code that begins with "en" ("en", "en-GB",
// "en_US.UTF-8"), Finnish otherwise, as the PDFs and charts have always read it.
func Of(code string) Lang {
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(code)), "en") {
		return EN
	}
	return FI
}

//go:embed fi.json en.json
var files embed.FS

// Fyne holds fyne/fi.json, Fyne's own dialog strings in Finnish, for lang.AddTranslationsFS.
//
//go:embed fyne/*.json
var Fyne embed.FS

// catalogue is the parsed catalogue: a localizer per language, and the messages without
// placeholders or plural forms, which are most of them, ready to hand out.
type catalogue struct {
	localizers map[Lang]*i18n.Localizer
	plain      map[Lang]map[string]string
}

// The number formatter (data/locale), which the model writes through and which cannot import
// the catalogue, gets the words for an unknown value from it, when it first writes one: the
// catalogue is parsed on its first use, not as every command starts.
func init() {
	locale.SetUnknown(func() (string, string) { return Of("fi").T("value.unknown"), Of("en").T("value.unknown") })
}

var load = sync.OnceValue(func() *catalogue {
	c, err := parse(files)
	if err != nil {
		panic("words: " + err.Error()) // the files are embedded: a broken one fails every test
	}
	return c
})

func parse(fsys fs.FS) (*catalogue, error) {
	bundle := i18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	c := &catalogue{localizers: map[Lang]*i18n.Localizer{}, plain: map[Lang]map[string]string{}}
	for _, l := range []Lang{FI, EN} {
		name := string(l) + ".json"
		if _, err := bundle.LoadMessageFileFS(fsys, name); err != nil {
			return nil, err
		}
		raw, err := Messages(fsys, l)
		if err != nil {
			return nil, err
		}
		plain := map[string]string{}
		for id, m := range raw {
			if len(m) == 1 && m["other"] != "" && !strings.Contains(m["other"], "{{") {
				plain[id] = m["other"]
			}
		}
		c.plain[l] = plain
		c.localizers[l] = i18n.NewLocalizer(bundle, string(l))
	}
	return c, nil
}

// Messages reads the catalogue file of l as id → plural form ("other", "one") → text; a plain
// message has only "other". Tests use it to compare the languages.
func Messages(fsys fs.FS, l Lang) (map[string]map[string]string, error) {
	if fsys == nil {
		fsys = files
	}
	b, err := fs.ReadFile(fsys, string(l)+".json")
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, err
	}
	out := make(map[string]map[string]string, len(raw))
	for id, v := range raw {
		var s string
		if json.Unmarshal(v, &s) == nil {
			out[id] = map[string]string{"other": s}
			continue
		}
		var forms map[string]string
		if err := json.Unmarshal(v, &forms); err != nil {
			return nil, err
		}
		out[id] = forms
	}
	return out, nil
}

var missing sync.Map // ids asked for but not in the catalogue

// Missing lists the ids asked for that the catalogue lacks, in either language. Tests check it
// stays empty after exercising their code.
func Missing() []string {
	var ids []string
	missing.Range(func(k, _ any) bool {
		ids = append(ids, k.(string))
		return true
	})
	return ids
}

// Has reports whether the catalogue holds id.
func Has(id string) bool {
	c := load()
	if _, ok := c.plain[EN][id]; ok {
		return true
	}
	_, err := c.localizers[EN].Localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: 2})
	return err == nil
}

// T words id in l. args are pairs of placeholder name and value: T("Could not open the
// folder: {{.Error}}", "Error", err). An id the catalogue lacks comes back as itself.
func (l Lang) T(id string, args ...any) string {
	return l.localize(id, nil, args)
}

// N words id in l with the plural form for count; {{.Count}} is count with its thousands
// grouped as l writes them ("1 234" / "1,234"), unless args give Count.
func (l Lang) N(id string, count int, args ...any) string {
	return l.localize(id, count, args)
}

func (l Lang) localize(id string, count any, args []any) string {
	c := load()
	if l != EN {
		l = FI
	}
	if count == nil && len(args) == 0 {
		if s, ok := c.plain[l][id]; ok {
			return s
		}
	}
	data := make(map[string]any, len(args)/2+1)
	if n, ok := count.(int); ok {
		data["Count"] = locale.Of(string(l)).Int(int64(n))
	}
	for i := 0; i+1 < len(args); i += 2 {
		if k, ok := args[i].(string); ok {
			data[k] = args[i+1]
		}
	}
	s, err := c.localizers[l].Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
	if err != nil {
		missing.Store(id, true)
		if s == "" {
			return id
		}
	}
	return s
}
