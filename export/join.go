package export

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"time"
	"unicode/utf16"
)

// joiner writes the pages of many small fpdf documents into one PDF as they come, so a long
// document never needs all its pages in memory: each document's objects are copied out with
// new numbers the moment it is added, and only their offsets are kept. The page objects are
// numbered in advance (the count is known before the first page), so outline entries and
// links may point at pages not yet written.
//
// It reads only what fpdf writes (an uncompressed cross-reference table, streams with a direct
// /Length, one page tree); pdfcpu's merge would read any PDF but holds every page in memory,
// which is what this is for avoiding. Anything else is an error, not a guess.
type joiner struct {
	w       *bufio.Writer
	off     int64
	offsets []int64 // by object number; 0 is the free head
	pages   int     // page objects reserved: numbers 2…pages+1
	next    int     // pages placed so far
	err     error
	annots  map[int][]link // by page index: links to draw on it
}

// link is a clickable box on a page that goes to another page (indexes from 0).
type link struct {
	x0, y0, x1, y1 float64 // in points, PDF coordinates (origin bottom left)
	page           int
}

// joinPagesObj is the object number of the page tree; pages are 2…n+1.
const joinPagesObj = 1

// newJoiner starts a PDF of n pages on w.
func newJoiner(w io.Writer, n int) *joiner {
	j := &joiner{w: bufio.NewWriterSize(w, 64<<10), pages: n, annots: map[int][]link{}}
	j.offsets = make([]int64, n+2)
	j.write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	return j
}

func (j *joiner) write(s string) {
	if j.err != nil {
		return
	}
	n, err := j.w.WriteString(s)
	j.off += int64(n)
	j.err = err
}

func (j *joiner) writeBytes(b []byte) {
	if j.err != nil {
		return
	}
	n, err := j.w.Write(b)
	j.off += int64(n)
	j.err = err
}

// pageObj is the object number of page i (from 0).
func pageObj(i int) int { return 2 + i }

// newObj starts object n (0: a new number) and returns its number.
func (j *joiner) newObj(n int) int {
	if n == 0 {
		n = len(j.offsets)
		j.offsets = append(j.offsets, 0)
	}
	j.offsets[n] = j.off
	j.write(strconv.Itoa(n) + " 0 obj\n")
	return n
}

// addLink makes a box on page from (added before that page's document) go to page to.
func (j *joiner) addLink(from int, l link) { j.annots[from] = append(j.annots[from], l) }

// add copies every page of doc, an fpdf document, and returns the index of its first page.
func (j *joiner) add(doc []byte) (int, error) {
	if j.err != nil {
		return 0, j.err
	}
	src, err := readFpdf(doc)
	if err != nil {
		return 0, err
	}
	if j.next+len(src.kids) > j.pages {
		return 0, fmt.Errorf("export: the document has more pages than the %d planned", j.pages)
	}
	first := j.next
	renum := map[int]int{src.pagesObj: joinPagesObj}
	for i, k := range src.kids {
		renum[k] = pageObj(first + i)
	}
	for n := 1; n < len(src.offsets); n++ {
		if _, ok := renum[n]; !ok && n != src.root && n != src.info {
			renum[n] = len(j.offsets)
			j.offsets = append(j.offsets, 0)
		}
	}
	pageIndex := map[int]int{}
	for i, k := range src.kids {
		pageIndex[k] = first + i
	}
	for n := 1; n < len(src.offsets); n++ {
		if n == src.root || n == src.info || n == src.pagesObj {
			continue
		}
		if err := j.copyObject(src, n, renum, pageIndex); err != nil {
			return 0, err
		}
	}
	j.next += len(src.kids)
	return first, j.err
}

// copyObject writes object n of src under its new number: references renumbered, streams as
// they are, and on a page the page size and the links added for it.
func (j *joiner) copyObject(src *fpdfDoc, n int, renum, pageIndex map[int]int) error {
	dict, stream, err := src.object(n)
	if err != nil {
		return err
	}
	var bad error
	dict = refPattern.ReplaceAllFunc(dict, func(m []byte) []byte {
		old, _ := strconv.Atoi(string(refPattern.FindSubmatch(m)[1]))
		to, ok := renum[old]
		if !ok {
			bad = fmt.Errorf("export: object %d refers to object %d, which the document lacks", n, old)
		}
		return []byte(strconv.Itoa(to) + " 0 R")
	})
	if bad != nil {
		return bad
	}
	if page, ok := pageIndex[n]; ok {
		dict = j.pageExtras(dict, src.mediaBox, page)
	}
	j.newObj(renum[n])
	j.writeBytes(dict)
	if stream != nil {
		j.write("\nstream\n")
		j.writeBytes(stream)
		j.write("\nendstream")
	}
	j.write("\nendobj\n")
	return j.err
}

// pageExtras gives a page dictionary its size (fpdf leaves the default size to the page tree,
// which is not copied) and its links.
func (j *joiner) pageExtras(dict, mediaBox []byte, page int) []byte {
	var extra bytes.Buffer
	if !bytes.Contains(dict, []byte("/MediaBox")) {
		extra.WriteString("\n/MediaBox ")
		extra.Write(mediaBox)
	}
	if ls := j.annots[page]; len(ls) > 0 {
		if bytes.Contains(dict, []byte("/Annots")) {
			j.err = errors.New("export: a page with links of its own cannot take more")
			return dict
		}
		extra.WriteString("\n/Annots [")
		for _, l := range ls {
			extra.WriteString(pdfSyntax("<</Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] /Dest [%d 0 R /Fit]>> ",
				l.x0, l.y0, l.x1, l.y1, pageObj(l.page)))
		}
		extra.WriteString("]")
		delete(j.annots, page)
	}
	end := bytes.LastIndex(dict, []byte(">>"))
	if end < 0 || extra.Len() == 0 {
		return dict
	}
	out := append([]byte{}, dict[:end]...)
	out = append(out, extra.Bytes()...)
	return append(out, dict[end:]...)
}

// outlineEntry is a bookmark: its title, its page (from 0) and the entries under it.
type outlineEntry struct {
	title string
	page  int
	kids  []outlineEntry
}

// docInfo is what the document says of itself.
type docInfo struct {
	title string
	now   time.Time
}

// finish writes the page tree, the outline, the document information, the catalogue and the
// cross-reference table; the document is whole once it returns nil.
func (j *joiner) finish(outline []outlineEntry, info docInfo) error {
	if j.err == nil && j.next != j.pages {
		j.err = fmt.Errorf("export: %d pages were planned and %d written", j.pages, j.next)
	}
	j.newObj(joinPagesObj)
	var kids bytes.Buffer
	for i := range j.pages {
		kids.WriteString(strconv.Itoa(pageObj(i)) + " 0 R ")
	}
	j.write("<</Type /Pages\n/Kids [" + kids.String() + "]\n/Count " + strconv.Itoa(j.pages) + ">>\nendobj\n")
	outlines := j.writeOutline(outline)
	infoObj := j.newObj(0)
	date := "(D:" + info.now.UTC().Format("20060102150405") + ")"
	j.write("<<\n/Title " + pdfTextString(info.title) + "\n/Producer " + pdfTextString("Vertailu") + "\n/Creator " +
		pdfTextString("Vertailu") + "\n/CreationDate " + date + "\n/ModDate " + date + "\n>>\nendobj\n")
	root := j.newObj(0)
	j.write("<<\n/Type /Catalog\n/Pages 1 0 R\n")
	if outlines > 0 {
		j.write("/Outlines " + strconv.Itoa(outlines) + " 0 R\n/PageMode /UseOutlines\n")
	}
	j.write(">>\nendobj\n")
	xref := j.off
	j.write("xref\n0 " + strconv.Itoa(len(j.offsets)) + "\n0000000000 65535 f \n")
	for _, o := range j.offsets[1:] {
		j.write(pdfSyntax("%010d 00000 n \n", o))
	}
	j.write(pdfSyntax("trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n>>\nstartxref\n%d\n%%%%EOF\n",
		len(j.offsets), root, infoObj, xref))
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}

// writeOutline writes the outline's objects and returns the number of its root (0: none).
func (j *joiner) writeOutline(entries []outlineEntry) int {
	if len(entries) == 0 {
		return 0
	}
	root := len(j.offsets)
	j.offsets = append(j.offsets, 0)
	first, last, count := j.outlineLevel(entries, root)
	j.newObj(root)
	j.write(pdfSyntax("<</Type /Outlines /First %d 0 R /Last %d 0 R /Count %d>>\nendobj\n", first, last, count))
	return root
}

// outlineLevel writes entries as siblings under parent and returns the first and last
// numbers and how many entries show open (every entry: the outline opens unfolded).
func (j *joiner) outlineLevel(entries []outlineEntry, parent int) (first, last, count int) {
	nums := make([]int, len(entries))
	for i := range entries {
		nums[i] = len(j.offsets)
		j.offsets = append(j.offsets, 0)
	}
	for i, e := range entries {
		var b bytes.Buffer
		b.WriteString(pdfSyntax("<</Title %s /Parent %d 0 R /Dest [%d 0 R /XYZ null null null]", pdfTextString(e.title), parent, pageObj(e.page)))
		if i > 0 {
			b.WriteString(" /Prev " + ref(nums[i-1]))
		}
		if i < len(entries)-1 {
			b.WriteString(" /Next " + ref(nums[i+1]))
		}
		count++
		if len(e.kids) > 0 {
			f, l, c := j.outlineLevel(e.kids, nums[i])
			b.WriteString(" /First " + ref(f) + " /Last " + ref(l) + " /Count " + strconv.Itoa(c))
			count += c
		}
		j.newObj(nums[i])
		j.write(b.String() + ">>\nendobj\n")
	}
	return nums[0], nums[len(nums)-1], count
}

// pdfSyntax formats PDF syntax (never words for a reader).
func pdfSyntax(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// ref is a reference to object n.
func ref(n int) string { return strconv.Itoa(n) + " 0 R" }

// pdfTextString is s as a PDF text string: UTF-16BE with its byte-order mark, in hex, so no
// character needs escaping.
func pdfTextString(s string) string {
	var b bytes.Buffer
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// fpdfDoc is an fpdf document read for copying: where each object starts, and its page tree.
type fpdfDoc struct {
	b          []byte
	offsets    []int // by object number
	root, info int
	pagesObj   int
	kids       []int
	mediaBox   []byte
}

var (
	refPattern      = regexp.MustCompile(`(\d+) 0 R`)
	lengthPattern   = regexp.MustCompile(`/Length (\d+)( 0 R)?`)
	trailerRoot     = regexp.MustCompile(`/Root (\d+) 0 R`)
	trailerInfo     = regexp.MustCompile(`/Info (\d+) 0 R`)
	catalogPages    = regexp.MustCompile(`/Pages (\d+) 0 R`)
	pagesKids       = regexp.MustCompile(`/Kids \[([0-9 R]*)\]`)
	pagesMediaBox   = regexp.MustCompile(`/MediaBox (\[[0-9. ]+\])`)
	errNotFpdf      = errors.New("export: not a document this program wrote")
	streamSeparator = []byte(">>\nstream\n")
)

// readFpdf reads the cross-reference table, the trailer and the page tree of b.
func readFpdf(b []byte) (*fpdfDoc, error) {
	d := &fpdfDoc{b: b}
	i := bytes.LastIndex(b, []byte("startxref\n"))
	if i < 0 {
		return nil, errNotFpdf
	}
	fields := bytes.Fields(b[i+len("startxref\n"):])
	if len(fields) == 0 {
		return nil, errNotFpdf
	}
	xref, err := strconv.Atoi(string(fields[0]))
	if err != nil || xref < 0 || xref >= i {
		return nil, errNotFpdf
	}
	if err := d.readXref(b[xref:i]); err != nil {
		return nil, err
	}
	catalog, _, err := d.object(d.root)
	if err != nil {
		return nil, err
	}
	if d.pagesObj, err = refIn(catalogPages, catalog); err != nil {
		return nil, err
	}
	tree, _, err := d.object(d.pagesObj)
	if err != nil {
		return nil, err
	}
	m := pagesKids.FindSubmatch(tree)
	box := pagesMediaBox.FindSubmatch(tree)
	if m == nil || box == nil {
		return nil, errNotFpdf
	}
	d.mediaBox = box[1]
	for _, r := range refPattern.FindAllSubmatch(m[1], -1) {
		k, _ := strconv.Atoi(string(r[1]))
		d.kids = append(d.kids, k)
	}
	return d, nil
}

// readXref reads "xref\n0 N\n" and N entries, then the trailer's /Root and /Info.
func (d *fpdfDoc) readXref(t []byte) error {
	lines := bytes.Split(t, []byte("\n"))
	if len(lines) < 3 || string(lines[0]) != "xref" {
		return errNotFpdf
	}
	head := bytes.Fields(lines[1])
	if len(head) != 2 || string(head[0]) != "0" {
		return errNotFpdf
	}
	n, err := strconv.Atoi(string(head[1]))
	if err != nil || n < 1 || n+2 > len(lines) {
		return errNotFpdf
	}
	d.offsets = make([]int, n)
	for k := 1; k < n; k++ {
		f := bytes.Fields(lines[2+k])
		if len(f) != 3 || string(f[2]) != "n" {
			return errNotFpdf
		}
		if d.offsets[k], err = strconv.Atoi(string(f[0])); err != nil || d.offsets[k] >= len(d.b) {
			return errNotFpdf
		}
	}
	trailer := bytes.Join(lines[2+n:], []byte("\n"))
	if d.root, err = refIn(trailerRoot, trailer); err != nil {
		return err
	}
	d.info, _ = refIn(trailerInfo, trailer) // fpdf always writes one; none is no harm
	return nil
}

// refIn returns the object number the pattern's first group names in b.
func refIn(p *regexp.Regexp, b []byte) (int, error) {
	m := p.FindSubmatch(b)
	if m == nil {
		return 0, errNotFpdf
	}
	n, err := strconv.Atoi(string(m[1]))
	if err != nil {
		return 0, errNotFpdf
	}
	return n, nil
}

// object returns object n's dictionary (or whole body) and, for a stream, its bytes.
func (d *fpdfDoc) object(n int) (dict, stream []byte, err error) {
	if n <= 0 || n >= len(d.offsets) {
		return nil, nil, fmt.Errorf("export: no object %d in the document", n)
	}
	body := d.b[d.offsets[n]:]
	head := strconv.Itoa(n) + " 0 obj\n"
	if !bytes.HasPrefix(body, []byte(head)) {
		return nil, nil, errNotFpdf
	}
	body = body[len(head):]
	end := bytes.Index(body, []byte("\nendobj"))
	s := bytes.Index(body, streamSeparator)
	if s < 0 || (end >= 0 && end < s) {
		if end < 0 {
			return nil, nil, errNotFpdf
		}
		return body[:end], nil, nil
	}
	dict = body[:s+2]
	m := lengthPattern.FindSubmatch(dict)
	if m == nil || m[2] != nil {
		return nil, nil, errNotFpdf
	}
	length, _ := strconv.Atoi(string(m[1]))
	data := body[s+len(streamSeparator):]
	if length > len(data) || !bytes.HasPrefix(data[length:], []byte("\nendstream\nendobj")) {
		return nil, nil, errNotFpdf
	}
	return dict, data[:length], nil
}
