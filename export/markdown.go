package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/annals-tui/annals/model"
)

// WriteMarkdown writes the timeline as a GitHub-flavoured Markdown document: a
// title, a heading per year (or per decade when the events span many years),
// a bullet per event with its date and sentence, and its citations as
// footnotes that name the references and link to them where the article
// gives an address.
func WriteMarkdown(w io.Writer, t *model.Timeline, idx []int) error {
	bw := bufio.NewWriter(w)
	title := cleanLine(t.Title)
	if title == "" {
		title = "Timeline"
	}
	fmt.Fprintf(bw, "# %s\n\n", mdEscape(title))
	sources := sourcesOf(t, idx)
	fmt.Fprintf(bw, "%s from %s.\n", countEvents(len(idx)), mdEscape(cleanLine(shownSource(t.Source))))
	notes := newFootnotes(sources)
	for _, p := range periods(t, idx) {
		fmt.Fprintf(bw, "\n## %s\n\n", mdEscape(p.Heading))
		for _, i := range p.Idx {
			e := &t.Events[i]
			fmt.Fprintf(bw, "- **%s**: %s", mdEscape(e.Date.Human()), mdEscape(cleanLine(e.Text)))
			for _, c := range citations(t, e) {
				fmt.Fprintf(bw, "[^%s]", notes.label(e.Source, c))
			}
			if len(sources) > 1 {
				fmt.Fprintf(bw, " (%s)", mdEscape(cleanLine(shownSource(sourceName(t, e)))))
			}
			bw.WriteString("\n")
		}
	}
	if len(notes.order) > 0 {
		bw.WriteString("\n")
		for _, n := range notes.order {
			fmt.Fprintf(bw, "[^%s]: %s\n", n.label, mdReference(t, n))
		}
	}
	return bw.Flush()
}

func countEvents(n int) string {
	if n == 1 {
		return "1 event"
	}
	return fmt.Sprintf("%d events", n)
}

// footnotes numbers the cited references of a document: the label of [n] is
// "n" for one source and "k-n" for the k-th of several, since every source
// numbers its references from 1.
type footnotes struct {
	multi  bool
	srcNum map[string]int
	seen   map[string]bool
	order  []footnote
}

type footnote struct {
	label  string
	source string
	c      citation
}

func newFootnotes(sources []string) *footnotes {
	f := &footnotes{multi: len(sources) > 1, srcNum: map[string]int{}, seen: map[string]bool{}}
	for i, s := range sources {
		f.srcNum[s] = i + 1
	}
	return f
}

func (f *footnotes) label(source string, c citation) string {
	l := fmt.Sprint(c.N)
	if f.multi {
		l = fmt.Sprintf("%d-%d", f.srcNum[source], c.N)
	}
	if !f.seen[l] {
		f.seen[l] = true
		f.order = append(f.order, footnote{label: l, source: source, c: c})
	}
	return l
}

func mdReference(t *model.Timeline, n footnote) string {
	if !n.c.OK {
		src := n.source
		if src == "" {
			src = t.Source
		}
		return mdEscape(fmt.Sprintf("Reference [%d] of %s; the article gives no details of it.", n.c.N, cleanLine(src)))
	}
	s := mdEscape(refText(n.c.Ref))
	if s == "" {
		s = mdEscape(fmt.Sprintf("Reference [%d].", n.c.N))
	}
	if u := refURL(n.c.Ref); u != "" {
		s += " <" + u + ">"
	}
	return s
}

// mdEscaper backslash-escapes what Markdown (and GitHub's extensions: tables,
// strikethrough, footnotes, maths) would read as markup or raw HTML in a
// line of article text. Text never starts a line in our output, so the
// line-start markers (#, +, -, 1.) are safe except # in headings.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `<`, `\<`, `>`, `\>`,
	`|`, `\|`, `~`, `\~`, `$`, `\$`, `#`, `\#`, `&`, `\&`,
)

func mdEscape(s string) string { return mdEscaper.Replace(s) }
