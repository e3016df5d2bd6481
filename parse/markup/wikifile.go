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
