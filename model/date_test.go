package model

import (
	"strings"
	"testing"
)

func TestEDTFRoundTrip(t *testing.T) {
	tests := []struct {
		name       string
		date       Date
		edtf       string
		start, end string
		human      string
	}{
		{"day", DayDate(1971, 10, 25), "1971-10-25", "1971-10-25", "1971-10-25", "25 October 1971"},
		{"month", MonthDate(1991, 4), "1991-04", "1991-04-01", "1991-04-30", "April 1991"},
		{"leap february", MonthDate(2000, 2), "2000-02", "2000-02-01", "2000-02-29", "February 2000"},
		{"plain february", MonthDate(1900, 2), "1900-02", "1900-02-01", "1900-02-28", "February 1900"},
		{"year", YearDate(2019), "2019", "2019-01-01", "2019-12-31", "2019"},
		{"decade", DecadeDate(1980), "198X", "1980-01-01", "1989-12-31", "1980s"},
		{"decade from a year inside it", DecadeDate(1987), "198X", "1980-01-01", "1989-12-31", "1980s"},
		{"century", CenturyDate(18), "18XX", "1800-01-01", "1899-12-31", "19th century"},
		{"interval of years", Between(YearDate(1912), YearDate(2008)), "1912/2008", "1912-01-01", "2008-12-31", "1912–2008"},
		{"interval of centuries", Between(CenturyDate(15), CenturyDate(16)), "15XX/16XX", "1500-01-01", "1699-12-31", "16th century–17th century"},
		{"interval of days", Between(DayDate(1939, 9, 1), DayDate(1945, 9, 2)), "1939-09-01/1945-09-02", "1939-09-01", "1945-09-02", "1 September 1939–2 September 1945"},
		{"BC year", YearDate(-43), "-0043", "-0043-01-01", "-0043-12-31", "44 BC"},
		{"year zero is 1 BC", YearDate(0), "0000", "0000-01-01", "0000-12-31", "1 BC"},
		{"BC day", DayDate(-43, 3, 15), "-0043-03-15", "-0043-03-15", "-0043-03-15", "15 March 44 BC"},
		{"approximate", approx(YearDate(1900)), "1900~", "1900-01-01", "1900-12-31", "c. 1900"},
		{"uncertain", uncertain(YearDate(1850)), "1850?", "1850-01-01", "1850-12-31", "1850?"},
		{"approximate and uncertain", approx(uncertain(MonthDate(1850, 6))), "1850-06%", "1850-06-01", "1850-06-30", "c. June 1850?"},
		{"approximate interval", approx(Between(YearDate(1641), YearDate(1853))), "1641/1853~", "1641-01-01", "1853-12-31", "c. 1641–1853"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.date.EDTF(); got != tt.edtf {
				t.Errorf("EDTF() = %q, want %q", got, tt.edtf)
			}
			if got := tt.date.String(); got != tt.edtf {
				t.Errorf("String() = %q, want %q", got, tt.edtf)
			}
			if got := tt.date.Start.String(); got != tt.start {
				t.Errorf("Start = %s, want %s", got, tt.start)
			}
			if got := tt.date.End.String(); got != tt.end {
				t.Errorf("End = %s, want %s", got, tt.end)
			}
			if got := tt.date.Human(); got != tt.human {
				t.Errorf("Human() = %q, want %q", got, tt.human)
			}
			back, err := ParseEDTF(tt.edtf)
			if err != nil {
				t.Fatalf("ParseEDTF(%q): %v", tt.edtf, err)
			}
			if back != tt.date {
				t.Errorf("ParseEDTF(%q) = %+v, want %+v", tt.edtf, back, tt.date)
			}
		})
	}
}

func approx(d Date) Date    { d.Approximate = true; return d }
func uncertain(d Date) Date { d.Uncertain = true; return d }

// BC decades and centuries must survive a trip through EDTF at both ends of
// an interval, where the end point is the last year of its decade.
func TestEDTFNegativeMaskedYears(t *testing.T) {
	tests := []struct {
		date Date
		edtf string
	}{
		{DecadeDate(-43), "-005X"},
		{Between(DecadeDate(-50), DecadeDate(-40)), "-005X/-004X"},
		{CenturyDate(-1), "-01XX"},
		{Between(CenturyDate(-2), CenturyDate(-1)), "-02XX/-01XX"},
		{Between(YearDate(-300), CenturyDate(-1)), "-0300/-01XX"},
	}
	for _, tt := range tests {
		if got := tt.date.EDTF(); got != tt.edtf {
			t.Errorf("%+v: EDTF() = %q, want %q", tt.date, got, tt.edtf)
		}
		back, err := ParseEDTF(tt.edtf)
		if err != nil {
			t.Errorf("ParseEDTF(%q): %v", tt.edtf, err)
			continue
		}
		if back != tt.date {
			t.Errorf("ParseEDTF(%q) = %+v, want %+v", tt.edtf, back, tt.date)
		}
	}
}

func TestParseEDTFLenient(t *testing.T) {
	tests := []struct{ in, want string }{
		{" 2019 ", "2019"},
		{"1991-04-01", "1991-04-01"},
		{"2000-02-29", "2000-02-29"},
		{"-0043", "-0043"},
	}
	for _, tt := range tests {
		d, err := ParseEDTF(tt.in)
		if err != nil {
			t.Errorf("ParseEDTF(%q): %v", tt.in, err)
			continue
		}
		if got := d.EDTF(); got != tt.want {
			t.Errorf("ParseEDTF(%q).EDTF() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseEDTFErrors(t *testing.T) {
	tests := []struct{ in, wantInErr string }{
		{"", "not a date"},
		{"19", "not a date"},
		{"abcd", "not a date"},
		{"2019-13", "not a date"},
		{"2019-00", "not a date"},
		{"2019-04-31", "not a date"},
		{"1900-02-29", "not a date"},
		{"2019-04-01-02", "not a date"},
		{"1X", "not a date"},
		{"1XXX", "not a date"},
		{"19X9", "not a date"},
		{"2008/1912", "ends before it starts"},
		{"2019/", "not a date"},
		{"/2019", "not a date"},
		{"1912~/2008", "not a date"},
		{"+2019", "not a date"},
		{"2019-+4", "not a date"},
		{"99999999999999999XX", "not a date"},
		{"-9223372036854775808", "not a date"},
	}
	for _, tt := range tests {
		d, err := ParseEDTF(tt.in)
		if err == nil {
			t.Errorf("ParseEDTF(%q) = %v, want an error", tt.in, d)
			continue
		}
		if !strings.Contains(err.Error(), tt.wantInErr) {
			t.Errorf("ParseEDTF(%q) error %q, want it to say %q", tt.in, err, tt.wantInErr)
		}
	}
}

func TestDaysIn(t *testing.T) {
	tests := []struct{ year, month, want int }{
		{2019, 1, 31}, {2019, 2, 28}, {2020, 2, 29}, {1900, 2, 28}, {2000, 2, 29},
		{2019, 4, 30}, {2019, 6, 30}, {2019, 9, 30}, {2019, 11, 30}, {2019, 12, 31},
		{0, 2, 29}, {-4, 2, 29}, {-1, 2, 28}, {-100, 2, 28},
	}
	for _, tt := range tests {
		if got := DaysIn(tt.year, tt.month); got != tt.want {
			t.Errorf("DaysIn(%d, %d) = %d, want %d", tt.year, tt.month, got, tt.want)
		}
	}
}

func TestDateCompare(t *testing.T) {
	// In timeline order: earlier start first; on the same start the coarser
	// date first; on the same start and precision the longer span first.
	ordered := []Date{
		YearDate(-43),
		CenturyDate(18),
		DecadeDate(1980),
		Between(YearDate(1980), YearDate(1990)),
		YearDate(1980),
		MonthDate(1980, 1),
		DayDate(1980, 1, 1),
		DayDate(1980, 1, 2),
		YearDate(1991),
		MonthDate(1991, 4),
		DayDate(1991, 4, 30),
	}
	for i := range ordered {
		for j := range ordered {
			want := cmpInt(i, j)
			if got := ordered[i].Compare(ordered[j]); got != want {
				t.Errorf("%v.Compare(%v) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
}

func TestCalendarDayCompare(t *testing.T) {
	a, b := DayOf(1991, 4, 30), DayOf(1991, 5, 1)
	if a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
		t.Errorf("CalendarDay.Compare orders %v and %v wrongly", a, b)
	}
	if (DayOf(-1, 12, 31)).Compare(DayOf(0, 1, 1)) != -1 {
		t.Error("2 BC must come before 1 BC")
	}
}

func TestOrdinal(t *testing.T) {
	tests := map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 10: "10th", 11: "11th", 12: "12th",
		13: "13th", 19: "19th", 21: "21st", 22: "22nd", 23: "23rd", 101: "101st", 111: "111th", 112: "112th"}
	for n, want := range tests {
		if got := Ordinal(n); got != want {
			t.Errorf("Ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestBCCenturyMatchesItsYears checks that a BC century, its EDTF and the
// --year filter agree: the 2nd century BC is -01XX and holds 150 BC.
func TestBCCenturyMatchesItsYears(t *testing.T) {
	d := CenturyDate(-1)
	if got := d.EDTF(); got != "-01XX" {
		t.Errorf("EDTF = %q, want -01XX", got)
	}
	back, err := ParseEDTF("-01XX")
	if err != nil || back != d {
		t.Errorf("ParseEDTF(-01XX) = %v, %v; want %v", back, err, d)
	}
	if d.Start.Year != -199 || d.End.Year != -100 {
		t.Errorf("years %d to %d, want -199 (200 BC) to -100 (101 BC)", d.Start.Year, d.End.Year)
	}
}

func TestHumanBC(t *testing.T) {
	tests := []struct {
		date Date
		want string
	}{
		{CenturyDate(-1), "2nd century BC"}, // -01XX: 200–101 BC, as EDTF masks digits
		{CenturyDate(-4), "5th century BC"},
		{CenturyDate(0), "1st century"},
		{Between(CenturyDate(-2), CenturyDate(-1)), "3rd century BC–2nd century BC"},
	}
	for _, tt := range tests {
		if got := tt.date.Human(); got != tt.want {
			t.Errorf("%s.Human() = %q, want %q", tt.date, got, tt.want)
		}
	}
}

func TestPrecisionNames(t *testing.T) {
	for p := Day; p <= Century; p++ {
		back, ok := ParsePrecision(p.String())
		if !ok || back != p {
			t.Errorf("ParsePrecision(%q) = %v, %v; want %v", p.String(), back, ok, p)
		}
	}
	if _, ok := ParsePrecision("week"); ok {
		t.Error(`ParsePrecision("week") succeeded`)
	}
	if _, ok := ParsePrecision(""); ok {
		t.Error(`ParsePrecision("") succeeded`)
	}
	if got := Precision(9).String(); got != "unknown" {
		t.Errorf("Precision(9) = %q", got)
	}
	if got := MonthName(13); got != "" {
		t.Errorf("MonthName(13) = %q", got)
	}
	if got := MonthName(10); got != "October" {
		t.Errorf("MonthName(10) = %q", got)
	}
	if (Date{}).EDTF() != "" || (Date{}).Human() != "" || !(Date{}).IsZero() {
		t.Error("the zero Date must be empty")
	}
}

func FuzzParseEDTF(f *testing.F) {
	for _, s := range []string{"1971-10-25", "1991-04", "2019", "198X", "18XX", "1912/2008", "15XX/16XX",
		"-0043", "-005X/-004X", "1900~", "1850?", "1850-06%", "2000-02-29", "2008/1912", "+201", "99999999999999999XX"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseEDTF(s)
		if err != nil {
			return
		}
		if d.Start.Compare(d.End) > 0 {
			t.Fatalf("ParseEDTF(%q) starts %v after it ends %v", s, d.Start, d.End)
		}
		back, err := ParseEDTF(d.EDTF())
		if err != nil {
			t.Fatalf("ParseEDTF(%q) = %q, which does not parse: %v", s, d.EDTF(), err)
		}
		if back != d {
			t.Fatalf("ParseEDTF(%q) = %+v, but its EDTF %q reads back as %+v", s, d, d.EDTF(), back)
		}
		_ = d.Human()
	})
}
