package com.reportflow.importing;

import java.util.regex.Pattern;

/**
 * Lines that text copied from a government web page carries but no report contains: bookmarks left by the page's
 * editor, navigation and download widgets. Only whole lines: a real sentence is never debris.
 */
public final class WebDebris {

    private static final Pattern DEBRIS = Pattern.compile("\\[bookmark:[^\\]]*]|返回顶部|扫一扫在手机打开当前页面|文件下载[:：].*");

    private WebDebris() {}

    public static boolean isDebris(String line) {
        return line != null && DEBRIS.matcher(line.strip()).matches();
    }
}
