package load_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"vertailu/assets/words"
	"vertailu/data"
	"vertailu/data/load"
)

// FuzzParse: whatever the bytes, Parse does not panic and either skips the file with a
// reason or returns a project whose problems all carry the file and a line within it.
func FuzzParse(f *testing.F) {
	f.Add([]byte(seedText(f, seed0)))
	f.Add([]byte(seedText(f, seed1)))
	f.Add([]byte(strings.ReplaceAll(seedText(f, seed0), "\n", "\r")))
	f.Add([]byte(seedText(f, seed0)[:900]))
	f.Add([]byte("Hankekoodi: S1\nHankkeen nimi: x\nMyönnetty EU- ja valtion rahoitus: 9 9 9\n8.2 Kestävä kehitys\nx 99 1\n"))
	f.Add([]byte("\xef\xbb\xbf\xff\xfe"))
	f.Fuzz(func(t *testing.T, in []byte) {
		b := bytes.Clone(in) // the loader reuses its read buffer: scribbled over below
		p, err := load.Parse("fuzz.txt", b)
		if err != nil {
			var nd *data.NotDescriptionError
			if !errors.As(err, &nd) || nd.Reason.Code == "" {
				t.Fatalf("error without a reason: %v", err)
			}
			reason := words.Of("en").Problem(nd.Reason)
			scribble(b)
			if words.Of("en").Problem(nd.Reason) != reason {
				t.Fatalf("the reason changed with the bytes: %q, was %q", words.Of("en").Problem(nd.Reason), reason)
			}
			return
		}
		before, _ := json.Marshal(p)
		scribble(b)
		if after, _ := json.Marshal(p); !bytes.Equal(before, after) {
			t.Fatalf("the project changed when its bytes were overwritten: it keeps part of them\n%s\n%s", before, after)
		}
		b = in
		lines := strings.Count(string(b), "\n") + strings.Count(string(b), "\r") + 1
		for _, w := range p.Warnings {
			if w.File != "fuzz.txt" || w.Line < 0 || w.Line > lines || words.Of("en").Problem(w) == "" {
				t.Fatalf("bad problem %+v (file has %d lines)", w, lines)
			}
		}
		if !utf8.ValidString(p.Name) || !utf8.ValidString(p.Summary) {
			t.Fatal("invalid UTF-8 in the model")
		}
		for _, c := range p.Sustainability {
			if c.Direct.Known && (c.Direct.V < 0 || c.Direct.V > 10) {
				t.Fatalf("score out of range %+v", c)
			}
		}
		if _, err := json.Marshal(p); err != nil {
			t.Fatalf("JSON: %v", err)
		}
	})
}

// scribble overwrites b, as the loader's next read overwrites its buffer.
func scribble(b []byte) {
	for i := range b {
		b[i] = '#'
	}
}
