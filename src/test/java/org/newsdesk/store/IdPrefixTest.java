package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdPrefixTest {

    @Test
    void aPrefixCoversTheIdsThatStartWithIt() {
        IdPrefix range = IdPrefix.of("fda62d87-8").orElseThrow();

        assertThat(range.lowest()).isEqualTo(UUID.fromString("fda62d87-8000-0000-0000-000000000000"));
        assertThat(range.highest()).isEqualTo(UUID.fromString("fda62d87-8fff-ffff-ffff-ffffffffffff"));
    }

    @Test
    void aWholeIdIsARangeOfOne() {
        UUID id = UUID.fromString("0fa62d87-819f-4ea0-a686-14e7d74f83cb");

        assertThat(IdPrefix.of(id.toString())).contains(new IdPrefix(id, id));
    }

    @Test
    void whatNoIdCanStartWithHasNoRange() {
        assertThat(IdPrefix.of("")).isEmpty();
        assertThat(IdPrefix.of("zz")).isEmpty();
        assertThat(IdPrefix.of("fda62d878")).as("a digit where the hyphen goes").isEmpty();
        assertThat(IdPrefix.of("fda6-")).as("a hyphen where a digit goes").isEmpty();
        assertThat(IdPrefix.of("１２")).as("full-width digits").isEmpty();
        assertThat(IdPrefix.of("0fa62d87-819f-4ea0-a686-14e7d74f83cb0")).as("longer than an id").isEmpty();
    }
}
