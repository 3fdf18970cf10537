package com.reportflow.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * An outline a coordinator starts a report from: the statutory one (domain.md: five parts, part 一 divided after the
 * national outline 《法治政府建设实施纲要（2021—2025年）》, part 五 optional) or one the bureau made, possibly from last
 * year's report with its text kept as reference for each section.
 *
 * @param id the stored template's id; null for the statutory one, which cannot be changed
 */
public record OutlineTemplate(Long id, String name, List<Node> parts) {

    public static final String STATUTORY_NAME = "法治政府建设年度报告（法定五部分）";

    public OutlineTemplate {
        parts = List.copyOf(parts);
    }

    /**
     * A template heading; a node without children is a section someone drafts.
     *
     * @param reference text shown to the section's author as reference (last year's text), or empty
     */
    public record Node(String heading, boolean optional, String reference, List<Node> children) {

        public Node {
            reference = reference == null ? "" : reference;
            children = List.copyOf(children);
        }

        public static Node section(String heading) {
            return new Node(heading, false, "", List.of());
        }

        public static Node part(String heading, List<Node> children) {
            return new Node(heading, false, "", children);
        }
    }

    public boolean isStatutory() {
        return id == null;
    }

    public static OutlineTemplate statutory() {
        return new OutlineTemplate(
                null,
                STATUTORY_NAME,
                List.of(
                        Node.part(
                                "主要举措和成效",
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
                        new Node("其他需要报告的情况", true, "", List.of())));
    }

    /** The sections to assign, in document order, each with its path of headings. */
    public List<Leaf> leaves() {
        List<Leaf> leaves = new ArrayList<>();
        collect(parts, List.of(), false, leaves);
        return List.copyOf(leaves);
    }

    private static void collect(List<Node> nodes, List<String> path, boolean optional, List<Leaf> into) {
        for (Node node : nodes) {
            List<String> nodePath = new ArrayList<>(path);
            nodePath.add(node.heading());
            boolean nodeOptional = optional || node.optional();
            if (node.children().isEmpty()) {
                into.add(new Leaf(into.size(), List.copyOf(nodePath), nodeOptional, node.reference()));
            } else {
                collect(node.children(), nodePath, nodeOptional, into);
            }
        }
    }

    /** The number of levels of the deepest branch. */
    public int depth() {
        return depth(parts);
    }

    private static int depth(List<Node> nodes) {
        int deepest = 0;
        for (Node node : nodes) {
            deepest = Math.max(deepest, 1 + depth(node.children()));
        }
        return deepest;
    }

    /** A section of the template: its index among the leaves, its path of headings and last year's text. */
    public record Leaf(int index, List<String> path, boolean optional, String reference) {

        public String heading() {
            return path.getLast();
        }

        public String label() {
            return String.join(" / ", path);
        }
    }
}
