package cn.gov.disclosure.documents;

import java.time.LocalDate;

import io.quarkus.qute.TemplateExtension;

/** Dates as letters write them: {@code {zh:date(x)}} gives 2024年3月1日 (no padding) for a date or its ISO text. */
@TemplateExtension(namespace = "zh")
public class ChineseDates {

    private ChineseDates() {
    }

    public static String date(Object day) {
        LocalDate d = day instanceof LocalDate date ? date : LocalDate.parse(day.toString());
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
