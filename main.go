// Command annals turns an article into a timeline you can browse in a
// terminal, list, or export.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/annals-tui/annals/data"
	"github.com/annals-tui/annals/export"
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/parse"
	"github.com/annals-tui/annals/parse/markup"
	"github.com/annals-tui/annals/tui"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// usageError marks a mistake in how annals was called: exit 2, not 1.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// filterFlags are the flags every command shares: where to start and what to keep.
type filterFlags struct {
	year    string
	people  []string
	grep    string
	maxSize int64
	refresh bool
	format  string // --input-format: read every source as this, whatever its content
}

func (f *filterFlags) register(cmd *cobra.Command) {
	fl := cmd.PersistentFlags()
	fl.StringVar(&f.year, "year", "", "keep events in a year, range or decade: 2019, 1990-2000, 1990s, 19th century")
	fl.StringArrayVar(&f.people, "person", nil, "keep events that name this person (repeat for several)")
	fl.StringVar(&f.grep, "grep", "", "keep events whose text contains these words")
	fl.Int64Var(&f.maxSize, "max-size", data.DefaultMaxBytes, "largest article to read, in bytes")
	fl.BoolVar(&f.refresh, "refresh", false, "fetch wiki: articles again even when cached")
	fl.StringVar(&f.format, "input-format", "", "read sources as text, wikitext, html or markdown (default: from the content)")
}

// query turns the flags into a model.Query, or a usage error.
func (f *filterFlags) query() (model.Query, error) {
	q := model.Query{People: f.people, Text: f.grep}
	switch markup.Format(strings.ToLower(f.format)) {
	case markup.Auto, markup.Text, markup.Wikitext, markup.HTML, markup.Markdown:
	default:
		return q, usageError{fmt.Errorf("--input-format: %q is not one of text, wikitext, html, markdown", f.format)}
	}
	if strings.TrimSpace(f.year) != "" {
		r, err := model.ParseYearRange(f.year)
		if err != nil {
			return q, usageError{fmt.Errorf("--year: %w", err)}
		}
		q.HasYears, q.Years = true, r
	}
	return q, nil
}

// load reads and parses every SOURCE (the embedded article when there is
// none) into one timeline.
func (f *filterFlags) load(sources []string, stdin io.Reader) (*model.Timeline, error) {
	return f.loadContext(context.Background(), sources, stdin, nil)
}

func (f *filterFlags) dataOptions(stdin io.Reader) data.Options {
	return data.Options{MaxBytes: f.maxSize, Stdin: stdin, Refresh: f.refresh, Version: version}
}

// loadContext is load with a context that cancels a fetch (the browser
// loads while it runs, and the user may quit). read holds sources already
// read, such as cached Wikipedia articles.
func (f *filterFlags) loadContext(ctx context.Context, sources []string, stdin io.Reader, read map[string]data.Input) (*model.Timeline, error) {
	if len(sources) == 0 {
		in := data.Default()
		return parse.Parse(in.Bytes, parse.Options{Source: in.Name})
	}
	var merged *model.Timeline
	for _, src := range sources {
		in, ok := read[src]
		if !ok {
			var err error
			if in, err = data.LoadContext(ctx, src, f.dataOptions(stdin)); err != nil {
				return nil, err
			}
		}
		if data.LooksBinary(in.Bytes) {
			return nil, fmt.Errorf("%s: looks like a binary file, not an article (give a .txt, .wiki, .html or .md file)", sourcesLabel([]string{src}))
		}
		in.Name = string(markup.Sanitize([]byte(in.Name))) // a file name is shown too: no control characters
		format := markup.Format(in.Format)
		if f.format != "" {
			format = markup.Format(strings.ToLower(f.format))
		}
		t, err := parse.Parse(in.Bytes, parse.Options{Source: in.Name, Format: format})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", src, err)
		}
		if t.Title == "" {
			t.Title = in.Title // wikitext does not name its article; the API does
		}
		if t.Title == "" && in.Name != "-" {
			t.Title = titleFromPath(in.Name) // China_Japan_relations.wiki -> China Japan relations
		}
		if len(sources) > 1 {
			for i := range t.Events {
				t.Events[i].Source = in.Name
			}
			for i := range t.References {
				t.References[i].Source = in.Name
			}
		}
		if merged == nil {
			merged = t
		} else {
			merged.Merge(t)
		}
	}
	return merged, nil
}

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var ff filterFlags
	root := &cobra.Command{
		Use:   "annals [FLAGS] [SOURCE ...]",
		Short: "Turn an article into a timeline you can browse",
		Long: `annals finds every dated statement in an article and shows it as a timeline.
SOURCE is a path (.txt .wiki .html .md), - for standard input, or a Wikipedia
article: wiki:TITLE, wiki:LANG:TITLE or its https URL (fetched once, then
served from your cache directory). With none, annals opens its embedded
article, Belgium–China relations.`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          sourceArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			q, err := ff.query()
			if err != nil {
				return err
			}
			return ff.browse(args, q, stdin, stdout)
		},
	}
	ff.register(root)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(flagError)
	root.AddCommand(newListCmd(&ff, stdin, stdout), newExportCmd(&ff, stdin, stdout))
	return root
}

// browse opens the timeline browser on the sources, starting from the
// filters in q. The embedded article (3 KB) is parsed first; other sources
// load inside the browser, which shows a progress line meanwhile and quits
// on q, and shows an error there (Run returns it: exit 1). A cached
// Wikipedia article opens at once, saying it is cached. The browser needs a
// terminal: when stdout is not one it fails with one line that points to
// `annals list`. NO_COLOR (any value) turns colour off.
func (f *filterFlags) browse(sources []string, q model.Query, stdin io.Reader, stdout io.Writer) error {
	opts := tui.Options{Output: stdout, NoColor: os.Getenv("NO_COLOR") != ""}
	if len(sources) == 0 {
		t, err := f.load(nil, stdin)
		if err != nil {
			return err
		}
		return tui.Run(t, q, opts)
	}
	read := map[string]data.Input{}
	var notes, doing []string
	for _, src := range sources {
		if in, ok := data.Cached(src, f.dataOptions(stdin)); ok && !f.refresh {
			read[src] = in
			notes = append(notes, in.Note)
		}
		doing = append(doing, loadingText(src, read))
	}
	opts.Loading = strings.Join(doing, ", ") + "…"
	opts.Loading = strings.ToUpper(opts.Loading[:1]) + opts.Loading[1:]
	opts.Note = strings.Join(notes, "; ")
	opts.Load = func(ctx context.Context) (*model.Timeline, error) {
		return f.loadContext(ctx, sources, stdin, read)
	}
	return tui.Run(nil, q, opts)
}

// loadingText says what loading a source does: "reading big.txt",
// "fetching wiki:China–Japan relations from en.wikipedia.org".
func loadingText(src string, read map[string]data.Input) string {
	name := string(markup.Sanitize([]byte(src)))
	if _, ok := read[src]; ok {
		return "opening the cached copy of " + name
	}
	if src == "-" {
		return "reading standard input"
	}
	w, ok, err := data.ParseWikiSource(src)
	if _, statErr := os.Stat(src); !ok || err != nil || statErr == nil {
		return "reading " + name
	}
	host := w.Lang + ".wikipedia.org"
	if u, err := url.Parse(os.Getenv(data.EnvWikipediaURL)); err == nil && u.Host != "" {
		host = u.Host
	}
	return "fetching " + name + " from " + host
}

func newListCmd(ff *filterFlags, stdin io.Reader, stdout io.Writer) *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "list [FLAGS] [SOURCE ...]",
		Short: "Print the (filtered) timeline as a table",
		Long: `list prints the (filtered) timeline as aligned columns: the date (EDTF), the
event with its citation marks, and the people it names. On a terminal the
columns fit its width and are coloured (unless NO_COLOR is set); piped or
redirected, rows are written whole and plain.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if limit < 0 {
				return usagef("--limit %d: want 0 (all) or a positive number of events", limit)
			}
			batchGC(args)
			q, err := ff.query()
			if err != nil {
				return err
			}
			t, err := ff.load(args, stdin)
			if err != nil {
				return err
			}
			if len(t.Events) == 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "annals: %s: no dated events found\n", sourcesLabel(args))
				return nil
			}
			opts := export.TerminalOptions(stdout, os.Getenv)
			opts.Limit = limit
			return export.List(stdout, t, q.Apply(t), opts)
		},
	}
	cmd.Flags().IntVarP(&limit, "limit", "n", 0, "show at most this many events (0: all)")
	return cmd
}

func newExportCmd(ff *filterFlags, stdin io.Reader, stdout io.Writer) *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export --format F [FLAGS] [SOURCE ...]",
		Args:  formatNotSource,
		Short: "Write the (filtered) timeline as " + strings.Join(export.Formats(), ", "),
		RunE: func(cmd *cobra.Command, args []string) error {
			w, err := export.Lookup(format)
			if err != nil {
				return usageError{err}
			}
			batchGC(args)
			q, err := ff.query()
			if err != nil {
				return err
			}
			t, err := ff.load(args, stdin)
			if err != nil {
				return err
			}
			idx := q.Apply(t)
			if out == "" || out == "-" {
				return w(stdout, t, idx)
			}
			return export.WriteFile(out, func(f io.Writer) error { return w(f, t, idx) })
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "json", "output format: "+strings.Join(export.Formats(), ", "))
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	return cmd
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the exit, for tests: it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			code = internalError(stderr, r, debug.Stack())
		}
	}()
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return 0
	}
	fmt.Fprintln(stderr, "annals: "+visible(firstLine(err.Error())))
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		return 2
	}
	return 1
}

// internalError reports a panic as one line, not a stack trace: the stack
// only with ANNALS_DEBUG=1. It returns the exit code, 1.
func internalError(stderr io.Writer, r any, stack []byte) int {
	fmt.Fprintf(stderr, "annals: internal error: %s; please report it at %s/issues\n",
		visible(firstLine(fmt.Sprint(r))), data.ProjectURL)
	if os.Getenv("ANNALS_DEBUG") == "1" {
		stderr.Write(stack)
	} else {
		fmt.Fprintln(stderr, "annals: run it again with ANNALS_DEBUG=1 to see where")
	}
	return 1
}

// sourceArgs accepts any SOURCEs, except a bare word that names no file and
// looks like a mistyped command: that is a usage error that says what exists.
func sourceArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	a := args[0]
	if a == "-" || strings.ContainsAny(a, "./\\:") {
		return nil
	}
	if _, err := os.Stat(a); err == nil {
		return nil
	}
	var names []string
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() {
			names = append(names, c.Name())
		}
	}
	hint := ""
	cmd.SuggestionsMinimumDistance = max(cmd.SuggestionsMinimumDistance, 2)
	if s := cmd.SuggestionsFor(a); len(s) > 0 {
		hint = "did you mean " + s[0] + "? "
	}
	return usagef("unknown command or file %q: %scommands are %s; a SOURCE is a file path, - or wiki:TITLE",
		a, hint, strings.Join(names, ", "))
}

// flagError turns pflag's errors into a usage error that says what the flag wants.
func flagError(cmd *cobra.Command, err error) error {
	var invalid *pflag.InvalidValueError
	var needs *pflag.ValueRequiredError
	var unknown *pflag.NotExistError
	switch {
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		kind := f.Value.Type()
		if strings.HasPrefix(kind, "int") {
			kind = "whole number"
		}
		return usagef("--%s %q: not a %s; --%s is %s", f.Name, invalid.GetValue(), kind, f.Name, f.Usage)
	case errors.As(err, &needs):
		f := needs.GetFlag()
		return usagef("--%s needs a value: %s", f.Name, f.Usage)
	case errors.As(err, &unknown):
		return usagef("%s (see %s --help for the flags)", err, cmd.CommandPath())
	}
	return usageError{err}
}

// visible makes text from outside (a file name, an article's bytes in an
// error) safe on one line of a terminal: control characters, bidirectional
// controls and invalid bytes are written as Go escapes (\x1b, \u202e, \xff).
func visible(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, "\\x%02x", s[i])
		case r < 0x20 || r >= 0x7f && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// formatNotSource catches `export json`: a format name given where a SOURCE
// goes, when no file has that name.
func formatNotSource(_ *cobra.Command, args []string) error {
	for _, a := range args {
		if !slices.Contains(export.Formats(), strings.ToLower(a)) {
			continue
		}
		if _, err := os.Stat(a); err != nil {
			return usagef("%q is a format, not a SOURCE: write --format %s", a, strings.ToLower(a))
		}
	}
	return nil
}

// sourcesLabel names the SOURCEs for a message.
func sourcesLabel(args []string) string {
	if len(args) == 0 {
		return data.DefaultName
	}
	names := slices.Clone(args)
	for i, a := range names {
		if a == "-" {
			names[i] = "standard input"
		}
	}
	return visible(strings.Join(names, ", "))
}

// isCobraUsage recognises the errors cobra returns for unknown commands and
// arguments, which it does not type.
func isCobraUsage(err error) bool {
	s := err.Error()
	return strings.HasPrefix(s, "unknown command") || strings.HasPrefix(s, "unknown flag") ||
		strings.Contains(s, "arg(s)") || strings.HasPrefix(s, "invalid argument")
}

// batchGC trades memory for time in the one-shot commands (list, export),
// which read their input, make the timeline, write it and exit: collecting
// garbage on the way is mostly wasted work. When the sources are files of a
// known size, the collector stays off until the heap nears 12 bytes per
// input byte (plus 64 MiB), within the design's 15 MB per input MB: a 20 MB
// article then runs without a single collection. Otherwise (standard input,
// Wikipedia) the heap may grow to four times the live data between
// collections instead of twice. GOGC or GOMEMLIMIT in the environment win.
func batchGC(sources []string) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if size, ok := sourceBytes(sources); ok {
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(12*size + 64<<20)
		return
	}
	debug.SetGCPercent(300)
}

// sourceBytes is the total size of the sources when they are all regular
// files (no sources: the small embedded article).
func sourceBytes(sources []string) (int64, bool) {
	var total int64
	for _, src := range sources {
		if src == "-" {
			return 0, false
		}
		fi, err := os.Stat(src) // a wiki: source is no file (and a file of that name is read as one)
		if err != nil || !fi.Mode().IsRegular() {
			return 0, false
		}
		total += fi.Size()
	}
	return total, true
}

// titleFromPath names an article that does not name itself after its file.
func titleFromPath(path string) string {
	base := filepath.Base(path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	return strings.TrimSpace(strings.ReplaceAll(base, "_", " "))
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
