package org.casework.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;

import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    @Test
    void utf8ReadsAsItIs() throws IOException {
        byte[] text = "{\"name\":\"Siân Morgan, 日本, 🙂\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(read(text)).isEqualTo(text);
    }

    @Test
    void bytesThatAreNotUtf8AreAParseError() {
        for (String bad : List.of("ff", "80", "c328", "e282", "c0af", "eda080", "f4908080", "f8888080", "e0808f")) {
            byte[] bytes = HexFormat.of().parseHex("7b2261223a22" + bad + "227d"); // {"a":"…"}
            assertThatThrownBy(() -> read(bytes)).as(bad).isInstanceOf(JsonParseException.class)
                    .hasMessageContaining("not UTF-8");
        }
        assertThatThrownBy(() -> read(HexFormat.of().parseHex("7b2261223a22e282"))).as("cut in a character")
                .isInstanceOf(JsonParseException.class);
    }

    private static byte[] read(byte[] bytes) throws IOException {
        try (InputStream in = new StrictUtf8().decorate(null, new ByteArrayInputStream(bytes))) {
            byte[] first = new byte[3];
            int n = in.read(first); // a character may straddle two reads
            byte[] rest = in.readAllBytes();
            byte[] all = new byte[Math.max(n, 0) + rest.length];
            System.arraycopy(first, 0, all, 0, Math.max(n, 0));
            System.arraycopy(rest, 0, all, Math.max(n, 0), rest.length);
            return all;
        }
    }
}
