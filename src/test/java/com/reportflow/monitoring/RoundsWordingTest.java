package com.reportflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportflow.shared.ui.Translations;
import org.junit.jupiter.api.Test;

class RoundsWordingTest {

    private final Translations translations = new Translations();

    @Test
    void one_round_and_one_day_are_singular_in_english_and_counted_in_chinese() {
        assertThat(translations.getTranslation("monitoring.cell.done", Translations.ENGLISH, 1, 1))
                .isEqualTo("✓ 1 round, 1 day");
        assertThat(translations.getTranslation("monitoring.cell.done", Translations.ENGLISH, 3, 12))
                .isEqualTo("✓ 3 rounds, 12 days");
        assertThat(translations.getTranslation("monitoring.cell.done", Translations.CHINESE, 1, 1))
                .isEqualTo("✓ 1 轮，共 1 天");
    }
}
