package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataFieldTest {

    @Test
    void aLabelNamesItsFieldInEitherScriptAndInEnglish() {
        assertThat(MetadataField.named("来源")).isEqualTo(MetadataField.SOURCE);
        assertThat(MetadataField.named(" 來源 ")).isEqualTo(MetadataField.SOURCE);
        assertThat(MetadataField.named("Source")).isEqualTo(MetadataField.SOURCE);
        assertThat(MetadataField.named("責任編輯")).isEqualTo(MetadataField.EDITOR);
        assertThat(MetadataField.named("撰稿")).isEqualTo(MetadataField.AUTHORS);
        assertThat(MetadataField.named("受訪嘉賓")).isEqualTo(MetadataField.GUESTS);
        assertThat(MetadataField.named("点击")).isNull();
        assertThat(MetadataField.named("")).isNull();
    }

    @Test
    void theChineseLabelsOfSomeFieldsComeLongestFirst() {
        List<String> labels = List.of(MetadataField.chineseLabels(EnumSet.of(MetadataField.EDITOR, MetadataField.TIME))
                .split("\\|"));

        assertThat(labels).containsExactlyInAnyOrder("编辑", "編輯", "责任编辑", "責任編輯",
                "时间", "時間", "日期", "发布时间", "發布時間", "发表时间", "發表時間");
        assertThat(labels.indexOf("责任编辑")).isLessThan(labels.indexOf("编辑"));
        assertThat(labels.indexOf("發布時間")).isLessThan(labels.indexOf("時間"));
    }
}
