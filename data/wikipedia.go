package data

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"
)

// ProjectURL is where annals lives, named in the User-Agent it sends.
const ProjectURL = "https://github.com/annals-tui/annals"

// EnvWikipediaURL names the variable that points annals at another server
// speaking the MediaWiki REST API: a mirror, or a local server in tests.
const EnvWikipediaURL = "ANNALS_WIKIPEDIA_URL"

// EnvTimeout names the variable that sets how long a Wikipedia request may
// take ("90s", "2m", or seconds: "30"), for slow connections, or fast tests.
const EnvTimeout = "ANNALS_TIMEOUT"

// Errors a Wikipedia fetch can end in, for errors.Is.
var (
	ErrNoSuchArticle = errors.New("no such article")
	ErrRedirectLoop  = errors.New("redirect loop")
	ErrRateLimited   = errors.New("rate limited")
)

// WikiSource names a Wikipedia article: the language edition and the title.
type WikiSource struct {
	Lang  string // "en", "fr", "zh-yue", "simple"
	Title string // normalised: spaces, not underscores; first letter upper case
}

func (w WikiSource) String() string { return "wiki:" + w.Lang + ":" + w.Title }

var (
	reLangCode = regexp.MustCompile(`^(?:[a-z]{2,3}(?:-[a-z]{2,8})*|simple)$`)
	reWikiHost = regexp.MustCompile(`^([a-z][a-z0-9-]*)\.(?:m\.)?wikipedia\.org$`)
)

// ParseWikiSource recognises a SOURCE that names a Wikipedia article:
// wiki:TITLE (English), wiki:LANG:TITLE, or the article's URL
// (https://LANG.wikipedia.org/wiki/TITLE). ok is false for any other source;
// err is set for a source that is meant as an article but names none.
func ParseWikiSource(s string) (src WikiSource, ok bool, err error) {
	switch {
	case strings.HasPrefix(s, "wiki:"):
		rest := strings.TrimSpace(s[len("wiki:"):])
		src.Lang = "en"
		if lang, title, found := strings.Cut(rest, ":"); found && reLangCode.MatchString(lang) {
			src.Lang, rest = lang, title
		}
		src.Title = NormalizeTitle(rest)
	case strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://"):
		u, perr := url.Parse(s)
		if perr != nil {
			return src, true, fmt.Errorf("%s: not a valid URL: %w", s, perr)
		}
		m := reWikiHost.FindStringSubmatch(strings.ToLower(u.Hostname()))
		if m == nil {
			return src, true, fmt.Errorf("%s: only Wikipedia articles can be fetched (https://LANG.wikipedia.org/wiki/TITLE); save the page and give its path", s)
		}
		src.Lang = m[1]
		switch {
		case strings.HasPrefix(u.Path, "/wiki/"):
			src.Title = NormalizeTitle(strings.TrimPrefix(u.Path, "/wiki/"))
		case u.Path == "/w/index.php":
			src.Title = NormalizeTitle(u.Query().Get("title"))
		}
	default:
		return src, false, nil
	}
	if src.Title == "" {
		return src, true, fmt.Errorf("%s: no article title (write wiki:TITLE, wiki:LANG:TITLE or the article's URL)", s)
	}
	return src, true, nil
}

// NormalizeTitle writes a title as MediaWiki stores it: underscores as
// spaces, single spaces, the first letter in upper case.
func NormalizeTitle(t string) string {
	t = strings.Join(strings.Fields(strings.ReplaceAll(t, "_", " ")), " ")
	if t == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(t)
	return string(unicode.ToUpper(r)) + t[size:]
}

// WikiClient fetches Wikipedia articles through the MediaWiki REST API and
// keeps them in a cache. The zero value works, with the defaults below.
type WikiClient struct {
	BaseURL        string        // "": $ANNALS_WIKIPEDIA_URL, else https://LANG.wikipedia.org
	CacheDir       string        // "": os.UserCacheDir()/annals
	Version        string        // annals' version, for the User-Agent
	HTTP           *http.Client  // nil: a client with the timeouts below
	ConnectTimeout time.Duration // 0: 10s to connect, or Timeout when that is shorter
	Timeout        time.Duration // 0: $ANNALS_TIMEOUT, else 60s for the whole request
	MaxBody        int64         // 0: DefaultMaxBody of response
	Retries        int           // 0: 3 more tries after a 429 or 5xx; < 0: none
	Backoff        time.Duration // 0: 1s before the first retry, doubling
	MaxWait        time.Duration // 0: 60s, the longest Retry-After honoured
	// Sleep waits between retries; nil waits for real. Tests record instead.
	Sleep func(ctx context.Context, d time.Duration) error
	Now   func() time.Time // nil: time.Now
}

const maxRedirects = 5

// DefaultMaxBody is the documented cap on a Wikipedia response (64 MiB); a
// smaller --max-size lowers it, a larger one does not raise it.
const DefaultMaxBody = 64 << 20

func (c *WikiClient) userAgent() string {
	v := c.Version
	if v == "" {
		v = "dev"
	}
	return "annals/" + v + " (+" + ProjectURL + ")"
}

func (c *WikiClient) base(lang string) string {
	if c.BaseURL != "" {
		return strings.TrimRight(c.BaseURL, "/")
	}
	if env := os.Getenv(EnvWikipediaURL); env != "" {
		return strings.TrimRight(env, "/")
	}
	return "https://" + lang + ".wikipedia.org"
}

func (c *WikiClient) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

func orDefault[T int | int64 | time.Duration](v, def T) T {
	if v == 0 {
		return def
	}
	return v
}

// timeout is how long one request may take: Timeout, else $ANNALS_TIMEOUT
// (a duration, or whole seconds), else 60s.
func (c *WikiClient) timeout() time.Duration {
	if c.Timeout > 0 {
		return c.Timeout
	}
	if v := strings.TrimSpace(os.Getenv(EnvTimeout)); v != "" {
		if d, err := time.ParseDuration(v); err == nil && d > 0 {
			return d
		}
		if n, err := strconv.Atoi(v); err == nil && n > 0 {
			return time.Duration(n) * time.Second
		}
	}
	return 60 * time.Second
}

func (c *WikiClient) connectTimeout() time.Duration {
	return min(orDefault(c.ConnectTimeout, 10*time.Second), c.timeout())
}

func (c *WikiClient) client() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	dialer := &net.Dialer{Timeout: c.connectTimeout()}
	return &http.Client{
		Timeout: c.timeout(),
		Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           dialer.DialContext,
			TLSHandshakeTimeout:   c.connectTimeout(),
			ResponseHeaderTimeout: c.timeout(),
			ForceAttemptHTTP2:     true,
		},
		CheckRedirect: checkRedirect,
	}
}

// checkRedirect follows a few redirects and stops at a loop.
func checkRedirect(req *http.Request, via []*http.Request) error {
	for _, v := range via {
		if v.URL.String() == req.URL.String() {
			return fmt.Errorf("%w: %s redirects back to itself", ErrRedirectLoop, req.URL.Redacted())
		}
	}
	if len(via) > maxRedirects {
		return fmt.Errorf("%w: more than %d redirects", ErrRedirectLoop, maxRedirects)
	}
	return nil
}

// wikiPage is the REST API's page object.
type wikiPage struct {
	Title  string `json:"title"`
	Latest struct {
		ID        int64  `json:"id"`
		Timestamp string `json:"timestamp"`
	} `json:"latest"`
	ContentModel string `json:"content_model"`
	Source       string `json:"source"`
}

var reRedirect = regexp.MustCompile(`(?i)^\s*#redirect\s*:?\s*\[\[([^\]|#]+)`)

// fetch gets an article's wikitext, following redirect pages.
func (c *WikiClient) fetch(ctx context.Context, src WikiSource) (*wikiPage, error) {
	seen := map[string]bool{}
	title := src.Title
	for hop := 0; ; hop++ {
		seen[title] = true
		page, err := c.fetchOnce(ctx, src.Lang, title)
		if err != nil {
			return nil, err
		}
		m := reRedirect.FindStringSubmatch(page.Source)
		if m == nil {
			return page, nil
		}
		title = NormalizeTitle(m[1])
		if seen[title] || hop >= maxRedirects {
			return nil, fmt.Errorf("%w: %q redirects back to %q", ErrRedirectLoop, page.Title, title)
		}
	}
}

// fetchOnce makes one page request, retrying after 429 and 5xx answers.
func (c *WikiClient) fetchOnce(ctx context.Context, lang, title string) (*wikiPage, error) {
	u := c.base(lang) + "/w/rest.php/v1/page/" + url.PathEscape(strings.ReplaceAll(title, " ", "_"))
	retries := orDefault(c.Retries, 3)
	for attempt := 0; ; attempt++ {
		page, hint, err := c.get(ctx, u, title)
		if err == nil || !hint.again || attempt >= retries {
			return page, err
		}
		wait := hint.wait
		if !hint.asked {
			wait = orDefault(c.Backoff, time.Second) << attempt
		}
		if maxWait := orDefault(c.MaxWait, 60*time.Second); wait > maxWait {
			return nil, fmt.Errorf("%w: the server asks to wait %s, longer than the %s annals waits; try again later",
				ErrRateLimited, waitText(wait), maxWait)
		}
		if err := c.sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

func (c *WikiClient) sleep(ctx context.Context, d time.Duration) error {
	if c.Sleep != nil {
		return c.Sleep(ctx, d)
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// retryHint is what a failed request says about trying again.
type retryHint struct {
	again bool          // worth another try: a 429 or 5xx answer
	asked bool          // the server said when, in Retry-After (0 is "now")
	wait  time.Duration // what it asked for
}

// get makes one request; on failure, hint says whether and when to retry.
func (c *WikiClient) get(ctx context.Context, u, title string) (page *wikiPage, hint retryHint, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, hint, err
	}
	req.Header.Set("User-Agent", c.userAgent())
	req.Header.Set("Accept", "application/json")
	resp, err := c.client().Do(req)
	if err != nil {
		return nil, hint, c.networkError(err, req.URL.Host)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusOK:
		page, err := c.decode(resp)
		return page, hint, err
	case resp.StatusCode == http.StatusNotFound:
		return nil, hint, fmt.Errorf("%w on %s called %q (check the spelling: titles are case-sensitive after the first letter)", ErrNoSuchArticle, req.URL.Host, CutName(title))
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		hint.again = true
		hint.wait, hint.asked = parseRetryAfter(resp.Header.Get("Retry-After"), c.now())
		return nil, hint, fmt.Errorf("%s answered %s", req.URL.Host, resp.Status)
	}
	return nil, hint, fmt.Errorf("%s answered %s", req.URL.Host, resp.Status)
}

func (c *WikiClient) decode(resp *http.Response) (*wikiPage, error) {
	limit := orDefault(c.MaxBody, DefaultMaxBody)
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("%w: the response is %d bytes, over the %d-byte limit", ErrTooLarge, resp.ContentLength, limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, c.networkError(err, resp.Request.URL.Host)
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("%w: the response is over the %d-byte limit", ErrTooLarge, limit)
	}
	var page wikiPage
	if err := json.Unmarshal(body, &page); err != nil {
		return nil, fmt.Errorf("unexpected answer from %s: %w", resp.Request.URL.Host, err)
	}
	if page.Title == "" || page.Latest.ID <= 0 {
		return nil, fmt.Errorf("unexpected answer from %s: no title or revision", resp.Request.URL.Host)
	}
	if page.ContentModel != "" && page.ContentModel != "wikitext" {
		return nil, fmt.Errorf("%q is not a wikitext article (content model %s)", page.Title, page.ContentModel)
	}
	return &page, nil
}

// parseRetryAfter reads Retry-After as seconds or an HTTP date, and whether
// it held one; a date already past is "now".
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseUint(v, 10, 64); err == nil {
		return min(time.Duration(min(s, uint64(maxRetryAfter/time.Second)))*time.Second, maxRetryAfter), true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(0, t.Sub(now)), true
	}
	return 0, false
}

// maxRetryAfter is the longest Retry-After read as it is: a larger one
// (which would overflow a time.Duration) is read as this, far past any
// wait annals honours, so it is refused rather than taken as "now".
const maxRetryAfter = 100 * 365 * 24 * time.Hour

// waitText says how long a server asked to wait, in words a user reads.
func waitText(d time.Duration) string {
	switch {
	case d >= maxRetryAfter:
		return "over 100 years"
	case d >= 48*time.Hour:
		return fmt.Sprintf("%d days", d/(24*time.Hour))
	}
	return d.Round(time.Second).String()
}

// errOffline marks failures to reach the server at all.
var errOffline = errors.New("cannot reach")

// offlineAdvice ends every cannot-reach message.
const offlineAdvice = "check your connection; a cached copy is used when there is one"

// networkError says in one line why host could not be reached, and what to do.
func (c *WikiClient) networkError(err error, host string) error {
	if errors.Is(err, ErrRedirectLoop) {
		return unwrapURLError(err)
	}
	var ne net.Error
	var dns *net.DNSError
	reason := unwrapURLError(err).Error()
	switch {
	case errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%w %s: timed out after %s (check your connection, or set %s to wait longer; a cached copy is used when there is one)",
			errOffline, host, c.timeout(), EnvTimeout)
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("%s: %w", host, context.Canceled)
	case errors.As(err, &dns) && dns.IsNotFound:
		reason = "no such host"
	case errors.As(err, &dns):
		reason = "cannot look up its address"
	case errors.Is(err, syscall.ECONNREFUSED):
		reason = "connection refused"
	case errors.Is(err, syscall.ENETUNREACH) || errors.Is(err, syscall.EHOSTUNREACH):
		reason = "network unreachable"
	}
	return fmt.Errorf("%w %s: %s (%s)", errOffline, host, reason, offlineAdvice)
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
