package org.geokg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates events: the article's date, moved by the first time expression of the sentence: an explicit date
 * ("March 11", "11 March 2025", "Feb. 3"), a weekday ("on Friday": the latest one not after the article), a month
 * ("in February"), or a relative word ("yesterday", "last week", "last month").
 */
final class DateStage implements Stage {
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) " + MONTHS + "(?: (\\d{4}))?\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:in|since|during|last) " + MONTHS + "\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|tonight|last week|last month|last year)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<String> needs() {
        return Set.of("candidates");
    }

    @Override
    public Set<String> provides() {
        return Set.of("dates");
    }

    @Override
    public void apply(Doc doc) {
        LocalDate published = doc.article.published();
        for (Doc.Sent s : doc.sentences) {
            s.date = date(doc.text(s), published);
        }
        doc.candidates.forEach(c -> c.date = c.sent.date);
    }

    static LocalDate date(String sentence, LocalDate published) {
        Matcher m = MONTH_DAY.matcher(sentence);
        if (m.find()) {
            return explicit(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), published);
        }
        m = DAY_MONTH.matcher(sentence);
        if (m.find()) {
            return explicit(month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), published);
        }
        if (published == null) {
            return null;
        }
        m = WEEKDAY.matcher(sentence);
        if (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return published.with(TemporalAdjusters.previousOrSame(day));
        }
        m = MONTH_ONLY.matcher(sentence);
        if (m.find()) {
            LocalDate first = published.withMonth(month(m.group(1)).getValue()).withDayOfMonth(1);
            return first.isAfter(published) ? first.minusYears(1) : first;
        }
        m = RELATIVE.matcher(sentence);
        if (m.find()) {
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "yesterday" -> published.minusDays(1);
                case "last week" -> published.minusWeeks(1);
                case "last month" -> published.minusMonths(1).withDayOfMonth(1);
                case "last year" -> published.minusYears(1).withDayOfYear(1);
                default -> published;
            };
        }
        return published;
    }

    private static LocalDate explicit(Month month, int day, String year, LocalDate published) {
        if (day < 1 || day > month.maxLength()) {
            return published;
        }
        int y = year != null ? Integer.parseInt(year) : published != null ? published.getYear() : -1;
        if (y < 0) {
            return null;
        }
        LocalDate d = LocalDate.of(y, month, Math.min(day, month.length(java.time.Year.isLeap(y))));
        return year == null && published != null && d.isAfter(published) ? d.minusYears(1) : d;
    }

    private static Month month(String name) {
        String n = name.replace(".", "").toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(n.length() > 3 ? n.substring(0, 3) : n)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
