package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/annals-tui/annals/data"
	"github.com/annals-tui/annals/model"
	"github.com/annals-tui/annals/pipeline"
)

// reported is an error already written to stderr, one line a source: run
// exits 1 without writing it again.
type reported struct{ n int }

func (r reported) Error() string { return fmt.Sprintf("%d sources could not be read", r.n) }

// batch is list and export: load the sources (standard input when it is a
// pipe and none is given), report each source that fails and go on with the
// rest, refuse an output that is one of the inputs, say on stderr when the
// filters keep nothing, and hand the kept events to write.
func (f *filterFlags) batch(cmd *cobra.Command, args []string, stdin io.Reader, out string, write func(*model.Timeline, []int) error) error {
	q, err := f.query()
	if err != nil {
		return err
	}
	args = sourcesOrStdin(args, stdin)
	batchGC(args)
	srcs := pipeline.Resolve(args, f.pipelineOptions(stdin))
	if out != "" && out != "-" {
		if in, ok := srcs.IsInput(out); ok {
			return usagef("-o %s is the input %s: the export would replace the article; give another file", visible(data.CutName(out)), visible(data.CutName(in)))
		}
	}
	res := f.loadWith(context.Background(), srcs, args, stdin, nil)
	stderr := cmd.ErrOrStderr()
	for _, n := range res.Notes {
		fmt.Fprintln(stderr, "annals: "+visible(n))
	}
	if len(res.Errors) == 1 && res.Timeline == nil {
		return res.Errors[0]
	}
	for _, line := range errorLines(res.Errors) {
		fmt.Fprintln(stderr, "annals: "+line)
	}
	if res.Timeline == nil {
		return reported{len(res.Errors)}
	}
	if err := f.writeKept(stderr, args, res.Timeline, q, write); err != nil {
		return err
	}
	if len(res.Errors) > 0 {
		return reported{len(res.Errors)}
	}
	return nil
}

// writeKept writes the events q keeps, or says why there are none.
func (f *filterFlags) writeKept(stderr io.Writer, args []string, t *model.Timeline, q model.Query, write func(*model.Timeline, []int) error) error {
	if len(t.Events) == 0 {
		fmt.Fprintf(stderr, "annals: %s: no dated events found\n", sourcesLabel(args))
		return write(t, nil) // an export still writes its (empty) document
	}
	idx := q.Apply(t)
	if len(idx) == 0 {
		fmt.Fprintln(stderr, "annals: "+f.nothingKept(t))
	}
	return write(t, idx)
}

// errorLines is each error on one line, safe to show.
func errorLines(errs []error) []string {
	var out []string
	for _, err := range errs {
		out = append(out, visible(firstLine(err.Error())))
	}
	return out
}

// sourcesOrStdin is the SOURCEs, or "-" when none is given and standard
// input is a pipe or a file (`cat article.txt | annals`), as fzf, glow and
// less read it. A terminal, /dev/null, or a reader with nothing in it leaves
// the embedded article.
func sourcesOrStdin(args []string, stdin io.Reader) []string {
	if len(args) > 0 || stdin == nil {
		return args
	}
	if f, ok := stdin.(*os.File); ok {
		st, err := f.Stat()
		if err != nil || st.Mode()&(os.ModeNamedPipe|os.ModeSocket) == 0 && !st.Mode().IsRegular() {
			return args
		}
		if st.Mode().IsRegular() && st.Size() == 0 {
			return args
		}
		return []string{"-"}
	}
	if b, ok := stdin.(*bufio.Reader); ok {
		if _, err := b.Peek(1); err == nil {
			return []string{"-"}
		}
	}
	return args
}

// exportFormat is the format to write: --format when given, else the one
// -o's extension names, else json. A --format that disagrees with the
// extension is refused, so t.md never holds JSON.
func exportFormat(flag string, given bool, out string) (string, error) {
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(out), "."))
	byExt, known := extFormats[ext]
	switch {
	case out == "" || out == "-" || !known:
		return flag, nil
	case !given:
		return byExt, nil
	case !strings.EqualFold(flag, byExt) && !(byExt == "json" && strings.EqualFold(flag, "timelinejs")):
		return "", usagef("--format %s does not match -o %s, which names a %s file: drop --format or change the extension", flag, visible(data.CutName(out)), byExt)
	}
	return flag, nil
}

var extFormats = map[string]string{
	"json": "json", "csv": "csv", "md": "md", "markdown": "md", "ics": "ics",
	"html": "html", "htm": "html", "mw": "markwhen", "mmd": "mermaid",
}

// writeTo runs write on w and, when it fails because w did, says so in one
// line naming where ("write standard output: no space left on device"),
// not in the words of the library that was writing.
func writeTo(w io.Writer, where string, write func(io.Writer) error) error {
	ew := &errWriter{w: w}
	err := write(ew)
	if err != nil && ew.err != nil {
		return fmt.Errorf("write %s: %w", visible(where), unwrapPathErr(ew.err))
	}
	return err
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	if err != nil && e.err == nil {
		e.err = err
	}
	return n, err
}

func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
