package com.reportflow.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What only the stylesheet decides, which a browserless view test cannot see. */
class StylesheetTest {

    @Test
    void text_boxes_on_a_page_stay_within_its_right_margin() throws IOException {
        String css = Files.readString(Path.of("frontend/styles/reportflow.css"));
        assertThat(css)
                .contains(
                        ".page vaadin-text-area, .page vaadin-text-field { max-width: 100%; box-sizing: border-box; }");
    }
}
