// Package pipeline makes a timeline from SOURCEs, the same way for the CLI
// and the browser: load each source (file, standard input, Wikipedia or the
// embedded article), decode and sanitise it, read its format, extract its
// events, and merge the timelines into one, sorted once.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unicode"

	"github.com/annals-tui/annals/data"
	"github.com/annals-tui/annals/internal/textsafe"
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse"
	"github.com/annals-tui/annals/parse/markup"
)

// Options tune Load.
type Options struct {
	MaxBytes int64     // 0: data.DefaultMaxBytes
	Refresh  bool      // fetch Wikipedia articles again even when cached
	Version  string    // annals' version, for the User-Agent
	Stdin    io.Reader // nil: os.Stdin
	Wiki     *data.WikiClient
	// Format, when set (--input-format), reads every source as this
	// format whatever its content says.
	Format string
	Lang   string // --lang: "en", "fr", "nl", "de", "zh" forces the articles' language; "": detected
	// Parsed, when set, is told of each source's timeline as it is made
	// (main records a Wikipedia article's number of events in the library).
	Parsed func(data.Input, *model.Timeline)
}

func (o Options) data() data.Options {
	return data.Options{MaxBytes: o.MaxBytes, Stdin: o.Stdin, Refresh: o.Refresh, Version: o.Version, Wiki: o.Wiki}
}

// Sources are the SOURCEs of one run, each classified once. A file given
// twice (by two names, or through a link) is kept once, where it first
// appears: its events are not doubled.
type Sources struct {
	List []data.Source
	opts Options
}

// Resolve classifies the SOURCEs and drops repeats. No SOURCE means the
// embedded article.
func Resolve(args []string, opts Options) Sources {
	s := Sources{opts: opts}
	files := map[fileID]bool{}
	seen := map[string]bool{}
	for _, a := range args {
		src := data.Classify(a, opts.data())
		if seen[a] && src.Kind != data.KindStdin {
			continue
		}
		seen[a] = true
		if src.Kind == data.KindFile {
			if id, ok := idOf(a); ok {
				if files[id] {
					continue
				}
				files[id] = true
			}
		}
		s.List = append(s.List, src)
	}
	return s
}

// fileID names a file whatever path reaches it: its device and inode.
type fileID struct{ dev, ino uint64 }

func idOf(path string) (fileID, bool) {
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() {
		return fileID{}, false
	}
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}, false
	}
	return fileID{uint64(sys.Dev), sys.Ino}, true
}

// Result is what loading made: the timeline of the sources that could be
// read, one error a source that could not (each one line, naming it), and
// the notes that say how a source was obtained when the user should know
// (served from the cache while offline).
type Result struct {
	Timeline *model.Timeline
	Errors   []error
	Notes    []string
}

// Err joins the errors, or is nil.
func (r Result) Err() error { return errors.Join(r.Errors...) }

// Load makes the timeline. A source that fails is reported in Errors and
// the others go on; read holds inputs already read (cached articles the
// browser showed at once).
func (s Sources) Load(ctx context.Context, read map[string]data.Input) Result {
	if len(s.List) == 0 {
		in := data.Default()
		t, err := parse.Parse(in.Bytes, parse.Options{Source: in.Name})
		return Result{Timeline: t, Errors: nonNil(err)}
	}
	var res Result
	var ts []*model.Timeline
	for _, src := range s.List {
		in, ok := read[src.Arg]
		var err error
		if !ok {
			in, err = data.LoadSource(ctx, src, s.opts.data())
		}
		var t *model.Timeline
		if err == nil {
			if s.opts.Format != "" {
				in.Format = strings.ToLower(s.opts.Format)
			}
			t, err = timelineOf(src, in, s.opts.Lang)
		}
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return Result{Errors: []error{err}}
			}
			res.Errors = append(res.Errors, err)
			continue
		}
		if s.opts.Parsed != nil {
			s.opts.Parsed(in, t)
		}
		if in.Offline {
			res.Notes = append(res.Notes, label(src.Arg)+": "+in.Note)
		}
		ts = append(ts, t)
	}
	if len(ts) > 0 {
		res.Timeline = model.MergeAll(ts)
	}
	return res
}

func nonNil(err error) []error {
	if err == nil {
		return nil
	}
	return []error{err}
}

// CheckFormat reports a --input-format value that names no format.
func CheckFormat(name string) error {
	switch markup.Format(strings.ToLower(name)) {
	case markup.Auto, markup.Text, markup.Wikitext, markup.HTML, markup.Markdown:
		return nil
	}
	return fmt.Errorf("%q is not one of text, wikitext, html, markdown", name)
}

// CheckLang reports a --lang value that names no language annals reads.
func CheckLang(code string) error {
	if parse.KnownLang(code) {
		return nil
	}
	return fmt.Errorf("%q is not one of en, fr, nl, de, zh", code)
}

// Parse makes the timeline of one input loaded outside Load (the library's
// articles, the ones --follow fetched), by the same steps Load takes.
func Parse(in data.Input) (*model.Timeline, error) {
	return timelineOf(data.Source{Arg: in.Name}, in, "")
}

// timelineOf reads one input: refuses binary files, parses, and names the
// timeline when the article does not (the API's title, a wikitext lead, the
// file name). The language is lang (--lang), else the one the source
// names (sourceLang), else the page's lang attribute, else detected.
func timelineOf(src data.Source, in data.Input, lang string) (*model.Timeline, error) {
	if lang == "" {
		lang = sourceLang(src)
	}
	if data.LooksBinary(in.Bytes) {
		return nil, fmt.Errorf("%s: looks like a binary file, not an article (give a .txt, .wiki, .html or .md file)", label(src.Arg))
	}
	in.Name = textsafe.Line(in.Name) // a file name is shown too
	format := markup.Format(in.Format)
	t, err := parse.Parse(in.Bytes, parse.Options{Source: in.Name, Format: format, Lang: lang})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", label(src.Arg), err)
	}
	if t.Title == "" {
		t.Title = in.Title // wikitext does not name its article; the API does
	}
	if in.Title == "" && (t.Title == "" || looksLikeMarkup(t.Title)) && looksWikitext(in, format) {
		if lead := textsafe.Line(wikiLead(in.Bytes)); lead != "" {
			t.Title = lead // not "{{Infobox person", the first line of the file
		}
	}
	if !strings.ContainsFunc(t.Title, unicode.IsLetter) {
		t.Title = "" // "|", the first line of a page's table: no name at all
	}
	if t.Title == "" && in.Name != "-" {
		t.Title = titleFromPath(in.Name) // China_Japan_relations.wiki -> China Japan relations
	}
	return t, nil
}

// looksLikeMarkup reports a title taken from a first line that is wikitext
// markup rather than words.
func looksLikeMarkup(title string) bool {
	return strings.HasPrefix(title, "{{") || strings.Contains(title, "'''") || strings.HasPrefix(title, "[[")
}

func looksWikitext(in data.Input, f markup.Format) bool {
	if f != markup.Auto {
		return f == markup.Wikitext // said by the source or by --input-format
	}
	f = markup.FromPath(in.Name)
	if f == markup.Auto || f == markup.Text { // a .txt may hold wikitext
		f = markup.Detect(in.Bytes)
	}
	return f == markup.Wikitext
}

// titleFromPath names an article that does not name itself after its file.
func titleFromPath(path string) string {
	base := filepath.Base(path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	return strings.TrimSpace(strings.ReplaceAll(base, "_", " "))
}

// label names a SOURCE in a message: standard input for "-", cut and safe.
func label(arg string) string {
	if arg == "-" {
		return "standard input"
	}
	return textsafe.Quote(data.CutName(arg))
}

// sourceLang is the language a Wikipedia source names, wiki:LANG:TITLE or
// the edition of its URL (https://fr.wikipedia.org/...), when annals reads
// it; "" for a file, for wiki:TITLE (which names no language: the English
// edition, or whatever $ANNALS_WIKIPEDIA_URL serves) and for an edition
// annals does not read.
func sourceLang(src data.Source) string {
	w := src.Wiki
	if src.Kind != data.KindWiki { // an input loaded outside Load knows only its name
		var ok bool
		if w, ok, _ = data.ParseWikiSource(src.Arg); !ok {
			return ""
		}
	}
	if strings.HasPrefix(src.Arg, "wiki:") && !strings.HasPrefix(src.Arg, "wiki:"+w.Lang+":") {
		return ""
	}
	return parse.LangOf(w.Lang)
}
