package com.reportflow.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportFontsTest {

    @Test
    void absent_settings_give_the_debian_fonts() {
        ExportFonts fonts = ExportFonts.from(key -> null);

        assertThat(fonts).isEqualTo(ExportFonts.defaults());
        assertThat(fonts.serif().path()).isEqualTo(Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));
        assertThat(fonts.serif().debianPackage()).isEqualTo("fonts-arphic-uming");
        assertThat(fonts.kai().debianPackage()).isEqualTo("fonts-arphic-ukai");
        assertThat(fonts.hei().debianPackage()).isEqualTo("fonts-wqy-zenhei");
        assertThat(fonts.fallbacks()).isEmpty();
    }

    @Test
    void a_setting_names_a_file_and_optionally_a_face_of_a_collection() {
        Map<String, String> settings = Map.of(
                ExportFonts.SERIF_SETTING, "/opt/fonts/song.ttf",
                ExportFonts.HEI_SETTING, "/opt/fonts/hei.ttc#SimHei",
                ExportFonts.FALLBACKS_SETTING, " /opt/fonts/HanaMinB.ttf , /opt/fonts/extra.ttc#Extra ,");

        ExportFonts fonts = ExportFonts.from(settings::get);

        assertThat(fonts.serif())
                .isEqualTo(new ExportFonts.FontFile(Path.of("/opt/fonts/song.ttf"), "", "fonts-arphic-uming"));
        assertThat(fonts.hei().path()).isEqualTo(Path.of("/opt/fonts/hei.ttc"));
        assertThat(fonts.hei().face()).isEqualTo("SimHei");
        assertThat(fonts.kai()).isEqualTo(ExportFonts.DEFAULT_KAI);
        assertThat(fonts.fallbacks())
                .extracting(ExportFonts.FontFile::path, ExportFonts.FontFile::face)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Path.of("/opt/fonts/HanaMinB.ttf"), ""),
                        org.assertj.core.groups.Tuple.tuple(Path.of("/opt/fonts/extra.ttc"), "Extra"));
    }
}
