package com.reportflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final String PREVIOUS = AuditHash.GENESIS;

    @Test
    void the_hash_is_sha_256_in_lower_case_hex_and_repeatable() {
        String hash = AuditHash.of(1, 1000, "admin", "LOGIN", "user:admin", null, "DONE", "127.0.0.1", PREVIOUS);

        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(AuditHash.of(1, 1000, "admin", "LOGIN", "user:admin", null, "DONE", "127.0.0.1", PREVIOUS))
                .isEqualTo(hash);
    }

    @Test
    void moving_text_from_one_field_to_the_next_changes_the_hash() {
        assertThat(AuditHash.of(1, 0, "ab", "c", null, null, "DONE", null, PREVIOUS))
                .isNotEqualTo(AuditHash.of(1, 0, "a", "bc", null, null, "DONE", null, PREVIOUS));
    }

    @Test
    void an_empty_text_and_a_missing_one_hash_differently() {
        assertThat(AuditHash.of(1, 0, "admin", "X", "", null, "DONE", null, PREVIOUS))
                .isNotEqualTo(AuditHash.of(1, 0, "admin", "X", null, null, "DONE", null, PREVIOUS));
    }

    @Test
    void the_id_the_time_and_the_previous_hash_are_part_of_it() {
        String base = AuditHash.of(1, 0, "admin", "X", null, null, "DONE", null, PREVIOUS);

        assertThat(AuditHash.of(2, 0, "admin", "X", null, null, "DONE", null, PREVIOUS))
                .isNotEqualTo(base);
        assertThat(AuditHash.of(1, 1, "admin", "X", null, null, "DONE", null, PREVIOUS))
                .isNotEqualTo(base);
        assertThat(AuditHash.of(1, 0, "admin", "X", null, null, "DONE", null, "1" + PREVIOUS.substring(1)))
                .isNotEqualTo(base);
    }

    @Test
    void text_is_cleaned_of_control_characters_and_cut_without_splitting_a_character() {
        assertThat(PendingEntry.clean("a\nb\u0000", 10)).isEqualTo("a\uFFFDb\uFFFD");
        assertThat(PendingEntry.clean("ab𠮷", 3)).isEqualTo("ab");
        assertThat(PendingEntry.clean("ab𠮷", 4)).isEqualTo("ab𠮷");
        assertThat(PendingEntry.clean("\uDC00x", 5)).isEqualTo("\uFFFDx");
        assertThat(PendingEntry.clean(null, 5)).isNull();
    }
}
