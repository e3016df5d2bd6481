package markup

import "bytes"

// maxQuoteDepth is the deepest block quote read as such. goldmark finds
// each level's marker by rescanning its line from the start, so a line of n
// nested ">" costs n² (a 1 MB line of "> > > …" took minutes); no article
// nests quotes anywhere near this deep, and the markers past it are dropped
// (the offsets of what follows them on their line shift back).
const maxQuoteDepth = 32

// flattenDeepQuotes drops the block-quote markers of each line past
// maxQuoteDepth, and returns src itself when no line has so many.
func flattenDeepQuotes(src []byte) []byte {
	if bytes.Count(src, []byte{'>'}) <= maxQuoteDepth {
		return src
	}
	var out []byte
	done := 0 // src[:done] is in out
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		if cut, resume := quoteMarkersPast(src[start:end], maxQuoteDepth); cut >= 0 {
			out = append(out, src[done:start+cut]...)
			done = start + resume
		}
		start = end + 1
	}
	if out == nil {
		return src
	}
	return append(out, src[done:]...)
}

// quoteMarkersPast finds the block-quote markers of line after the first
// depth: where they start and where the text after the last of them
// starts, or -1 when the line has no more than depth.
func quoteMarkersPast(line []byte, depth int) (int, int) {
	i, n, cut := 0, 0, -1
	for {
		j := i
		for j < len(line) && j-i < 3 && line[j] == ' ' {
			j++
		}
		if j >= len(line) || line[j] != '>' {
			break
		}
		if n == depth {
			cut = i
		}
		n++
		i = j + 1
		if i < len(line) && line[i] == ' ' {
			i++
		}
	}
	if cut < 0 {
		return -1, -1
	}
	return cut, i
}
