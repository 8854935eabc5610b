package org.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;

import org.casework.support.WebFixtures;
import org.casework.support.WebFixtures.Desk;
import org.casework.support.WebSession;
import org.junit.jupiter.api.Test;

/** What a browser downloads besides the page: compressed, small, and nothing from GOV.UK's own brand. */
@QuarkusTest
class PageAssetsTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/static/bundle/[^\"]+)\"");

    @Test
    void stylesAndScriptsTogetherAreUnder200KilobytesCompressed() {
        Desk desk = WebFixtures.desk();
        String page = WebSession.signIn(desk.username()).get("/").asString();
        List<String> assets = new ArrayList<>();
        Matcher asset = ASSET.matcher(page);
        while (asset.find()) {
            assets.add(asset.group(1));
        }
        assertThat(assets).anyMatch(a -> a.endsWith(".css")).anyMatch(a -> a.endsWith(".js"));

        long compressed = 0;
        for (String path : assets) {
            // the bytes as sent, not decoded: what crosses the network
            Response sent = RestAssured.given().config(RestAssured.config()
                    .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                    .header("Accept-Encoding", "gzip").get(path);
            assertThat(sent.statusCode()).isEqualTo(200);
            assertThat(sent.header("Content-Encoding")).as(path).isEqualTo("gzip");
            compressed += sent.asByteArray().length;
        }
        assertThat(compressed).isLessThan(200 * 1024);
    }

    @Test
    void pagesAreCompressedAndUseNoGovukBrandAssets() {
        Desk desk = WebFixtures.desk();
        WebSession web = WebSession.signIn(desk.username());
        Response page = web.request().header("Accept-Encoding", "gzip").get("/");
        assertThat(page.header("Content-Encoding")).isEqualTo("gzip");
        String html = page.asString();
        assertThat(html).doesNotContain("govuk-header__logotype").doesNotContain("GDS Transport")
                .contains("Demo County Council");
    }

    @Test
    void signingOutEndsTheSession() {
        Desk desk = WebFixtures.desk();
        WebSession web = WebSession.signIn(desk.username());
        web.get("/").then().statusCode(200);

        Response out = web.post("/sign-out", java.util.Map.of());

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/sign-in");
        assertThat(out.headers().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("quarkus-credential=;")
                && c.contains("Max-Age=0"));
        assertThat(web.get("/").statusCode()).as("the cookie is gone").isEqualTo(303);
    }
}
