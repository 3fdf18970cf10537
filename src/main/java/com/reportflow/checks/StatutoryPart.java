package com.reportflow.checks;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The five parts the 2019 regulation asks of the annual report, recognised in a level-1 heading by meaning rather
 * than wording: real reports write "主要做法及成效", "存在问题及原因分析", "下一步工作计划",
 * "2024年推进法治政府建设的主要安排", "下一阶段工作措施" for the statutory titles, in simplified or traditional
 * characters.
 */
public enum StatutoryPart {
    MEASURES(true, List.of("举措", "做法", "成效", "成绩", "措施", "主要工作", "工作情况", "开展情况", "进展")),
    RESPONSIBLE_PERSON(true, List.of("第一责任人", "主要负责人", "主要领导", "履行推进法治建设", "法治建设职责", "履职")),
    SHORTCOMINGS(true, List.of("不足", "问题", "短板", "差距", "薄弱")),
    NEXT_YEAR(true, List.of("下一年", "下一步", "下步", "下年度", "下一阶段", "下阶段", "明年", "今后", "打算", "安排", "计划", "思路", "展望")),
    OTHER(false, List.of("其他需要报告", "其它需要报告", "其他事项", "其它事项", "其他情况", "其它情况"));

    private final boolean required;
    private final List<String> cues;

    StatutoryPart(boolean required, List<String> cues) {
        this.required = required;
        this.cues = cues;
    }

    /** Part 五 may be absent when there is nothing else to report. */
    public boolean required() {
        return required;
    }

    /** The translation key of the part's statutory name. */
    public String nameKey() {
        return "checks.part." + name();
    }

    /**
     * The parts a level-1 heading covers: usually one, two for combined headings like "存在的不足和下一步打算", none
     * for a heading that is no statutory part. "成效" and "措施" also occur in the other parts' titles ("整改措施",
     * "下一步主要举措"), so a heading is taken for part 一 only when it names no other part.
     */
    public static Set<StatutoryPart> coveredBy(String heading) {
        Set<StatutoryPart> parts = EnumSet.noneOf(StatutoryPart.class);
        String text = heading == null ? "" : Scripts.simplified(heading);
        for (StatutoryPart part : values()) {
            if (part != MEASURES && part.cues.stream().anyMatch(text::contains)) {
                parts.add(part);
            }
        }
        if (parts.isEmpty() && MEASURES.cues.stream().anyMatch(text::contains)) {
            parts.add(MEASURES);
        }
        return parts;
    }
}
