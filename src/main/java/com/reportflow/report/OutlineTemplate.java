package com.reportflow.report;

import java.util.List;

/**
 * The statutory outline a coordinator starts from (domain.md): five parts, part 一 divided after the national
 * outline 《法治政府建设实施纲要（2021—2025年）》, part 五 optional.
 */
public record OutlineTemplate(String name, List<Node> parts) {

    /** A template heading; a node without children is a section someone drafts. */
    public record Node(String heading, boolean optional, List<Node> children) {

        static Node section(String heading) {
            return new Node(heading, false, List.of());
        }
    }

    public static OutlineTemplate statutory() {
        return new OutlineTemplate(
                "法治政府建设年度报告（法定五部分）",
                List.of(
                        new Node(
                                "主要举措和成效",
                                false,
                                List.of(
                                        Node.section("依法全面履行政府职能"),
                                        Node.section("健全依法行政制度体系"),
                                        Node.section("推进行政决策科学化、民主化、法治化"),
                                        Node.section("坚持严格规范公正文明执法"),
                                        Node.section("健全社会矛盾纠纷行政预防调处化解体系"),
                                        Node.section("强化对行政权力的制约和监督"),
                                        Node.section("加强法治政府建设的组织领导"))),
                        Node.section("党政主要负责人履行推进法治建设第一责任人职责情况"),
                        Node.section("存在的不足和原因"),
                        Node.section("下一年度主要安排"),
                        new Node("其他需要报告的情况", true, List.of())));
    }

    /** The sections to assign, in document order, each with its path of headings. */
    public List<Leaf> leaves() {
        List<Leaf> leaves = new java.util.ArrayList<>();
        for (Node part : parts) {
            if (part.children().isEmpty()) {
                leaves.add(new Leaf(leaves.size(), List.of(part.heading()), part.optional()));
            } else {
                for (Node child : part.children()) {
                    leaves.add(new Leaf(leaves.size(), List.of(part.heading(), child.heading()), child.optional()));
                }
            }
        }
        return List.copyOf(leaves);
    }

    /** A section of the template: its index among the leaves and its path of headings. */
    public record Leaf(int index, List<String> path, boolean optional) {

        public String heading() {
            return path.getLast();
        }

        public String label() {
            return String.join(" / ", path);
        }
    }
}
