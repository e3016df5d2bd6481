package markup

import "strings"

// fileCaption writes the caption of a [[File:…|thumb|…|caption]] that
// stands on a line of its own, as the rendered page shows it under the
// image; a file inside a paragraph, or one without a frame (frameless,
// inline icons), shows no caption. Refs in any caption still count.
func (r *wikiReader) fileCaption(params string, b *strings.Builder) {
	parts := splitOutside(params, "|")
	framed := false
	caption := ""
	for _, p := range parts {
		opt := strings.ToLower(strings.TrimSpace(p))
		switch {
		case opt == "thumb" || opt == "thumbnail" || opt == "frame" || strings.HasPrefix(opt, "thumb="):
			framed = true
		case isImageOption(opt):
		default:
			caption = p
		}
	}
	if framed && r.alone {
		r.expand(caption, b)
		return
	}
	r.discard++
	r.expand(caption, &strings.Builder{})
	r.discard--
}

// imageOptions are the words of a file link that are not its caption.
var imageOptions = map[string]bool{
	"frameless": true, "border": true, "left": true, "right": true, "center": true, "centre": true,
	"none": true, "upright": true, "baseline": true, "middle": true, "sub": true, "super": true,
	"top": true, "text-top": true, "bottom": true, "text-bottom": true,
}

// isImageOption tells a file link's option (a size, alt=, upright=1.2)
// from its caption.
func isImageOption(opt string) bool {
	if imageOptions[opt] || strings.HasSuffix(opt, "px") && strings.TrimLeft(strings.TrimSuffix(opt, "px"), "0123456789x") == "" {
		return true
	}
	key, _, ok := strings.Cut(opt, "=")
	switch key {
	case "alt", "link", "upright", "page", "class", "lang", "lossy", "loop", "start", "end", "thumbtime", "size":
		return ok
	}
	return false
}

// gallery reads a <gallery> that starts at i: each line names a file and
// may give its caption ("File:Pier.jpg|The pier in 1927"), shown under the
// image, so prose. It returns where the line after </gallery> starts.
func (r *wikiReader) gallery(i int) int {
	low := asciiLower(r.src[i:])
	open := strings.IndexByte(low, '>')
	shut := strings.Index(low, "</gallery")
	if open < 0 || shut < open {
		return r.lineEnd(i) + 1
	}
	body := r.src[i+open+1 : i+shut]
	at := i + open + 1
	for _, ln := range strings.Split(body, "\n") {
		if _, params, ok := strings.Cut(ln, "|"); ok {
			r.addText(r.expandString(prepare(galleryCaption(params))), at)
		}
		at += len(ln) + 1
	}
	end := strings.IndexByte(r.src[i+shut:], '\n')
	if end < 0 {
		return len(r.src)
	}
	return i + shut + end + 1
}

// galleryCaption is the caption among a gallery line's parameters.
func galleryCaption(params string) string {
	caption := ""
	for _, p := range splitOutside(params, "|") {
		if !isImageOption(strings.ToLower(strings.TrimSpace(p))) {
			caption = p
		}
	}
	return caption
}
