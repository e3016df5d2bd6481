package data

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// TitleHit is one answer of a title search.
type TitleHit struct {
	Title       string `json:"title"`
	Description string `json:"description"`
}

// SearchTitles asks the REST API for up to 10 articles whose titles begin
// like q (GET /w/rest.php/v1/search/title?q=…&limit=10), with the same
// User-Agent, timeouts and body cap as a page fetch.
func (c *WikiClient) SearchTitles(ctx context.Context, lang, q string) ([]TitleHit, error) {
	if lang == "" {
		lang = "en"
	}
	u := c.base(lang) + "/w/rest.php/v1/search/title?q=" + url.QueryEscape(strings.TrimSpace(q)) + "&limit=10"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.userAgent())
	req.Header.Set("Accept", "application/json")
	resp, err := c.client().Do(req)
	if err != nil {
		return nil, c.networkError(err, req.URL.Host)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("searching %q: %s answered %s", q, req.URL.Host, resp.Status)
	}
	var answer struct {
		Pages []TitleHit `json:"pages"`
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, c.networkError(err, req.URL.Host)
	}
	if err := json.Unmarshal(body, &answer); err != nil {
		return nil, fmt.Errorf("searching %q: unexpected answer from %s: %w", q, req.URL.Host, err)
	}
	return answer.Pages, nil
}
