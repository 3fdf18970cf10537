package com.reportflow.shared.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/**
 * No field cuts a long paste without a word (the browser's maxlength does): the field keeps the whole text, says the
 * limit and by how much the text is over it; the services refuse such text with the same figures
 * (review/LongOpinionTest).
 */
class InputLimitTest extends KaribuTest {

    @Test
    void a_field_over_its_limit_keeps_the_whole_text_and_says_by_how_much() {
        login("coordinator");
        TextField field = new TextField();
        field.setHelperText("会议名称");
        UI.getCurrent().add(field);
        InputLimit.apply(field, 10);

        assertThat(field.getHelperText()).isEqualTo("会议名称 限10字。");
        _setValue(field, "一二三四五六七八九十一二三四五");

        assertThat(field.getValue()).hasSize(15);
        assertThat(field.getElement().getProperty("maxlength")).isNull();
        assertThat(field.getHelperText()).isEqualTo("会议名称 超过上限：15字，限10字，请删减5字。");
        assertThat(field.getClassNames()).contains("over-limit");

        _setValue(field, "一二三");
        assertThat(field.getHelperText()).isEqualTo("会议名称 限10字。");
        assertThat(field.getClassNames()).doesNotContain("over-limit");
    }
}
