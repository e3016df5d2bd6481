// Command annals turns an article into a timeline you can browse in a
// terminal, list, or export.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/annals-tui/annals/data"
	"github.com/annals-tui/annals/export"
	"github.com/annals-tui/annals/internal/startgc"
	"github.com/annals-tui/annals/internal/textsafe"
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/pipeline"
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
	lang    string // --lang: the articles' language, when detection would miss it

	followOpts followFlags // --follow, --follow-limit (cmd_follow.go)
}

func (f *filterFlags) register(cmd *cobra.Command) {
	fl := cmd.PersistentFlags()
	fl.StringVar(&f.year, "year", "", "keep events in a year, range or decade: 2019, 1990-2000, 1990s, 19th century")
	fl.StringArrayVar(&f.people, "person", nil, "keep events that name this person (repeat for several)")
	fl.StringVar(&f.grep, "grep", "", "keep events whose text contains these words")
	fl.Int64Var(&f.maxSize, "max-size", data.DefaultMaxBytes, "largest article to read, in bytes")
	fl.BoolVar(&f.refresh, "refresh", false, "fetch wiki: articles again even when cached")
	fl.StringVar(&f.format, "input-format", "", "read sources as text, wikitext, html or markdown (default: from the content)")
	fl.StringVar(&f.lang, "lang", "", "the articles' language when detection would miss it: en, fr, nl, de, zh")
	f.followOpts.register(fl)
}

// query turns the flags into a model.Query, or a usage error.
func (f *filterFlags) query() (model.Query, error) {
	q := model.Query{People: f.people, Text: f.grep}
	if err := pipeline.CheckFormat(f.format); err != nil {
		return q, usageError{fmt.Errorf("--input-format: %w", err)}
	}
	if err := pipeline.CheckLang(f.lang); err != nil {
		return q, usageError{fmt.Errorf("--lang: %w", err)}
	}
	if strings.TrimSpace(f.year) != "" {
		r, err := model.ParseYearRange(expandShortRange(f.year))
		if err != nil {
			return q, usageError{fmt.Errorf("--year: %w", err)}
		}
		q.HasYears, q.Years = true, r
	}
	return q, nil
}

// pipelineOptions are the flags' options for loading sources.
func (f *filterFlags) pipelineOptions(stdin io.Reader) pipeline.Options {
	return pipeline.Options{MaxBytes: f.maxSize, Stdin: stdin, Refresh: f.refresh, Version: version, Format: f.format, Lang: f.lang,
		Parsed: func(in data.Input, t *model.Timeline) { recordEvents(in, t, f.dataOptions(stdin)) }} // cmd_library.go
}

// load reads and parses every SOURCE (the embedded article when there is
// none) into one timeline; the first error, if any, is returned with it.
func (f *filterFlags) load(sources []string, stdin io.Reader) (*model.Timeline, error) {
	res := f.loadWith(context.Background(), pipeline.Resolve(sources, f.pipelineOptions(stdin)), sources, stdin, nil)
	if len(res.Errors) > 0 {
		return res.Timeline, res.Errors[0]
	}
	return res.Timeline, nil
}

func (f *filterFlags) dataOptions(stdin io.Reader) data.Options {
	return data.Options{MaxBytes: f.maxSize, Stdin: stdin, Refresh: f.refresh, Version: version}
}

// loadWith loads the resolved sources through the pipeline, then adds what
// the pipeline does not know of: @library expands to every article of the
// library (cmd_library.go), and --follow merges the linked articles
// (cmd_follow.go). read holds sources already read, such as cached
// Wikipedia articles the browser showed at once.
func (f *filterFlags) loadWith(ctx context.Context, srcs pipeline.Sources, sources []string, stdin io.Reader, read map[string]data.Input) pipeline.Result {
	if slices.Contains(sources, librarySource) {
		t, err := f.loadLibrary(ctx, sources, stdin)
		if err != nil {
			return pipeline.Result{Errors: []error{err}}
		}
		return pipeline.Result{Timeline: t}
	}
	res := srcs.Load(ctx, read)
	if res.Timeline == nil {
		return res
	}
	t, err := f.follow(ctx, res.Timeline, sources, stdin)
	if err != nil {
		res.Errors = append(res.Errors, err)
		return res
	}
	res.Timeline = t
	return res
}

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var ff filterFlags
	root := &cobra.Command{
		Use:   "annals [flags] [SOURCE ...]",
		Short: "Turn an article into a timeline you can browse",
		Long: `annals finds every dated statement in an article and shows it as a timeline.
SOURCE is a path (any name: the format comes from the content), - or a pipe for
standard input, @library, or a Wikipedia
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
			err = ff.browse(sourcesOrStdin(args, stdin), q, stdin, stdout)
			if errors.Is(err, context.Canceled) {
				return nil // q while a fetch runs: quitting is not an error
			}
			return err
		},
	}
	ff.register(root)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(flagError)
	root.AddCommand(newListCmd(&ff, stdin, stdout), newExportCmd(&ff, stdin, stdout), newLibraryCmd(&ff, stdin, stdout))
	ff.followOpts.progress = stderr
	return root
}

// browse opens the timeline browser on the sources, starting from the
// filters in q. The embedded article (3 KB) is parsed first; other sources
// load inside the browser, which shows a progress line meanwhile and quits
// on q, and shows an error there (Run returns it: exit 1). A cached
// Wikipedia article opens at once, saying it is cached; one served from the
// cache because the network is down says so. The browser needs a terminal
// for its output; its keys come from the terminal even when standard input
// is a pipe (Bubble Tea opens /dev/tty then). NO_COLOR turns colour off.
func (f *filterFlags) browse(sources []string, q model.Query, stdin io.Reader, stdout io.Writer) error {
	startgc.Default() // the browser runs on: the runtime's own policy, not the start's
	opts := tui.Options{Output: stdout, NoColor: os.Getenv("NO_COLOR") != ""}
	f.followOpts.progress = nil                            // the browser owns the terminal
	opts.Follow = f.tuiFollow(stdin, sourcesLang(sources)) // cmd_follow.go
	srcs := pipeline.Resolve(sources, f.pipelineOptions(stdin))
	if len(sources) == 0 {
		res := f.loadWith(context.Background(), srcs, sources, stdin, nil)
		if err := res.Err(); err != nil {
			return err
		}
		return tui.Run(res.Timeline, q, opts)
	}
	read, notes := srcs.Cached()
	opts.Loading = srcs.Loading(read)
	opts.Note = strings.Join(notes, "; ")
	var loadNotes []string
	opts.LoadNote = func() string { return strings.Join(loadNotes, "; ") }
	opts.Load = func(ctx context.Context) (*model.Timeline, error) {
		res := f.loadWith(ctx, srcs, sources, stdin, read)
		loadNotes = append(res.Notes, errorLines(res.Errors)...)
		if res.Timeline == nil {
			return nil, res.Err()
		}
		return res.Timeline, nil
	}
	return tui.Run(nil, q, opts)
}

func newListCmd(ff *filterFlags, stdin io.Reader, stdout io.Writer) *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "list [flags] [SOURCE ...]",
		Short: "Print the (filtered) timeline as a table",
		Long: `list prints the (filtered) timeline as aligned columns: the date (EDTF), the
event with its citation marks, and the people it names. On a terminal the
columns fit its width and are coloured (unless NO_COLOR is set); piped or
redirected, rows are written whole and plain.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if limit < 0 {
				return usagef("--limit %d: want 0 (all) or a positive number of events", limit)
			}
			opts := export.TerminalOptions(stdout, os.Getenv)
			opts.Limit = limit
			return ff.batch(cmd, args, stdin, "", func(t *model.Timeline, idx []int) error {
				if len(t.Events) == 0 {
					return nil
				}
				return writeTo(stdout, "standard output", func(w io.Writer) error { return export.List(w, t, idx, opts) })
			})
		},
	}
	cmd.Flags().IntVarP(&limit, "limit", "n", 0, "show at most this many events (0: all)")
	return cmd
}

func newExportCmd(ff *filterFlags, stdin io.Reader, stdout io.Writer) *cobra.Command {
	var format, out string
	cmd := &cobra.Command{
		Use:   "export --format F [flags] [SOURCE ...]",
		Args:  formatNotSource,
		Short: "Write the (filtered) timeline as " + strings.Join(export.Formats(), ", "),
		Long: `export writes the (filtered) timeline to standard output, or to the file
-o names; the format comes from --format, or else from that file's extension
(.json .csv .md .ics .html .mw), and the two must agree.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			name, err := exportFormat(format, cmd.Flags().Changed("format"), out)
			if err != nil {
				return err
			}
			w, err := export.Lookup(name)
			if err != nil {
				return usageError{err}
			}
			return ff.batch(cmd, args, stdin, out, func(t *model.Timeline, idx []int) error {
				if out == "" || out == "-" {
					return writeTo(stdout, "standard output", func(f io.Writer) error { return w(f, t, idx) })
				}
				return export.WriteFile(out, func(f io.Writer) error {
					return writeTo(f, out, func(f io.Writer) error { return w(f, t, idx) })
				})
			})
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "json", "output format: "+strings.Join(export.Formats(), ", ")+" (default: from -o's extension, else json)")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	return cmd
}

func main() {
	code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	beforeExit()
	os.Exit(code)
}

// beforeExit runs as main returns: a profiling build (pgoprofile.go) ends
// its profile there.
var beforeExit = func() {}

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
	if errors.As(err, new(reported)) {
		return 1 // each source's error is on stderr already
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
	if a == "-" || a == librarySource || strings.ContainsAny(a, "./\\:") {
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
// error) safe on one line of a terminal, by the rule of internal/textsafe:
// what is unsafe is written as a Go escape (\x1b, \u202e, \xff).
func visible(s string) string { return textsafe.Quote(s) }

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
// known size, the collector stays off until the heap nears 4 bytes per
// input byte (plus 32 MiB), which keeps peak RSS under the 6 MB per input MB
// target: a 20 MB article then collects once or twice, at no measured cost
// (3 bytes made it 20% slower; 12, which never collected, took 6.8). Otherwise (standard input,
// Wikipedia) the heap may grow to four times the live data between
// collections instead of twice. GOGC or GOMEMLIMIT in the environment win.
func batchGC(sources []string) {
	if startgc.FromEnv() {
		return
	}
	if size, ok := pipeline.Resolve(sources, pipeline.Options{}).Sizes(); ok {
		startgc.Set(-1, 4*size+32<<20)
		raiseLimitWhenFull(4*size+32<<20, heapBudget(size)) // gclimit.go: for text denser in events
		return
	}
	startgc.Set(300, math.MaxInt64)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
