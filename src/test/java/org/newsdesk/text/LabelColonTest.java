package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelColonTest {

    @Test
    void chineseLabelsTakeTheFullWidthColonAndLatinLabelsAColonAndASpace() {
        assertThat(LabelColon.labelled("主持人")).isEqualTo("主持人：");
        assertThat(LabelColon.labelled("主持人 魯健")).isEqualTo("主持人 魯健：");
        assertThat(LabelColon.labelled("Host")).isEqualTo("Host: ");
        assertThat(LabelColon.labelled("Dr. Li Wei")).isEqualTo("Dr. Li Wei: ");
        assertThat(LabelColon.labelled("网友ABC")).isEqualTo("网友ABC：");
        assertThat(LabelColon.labelled("Q2")).isEqualTo("Q2: ");
        assertThat(LabelColon.labelled("（現場）")).isEqualTo("（現場）：");
    }
}
