package com.reportflow.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what a government web page wraps around a published report: navigation, widgets, metadata and page
 * counters. Checks on a section's body reuse {@link #isDebris} to flag leftovers, so every rule here matches a whole
 * line of a known shape; a sentence that merely mentions 日期, 来源 or 下载 is never debris.
 */
public final class WebDebris {

    private static final Pattern INLINE_MARKER =
            Pattern.compile("\\[\\s*bookmark\\s*[:：][^\\]]*]", Pattern.CASE_INSENSITIVE);

    /**
     * Labels of page widgets. A line made only of these (brackets, colons, separators and spaces aside) is debris:
     * "文件下载:", "【字体：大 中 小】【打印本页】【关闭窗口】", "分享到：微信 微博".
     */
    private static final List<String> WIDGET_WORDS = List.of(
            "扫一扫在手机打开当前页面",
            "扫一扫在手机上打开当前页面",
            "手机扫一扫",
            "扫一扫",
            "返回顶部",
            "回到顶部",
            "文件下载",
            "附件下载",
            "下载附件",
            "关联文件",
            "相关文件",
            "相关链接",
            "打印本页",
            "打印此页",
            "打印",
            "关闭窗口",
            "关闭本页",
            "关闭",
            "分享到",
            "分享",
            "收藏本页",
            "加入收藏",
            "收藏",
            "语音播报",
            "我要找政策",
            "我要纠错",
            "网站地图",
            "字体",
            "字号",
            "大中小",
            "默认",
            "上一页",
            "下一页",
            "首页",
            "尾页",
            "微信",
            "微博",
            "QQ空间",
            "QQ");

    /** Labels of a disclosure page's metadata table ("[ 索引号 ] …", "发布日期: …", "日期:… 来源:…"). */
    private static final Set<String> METADATA_LABELS = Set.of(
            "索引号", "发文字号", "文号", "主题分类", "体裁分类", "组配分类", "服务对象分类", "主题词", "发布机构", "发文机关", "发文单位", "所属机构", "有效性", "成文日期",
            "发布日期", "发布时间", "公开日期", "生效日期", "废止日期", "公开方式", "公开范围", "公开时限", "信息来源", "文章来源", "稿件来源", "来源", "日期", "作者",
            "责任编辑", "编辑", "浏览次数", "阅读次数", "访问次数", "点击次数", "浏览量", "阅读量", "访问量", "点击量", "上一篇", "下一篇");

    /** Longer than any debris line: a site header of many links, or a breadcrumb five levels deep. */
    private static final int MAX_DEBRIS_LENGTH = 200;

    private static final Pattern WIDGET_PUNCTUATION = Pattern.compile("[\\[\\]【】()（）|｜:：·•/、,，]");
    private static final Pattern BRACKETED_LABEL = Pattern.compile("^[\\[【]([^\\]】]{1,12})[\\]】].*");
    private static final Pattern LEADING_LABEL = Pattern.compile("^([^:：\\d]{1,8}?)(?:[:：]|(?=\\d)|$).*");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?]");
    private static final Pattern BREADCRUMB = Pattern.compile("^(?:您当前的位置|您当前位置|当前位置|您现在的位置|您的位置|现在位置|所在位置)[:：>].*");
    private static final Pattern HOME_PATH = Pattern.compile(".*首页\\s*(?:>|»|＞|›|/).*");
    private static final Pattern SITE_NAME = Pattern.compile(".*(?:网|网站|门户|首页|平台|English|ENGLISH)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－―]+\\d{1,4}[-—–－―]+$");
    private static final Pattern PAGE_COUNTER = Pattern.compile("^(?:第\\d{1,4}页(?:/?共\\d{1,4}页)?|共\\d{1,4}页)$");
    private static final Pattern DOWNLOAD_PREFIX = Pattern.compile("^(?:文件下载|附件下载|下载附件|关联文件|相关附件)[:：].*");
    private static final Pattern ATTACHED_FILE =
            Pattern.compile("^附件\\d*[:：].*\\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar|txt)$", Pattern.CASE_INSENSITIVE);

    /**
     * Traditional forms of the characters the rules above use, so that a page in traditional characters is cleaned the
     * same way. Only these characters are folded; the report text itself is never changed.
     */
    private static final String TRADITIONAL = "頂掃機開當頁載關聯閉號發來瀏覽數體語報網點擊檔類構題間時編輯責務閱讀訪問寬鏈結佈視維碼";

    private static final String SIMPLIFIED = "顶扫机开当页载关联闭号发来浏览数体语报网点击档类构题间时编辑责务阅读访问宽链结布视维码";

    private WebDebris() {}

    /** Whether the whole line is web-page debris. A blank line is not debris; a line of markers only is. */
    public static boolean isDebris(String line) {
        if (line == null) {
            return false;
        }
        boolean hadMarkers = mayHaveMarkers(line) && INLINE_MARKER.matcher(line).find();
        String text = ImportText.trim(hadMarkers ? stripInlineMarkers(line) : line);
        if (text.isEmpty()) {
            return hadMarkers;
        }
        if (text.length() > MAX_DEBRIS_LENGTH) {
            return false;
        }
        String folded = fold(text);
        String compact = ImportText.removeWhitespace(folded);
        return isWidgetLine(compact)
                || isMetadata(folded, compact)
                || BREADCRUMB.matcher(compact).matches()
                || isHomePath(compact)
                || isSiteHeader(text)
                || PAGE_NUMBER.matcher(compact).matches()
                || PAGE_COUNTER.matcher(compact).matches()
                || (DOWNLOAD_PREFIX.matcher(compact).matches() && isShortPhrase(compact))
                || ATTACHED_FILE.matcher(compact).matches();
    }

    /** The line without its "[bookmark: …]" markers (left by word processors' hidden anchors). */
    public static String stripInlineMarkers(String line) {
        Objects.requireNonNull(line, "line");
        return mayHaveMarkers(line) ? INLINE_MARKER.matcher(line).replaceAll("") : line;
    }

    /** The markers {@link #stripInlineMarkers} removes from the line, in order. */
    static List<String> inlineMarkers(String line) {
        List<String> markers = new ArrayList<>();
        if (mayHaveMarkers(line)) {
            Matcher m = INLINE_MARKER.matcher(line);
            while (m.find()) {
                markers.add(m.group());
            }
        }
        return markers;
    }

    /** Report lines are many and long; most of them have no bracket and need no regular expression. */
    private static boolean mayHaveMarkers(String line) {
        return line.indexOf('[') >= 0;
    }

    private static boolean isWidgetLine(String compact) {
        if (compact.length() > 80) {
            return false;
        }
        String rest = WIDGET_PUNCTUATION.matcher(compact).replaceAll("");
        if (rest.isEmpty() || rest.length() > 60) {
            return false;
        }
        // "分享到：" is followed by whatever share services the site offers; nothing else starts that way.
        if (rest.startsWith("分享到") && !SENTENCE_END.matcher(rest).find() && rest.length() <= 30) {
            return true;
        }
        int at = 0;
        while (at < rest.length()) {
            String word = widgetWordAt(rest, at);
            if (word == null) {
                return false;
            }
            at += word.length();
        }
        return true;
    }

    private static String widgetWordAt(String text, int at) {
        for (String word : WIDGET_WORDS) {
            if (text.startsWith(word, at)) {
                return word;
            }
        }
        return null;
    }

    private static boolean isMetadata(String folded, String compact) {
        if (compact.length() > 100) {
            return false;
        }
        Matcher bracketed = BRACKETED_LABEL.matcher(compact);
        if (bracketed.matches() && METADATA_LABELS.contains(bracketed.group(1))) {
            return true;
        }
        // "索 引 号：…" spaces the label out; the compact form closes it up again. The rest of the line must not read
        // as a sentence, so "日期：各校于…前报送。" stays text.
        Matcher leading = LEADING_LABEL.matcher(compact);
        return leading.matches()
                && METADATA_LABELS.contains(leading.group(1))
                && !SENTENCE_END.matcher(folded).find();
    }

    private static boolean isHomePath(String compact) {
        return compact.contains("首页")
                && HOME_PATH.matcher(compact).matches()
                && !SENTENCE_END.matcher(compact).find()
                && compact.length() <= 150;
    }

    /**
     * "中国政府网 | 重庆市人民政府网 | …": links to sites side by side. Most of them must name a site, so that a table row
     * copied as "行政许可 | 56件 | 100%" stays text.
     */
    private static boolean isSiteHeader(String text) {
        if (text.indexOf('|') < 0 && text.indexOf('｜') < 0) {
            return false;
        }
        int links = 0;
        int sites = 0;
        for (String part : text.split("[|｜]")) {
            String p = ImportText.trim(part);
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() > 25 || SENTENCE_END.matcher(p).find()) {
                return false;
            }
            links++;
            if (SITE_NAME.matcher(fold(p)).matches()) {
                sites++;
            }
        }
        return links >= 2 && sites * 2 >= links;
    }

    private static boolean isShortPhrase(String compact) {
        return compact.length() <= 80 && !SENTENCE_END.matcher(compact).find();
    }

    private static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            int k = TRADITIONAL.indexOf(text.charAt(i));
            if (k >= 0) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, SIMPLIFIED.charAt(k));
            }
        }
        return out == null ? text : out.toString();
    }
}
