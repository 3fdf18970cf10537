package com.reportflow.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2026 arrangement as the State Council's notice words it (国务院办公厅关于2026年部分节假日安排的通知,
 * https://www.gov.cn/zhengce/content/202511/content_7047090.htm), written here range by range so that tests need not
 * trust the shipped data file to check the arithmetic, and can check that file against it.
 */
final class Notice2026 {

    private Notice2026() {}

    static List<CalendarDay> days() {
        List<CalendarDay> days = new ArrayList<>();
        // 一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
        holidays(days, "元旦", "2026-01-01", "2026-01-03");
        workday(days, "元旦", "2026-01-04");
        // 二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
        workday(days, "春节", "2026-02-14");
        holidays(days, "春节", "2026-02-15", "2026-02-23");
        workday(days, "春节", "2026-02-28");
        // 三、清明节：4月4日（周六）至6日（周一）放假，共3天。
        holidays(days, "清明节", "2026-04-04", "2026-04-06");
        // 四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
        holidays(days, "劳动节", "2026-05-01", "2026-05-05");
        workday(days, "劳动节", "2026-05-09");
        // 五、端午节：6月19日（周五）至21日（周日）放假，共3天。
        holidays(days, "端午节", "2026-06-19", "2026-06-21");
        // 六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
        holidays(days, "中秋节", "2026-09-25", "2026-09-27");
        // 七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
        workday(days, "国庆节", "2026-09-20");
        holidays(days, "国庆节", "2026-10-01", "2026-10-07");
        workday(days, "国庆节", "2026-10-10");
        return days;
    }

    static WorkingCalendar calendar() {
        return new WorkingCalendar(days());
    }

    private static void holidays(List<CalendarDay> days, String name, String first, String last) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            days.add(new CalendarDay(d, CalendarDay.Kind.HOLIDAY, name));
        }
    }

    private static void workday(List<CalendarDay> days, String name, String date) {
        days.add(new CalendarDay(LocalDate.parse(date), CalendarDay.Kind.WORKDAY, name));
    }
}
