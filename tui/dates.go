package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/annals-tui/annals/model"
)

// gutterDate writes a date at its precision, short enough for the gutter:
// 1971 Oct 25, 1991 Apr, 2019, 1980s, 19th c., 1912–2008, 2019 Mar–May.
func gutterDate(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	s := gutterPoint(d.Start, d.Precision)
	if d.Interval {
		s = gutterInterval(d)
	}
	if d.Approximate {
		s = "c." + s
	}
	if d.Uncertain {
		s += "?"
	}
	return s
}

func gutterInterval(d model.Date) string {
	a, b := d.Start, d.End
	coarse := d.Precision >= model.Year || d.EndPrecision >= model.Year
	switch {
	case a.Year != b.Year || coarse:
		from, to := coarsePoint(a, d.Precision), coarsePoint(b, d.EndPrecision)
		if from == to {
			return from
		}
		if strings.HasSuffix(from, " c.") && strings.HasSuffix(to, " c.") {
			return strings.TrimSuffix(from, " c.") + "–" + to // 16th–17th c.
		}
		return from + "–" + to
	case a.Month != b.Month:
		return yearText(int(a.Year)) + " " + monthAbbr(int(a.Month)) + "–" + monthAbbr(int(b.Month))
	case d.Precision == model.Day && d.EndPrecision == model.Day && a.Day != b.Day:
		return fmt.Sprintf("%s %s %d–%d", yearText(int(a.Year)), monthAbbr(int(a.Month)), a.Day, b.Day)
	}
	return gutterPoint(a, d.Precision)
}

// coarsePoint is a point of an interval at year precision or coarser.
func coarsePoint(day model.CalendarDay, p model.Precision) string {
	if p == model.Decade || p == model.Century {
		return gutterPoint(day, p)
	}
	return yearText(int(day.Year))
}

func gutterPoint(day model.CalendarDay, p model.Precision) string {
	switch p {
	case model.Day:
		return fmt.Sprintf("%s %s %d", yearText(int(day.Year)), monthAbbr(int(day.Month)), day.Day)
	case model.Month:
		return yearText(int(day.Year)) + " " + monthAbbr(int(day.Month))
	case model.Decade:
		return yearText(floorDiv(int(day.Year), 10)*10) + "s"
	case model.Century:
		return model.Ordinal(floorDiv(int(day.Year), 100)+1) + " c."
	}
	return yearText(int(day.Year))
}

func monthAbbr(m int) string {
	name := model.MonthName(m)
	if len(name) < 3 {
		return "?"
	}
	return name[:3]
}

// yearText writes an astronomical year the way people read it: 0 is 1 BC.
func yearText(y int) string {
	if y <= 0 {
		return strconv.Itoa(1-y) + " BC"
	}
	return strconv.Itoa(y)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
