package main

import (
	"fmt"
	"io"
	"strings"

	"vertailu/data"
)

func runTags(args []string, stdout, stderr io.Writer) int {
	c, pos, ok := newNotebookCommand("tags", "cli.tags.usage", args, stdout, stderr)
	if !ok {
		return 2
	}
	if len(pos) == 0 {
		return c.usage()
	}
	pick := func(l data.OwnLayer) data.OwnLayer { return data.OwnLayer{Tags: l.Tags} }
	switch verb, rest := pos[0], pos[1:]; {
	case (verb == "add" || verb == "remove") && len(rest) >= 2:
		s, ok := c.open()
		if !ok {
			return 1
		}
		defer s.Close()
		tag := strings.Join(rest[1:], " ")
		var err error
		if verb == "add" {
			err = s.AddTag(rest[0], tag)
		} else {
			err = s.RemoveTag(rest[0], tag)
		}
		if err != nil {
			return c.fail(err)
		}
		return 0
	case verb == "list" && len(rest) <= 1:
		s, ok := c.read()
		if !ok {
			return 1
		}
		defer s.Close()
		tags, err := s.Tags(strings.Join(rest, ""))
		if err != nil {
			return c.fail(err)
		}
		return c.printTags(tags)
	case verb == "export" && len(rest) == 1:
		return c.export(rest[0], pick)
	case verb == "import" && len(rest) == 1:
		return c.importFile(rest[0], pick)
	}
	return c.usage()
}

// printTags writes tags as --format says: JSON, an array of {code, tag, added}; text, a line
// per project with its tags.
func (c *notebookCommand) printTags(tags []data.Tag) int {
	if tags == nil {
		tags = []data.Tag{}
	}
	switch *c.format {
	case "json":
		return c.printJSON(tags)
	case "text":
		for i := 0; i < len(tags); {
			j := i
			var words []string
			for ; j < len(tags) && tags[j].Code == tags[i].Code; j++ {
				words = append(words, termText(tags[j].Tag))
			}
			fmt.Fprintf(c.stdout, "%s\t%s\n", termText(tags[i].Code), strings.Join(words, ", "))
			i = j
		}
		return 0
	}
	return c.badListFormat()
}
